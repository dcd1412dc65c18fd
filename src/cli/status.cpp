// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/health.hpp"
#include "app/json.hpp"
#include "cli/options.hpp"
#include "cli/registry.hpp"
#include "cli/session.hpp"
#include "cli/views.hpp"
#include "i18n/i18n.hpp"

namespace rapport::cli {

namespace {

struct StatusOptions {
  TextOption window;
  bool all = false;
};

int show_status(Session& s, const StatusOptions& o) {
  Context& ctx = s.context();
  std::optional<Period> window = window_or(o.window, kDefaultWindow);
  auto clients = status_of_clients(ctx, window, o.all);
  if (s.options().json) {
    s.out().print_json_list(clients, [](const ClientHealth& h) { return to_json(h, false); });
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
