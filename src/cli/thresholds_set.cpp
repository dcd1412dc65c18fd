// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/json.hpp"
#include "app/thresholds.hpp"
#include "cli/options.hpp"
#include "cli/registry.hpp"
#include "cli/session.hpp"
#include "core/text.hpp"
#include "i18n/i18n.hpp"

namespace rapport::cli {

Runner define_thresholds_set(CLI::App& cmd) {
  struct Options {
    std::string metric, comparison, value;
    TextOption window, level, note;
  };
  auto o = std::make_shared<Options>();
  std::vector<std::string> names;
  for (const auto& m : metric_specs()) names.emplace_back(m.name);
  cmd.add_option("METRIC", o->metric, trf("One of: {}", text::join(names, ", ")))->required();
  cmd.add_option("COMPARISON", o->comparison, tr(">=, >, <=, < or =="))->required();
  cmd.add_option("VALUE", o->value, tr("e.g. 2, 14, 20%, 80% (of the target rate), 1500"))
      ->required();
  add_text(cmd, "--window", o->window,
           tr("Over how long the metric is measured: 90d, 6m, 1y, all (default 1y)"), tr("WINDOW"));
  add_text(cmd, "--level", o->level, tr("tolerate, address (default) or leave"),
           "tolerate|address|leave");
  add_text(cmd, "--note", o->note, tr("Why this matters to you, in your words"), type_text());
  return [o](Session& s) {
    Context& ctx = s.context();
    Threshold rule;
    rule.metric = parse_metric(o->metric, "METRIC");
    rule.comparison = parse_comparison(o->comparison, "COMPARISON");
    parse_threshold_value(rule, o->value, "VALUE");
    if (o->window.given()) rule.window = parse_window(o->window.value, "--window");
    if (o->level.given()) rule.level = parse_level(o->level.value, "--level");
    rule.note = o->note.value;
    set_threshold(ctx, rule);
    if (s.options().json) s.out().print_json(to_json(rule));
    s.out().done(trf("Threshold set: {}", describe(rule)));
    return 0;
  };
}

}  // namespace rapport::cli
