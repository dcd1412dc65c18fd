// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/agreements.hpp"
#include "app/clients.hpp"
#include "app/decisions.hpp"
#include "app/health.hpp"
#include "app/json.hpp"
#include "app/overview.hpp"
#include "cli/options.hpp"
#include "cli/registry.hpp"
#include "cli/session.hpp"
#include "cli/views.hpp"
#include "i18n/i18n.hpp"

namespace rapport::cli {

namespace {

// "12 h of 20 h (60 %)", "3 of 2 (150 %)"
std::string burn_text(double used, double included, bool hours) {
  std::string u = hours ? format_hours(static_cast<Minutes>(used)) : fmt::format("{:.0f}", used);
  std::string i =
      hours ? format_hours(static_cast<Minutes>(included)) : fmt::format("{:.0f}", included);
  return trf("{0} of {1} ({2:.0f} %)", u, i, included > 0 ? used * 100.0 / included : 0.0);
}

void print_reasons(Output& out, const ClientHealth& h, const std::string& currency) {
  out.line(out.paint(tr("Breached thresholds"), Colour::bold));
  if (h.health.reasons.empty()) {
    out.line("  " + std::string(tr("None.")));
    return;
  }
  for (const auto& b : h.health.reasons) {
    Colour colour = b.rule.level == Level::leave     ? Colour::red
                    : b.rule.level == Level::address ? Colour::yellow
                                                     : Colour::dim;
    out.line("  " + out.paint(label(b.rule.level), colour) + "  " + reason_text(b, currency));
    if (!b.rule.note.empty()) out.line("      " + out.paint("„" + b.rule.note + "“", Colour::dim));
    for (const auto& e : b.value.evidence) out.line("      " + evidence_text(e));
  }
}

void print_metrics(Output& out, const ClientHealth& h, const std::string& currency) {
  out.line(out.paint(
      trf("Metrics from {0} to {1}", format_date(h.window.first), format_date(h.window.last)),
      Colour::bold));
  Table table({tr("Metric"), tr("Window"), tr("Last 90 days"), tr("90 days before"), tr("Trend")});
  table.right_align(1);
  table.right_align(2);
  table.right_align(3);
  for (const auto& m : h.metrics) {
    table.add({label(m.metric), format_metric(m.metric, m.value.value, currency),
               format_metric(m.metric, m.recent.value, currency),
               format_metric(m.metric, m.previous.value, currency), trend_arrow(m.trend)});
  }
  table.print(out);
}

void print_agreements(Output& out, const Context& ctx, const Client& c) {
  out.line(out.paint(tr("Running agreements"), Colour::bold));
  auto minutes = ctx.store.agreement_minutes(c.id);
  auto facts = ctx.store.facts(FactQuery{c.id, FactKind::revision_round, std::nullopt});
  bool any = false;
  for (const auto& a : ctx.store.agreements(c.id)) {
    if (!a.running_on(ctx.today())) continue;
    any = true;
    std::string line =
        fmt::format("  #{} {} · {}", a.id, a.title, price_text(a, ctx.settings.currency));
    if (a.included_minutes) {
      double used = static_cast<double>(minutes.count(a.id) ? minutes.at(a.id) : 0);
      line +=
          " · " + trf("hours: {}", burn_text(used, static_cast<double>(*a.included_minutes), true));
    }
    if (a.included_revisions) {
      double used =
          static_cast<double>(std::count_if(facts.begin(), facts.end(), [&](const Fact& f) {
            return f.agreement_id == a.id || (!f.agreement_id && (!a.start || f.date >= *a.start));
          }));
      line += " · " + trf("revision rounds: {}", burn_text(used, *a.included_revisions, false));
    }
    out.line(line);
  }
  if (!any) out.line("  " + std::string(tr("None.")));
}

// The latest conversation and, from its follow-up date on, each topic before and after it.
void print_follow_up(Output& out, const FollowUp& f, const std::string& currency) {
  const Conversation& c = f.conversation;
  std::string heading = trf("Conversation of {}", format_date(c.date));
  if (c.follow_up) heading += " · " + trf("follow-up {}", format_date(*c.follow_up));
  out.line(out.paint(heading, Colour::bold));
  out.line("  " + c.outcome);
  for (const auto& a : c.agreed) out.line("  " + trf("agreed: {}", a));
  if (!f.due) {
    if (c.follow_up)
      out.line("  " + out.paint(trf("From {} on, rapport compares each topic before and after "
                                    "the conversation.",
                                    format_date(*c.follow_up)),
                                Colour::dim));
    return;
  }
  if (f.topics.empty()) {
    out.line("  " + std::string(tr("No threshold was breached at the time; nothing to compare.")));
    return;
  }
  out.line("  " + trf("Before ({0} – {1}) and after ({2} – {3}):",
                      format_date(f.ranges.before.first), format_date(f.ranges.before.last),
                      format_date(f.ranges.after.first), format_date(f.ranges.after.last)));
  for (const auto& t : f.topics) {
    Colour colour = t.trend == Trend::better  ? Colour::green
                    : t.trend == Trend::worse ? Colour::red
                                              : Colour::yellow;
    out.line("    " + out.paint(progress_text(t, currency), colour));
  }
}

}  // namespace

Runner define_show(CLI::App& cmd) {
  struct Options {
    std::string client;
    TextOption window;
  };
  auto o = std::make_shared<Options>();
  cmd.add_option("CLIENT", o->client, tr("Name, alias or id of the client"))->required();
  add_window_option(cmd, o->window);
  return [o](Session& s) {
    Context& ctx = s.context();
    Client c = resolve_client(ctx.store, o->client);
    std::optional<Period> window = window_or(o->window, kDefaultWindow);
    ClientHealth h = health_of_client(ctx, c, window);
    ClientRecords records = client_records(ctx.store, c, ctx.today());
    std::optional<FollowUp> follow_up = latest_follow_up(ctx, c);
    if (s.options().json) {
      nlohmann::json j = to_json(h, true);
      add_records(j, records, ctx.today());
      j["follow_up"] = follow_up ? to_json(*follow_up) : nlohmann::json(nullptr);
      s.out().print_json(j);
      return 0;
    }
    Output& out = s.out();
    const std::string& currency = ctx.settings.currency;
    std::string score = h.health.score ? std::to_string(*h.health.score) : "–";
    out.line(out.paint(fmt::format("{} (#{})", c.name, c.id), Colour::bold) + "  " +
             out.paint("● " + label(h.health.band), band_colour(h.health.band)) + "  " +
             trf("score {0} {1}", score, trend_arrow(h.health.trend)));
    out.line();
    print_reasons(out, h, currency);
    out.line();
    if (follow_up) {
      print_follow_up(out, *follow_up, currency);
      out.line();
    }
    print_metrics(out, h, currency);
    out.line();
    print_agreements(out, ctx, c);
    out.line();
    out.line(out.paint(tr("Open invoices"), Colour::bold));
    print_invoice_table(out, ctx.store, records.open_invoices, currency);
    out.line();
    out.line(out.paint(tr("Recent facts"), Colour::bold));
    print_fact_table(out, records.recent_facts);
    return 0;
  };
}

}  // namespace rapport::cli
