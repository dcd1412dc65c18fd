// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/thresholds.hpp"
#include "cli/options.hpp"
#include "cli/registry.hpp"
#include "cli/session.hpp"
#include "i18n/i18n.hpp"

namespace rapport::cli {

Runner define_thresholds_remove(CLI::App& cmd) {
  struct Options {
    std::string metric;
    TextOption level;
  };
  auto o = std::make_shared<Options>();
  cmd.add_option("METRIC", o->metric, tr("The metric whose rules go"))->required();
  add_text(cmd, "--level", o->level, tr("Only the rule of this level"), "tolerate|address|leave");
  return [o](Session& s) {
    Context& ctx = s.context();
    Metric metric = parse_metric(o->metric, "METRIC");
    std::optional<Level> level;
    if (o->level.given()) level = parse_level(o->level.value, "--level");
    std::size_t removed = remove_thresholds(ctx, metric, level);
    s.out().done(trf("Removed {0} rule(s) for {1}.", removed, spec(metric).name));
    return 0;
  };
}

}  // namespace rapport::cli
