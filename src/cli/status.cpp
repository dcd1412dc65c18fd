// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/decisions.hpp"
#include "app/health.hpp"
#include "app/json.hpp"
#include "cli/options.hpp"
#include "cli/registry.hpp"
#include "cli/session.hpp"
#include "cli/views.hpp"
#include "core/text.hpp"
#include "i18n/i18n.hpp"

namespace rapport::cli {

namespace {

struct StatusOptions {
  TextOption window;
  bool all = false;
};

// After a conversation's follow-up date: did each of its topics improve since the talk?
void print_follow_ups(Output& out, const std::vector<ClientHealth>& clients,
                      const std::map<Id, FollowUp>& follow_ups) {
  bool heading = false;
  for (const auto& h : clients) {
    auto f = follow_ups.find(h.client.id);
    if (f == follow_ups.end()) continue;
    if (!heading) {
      out.line();
      out.line(out.paint(tr("Since the last conversation"), Colour::bold));
      heading = true;
    }
    std::vector<std::string> topics;
    for (const auto& t : f->second.topics) {
      Colour colour = t.trend == Trend::better  ? Colour::green
                      : t.trend == Trend::worse ? Colour::red
                                                : Colour::yellow;
      topics.push_back(label(t.metric) + " " + out.paint(progress_label(t.trend), colour));
    }
    std::string line =
        trf("{0} · conversation of {1}: ", h.client.name, format_date(f->second.conversation.date));
    line += topics.empty() ? std::string(tr("no topics recorded")) : text::join(topics, ", ");
    out.line("  " + line);
  }
}

int show_status(Session& s, const StatusOptions& o) {
  Context& ctx = s.context();
  std::optional<Period> window = window_or(o.window, kDefaultWindow);
  auto clients = status_of_clients(ctx, window, o.all);
  auto follow_ups = due_follow_ups(ctx);
  if (s.options().json) {
    s.out().print_json_list(clients, [&](const ClientHealth& h) {
      auto j = to_json(h, false);
      auto f = follow_ups.find(h.client.id);
      j["follow_up"] = f == follow_ups.end() ? nlohmann::json(nullptr) : to_json(f->second);
      return j;
    });
    return 0;
  }
  Output& out = s.out();
  if (clients.empty()) {
    out.line(tr("No clients yet. Add one with: rapport client add NAME"));
    return 0;
  }
  const std::string& currency = ctx.settings.currency;
  Table table(
      {tr("Band"), tr("Score"), "", tr("Client"), tr("Top reason"), tr("Rate"), tr("Late")});
  table.right_align(1);
  for (const auto& h : clients) {
    const MetricValue& rate = h.metric(Metric::effective_rate).value;
    const MetricValue& late = h.metric(Metric::days_late_avg).value;
    std::string reason =
        h.health.reasons.empty() ? "" : reason_text(h.health.reasons.front(), currency);
    if (h.health.reasons.size() > 1) reason += trf(" (+{})", h.health.reasons.size() - 1);
    table.add({out.paint("● " + label(h.health.band), band_colour(h.health.band)),
               h.health.score ? std::to_string(*h.health.score) : "–", trend_arrow(h.health.trend),
               h.client.name, reason,
               rate.value ? format_metric(Metric::effective_rate, rate.value, currency) : "–",
               late.value ? format_metric(Metric::days_late_avg, late.value, currency) : "–"});
  }
  table.print(out);
  print_follow_ups(out, clients, follow_ups);
  return 0;
}

}  // namespace

Runner define_status(CLI::App& cmd) {
  auto o = std::make_shared<StatusOptions>();
  add_window_option(cmd, o->window);
  cmd.add_flag("--all", o->all, tr("Include ended clients"));
  return [o](Session& s) { return show_status(s, *o); };
}

// `rapport` without a command shows the status of the clients.
Runner define_default_view(CLI::App&) {
  return [](Session& s) { return show_status(s, StatusOptions{}); };
}

}  // namespace rapport::cli
