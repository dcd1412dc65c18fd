// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/health.hpp"
#include "app/json.hpp"
#include "cli/registry.hpp"
#include "cli/session.hpp"
#include "cli/threshold_options.hpp"
#include "i18n/i18n.hpp"

namespace rapport::cli {

Runner define_thresholds_list(CLI::App&) {
  return [](Session& s) {
    const Store& store = s.store();
    auto rules = active_thresholds(store);
    if (s.options().json) {
      s.out().print_json_list(rules, [](const Threshold& t) { return to_json(t); });
      return 0;
    }
    print_threshold_table(s.out(), rules, thresholds_customised(store));
    return 0;
  };
}

}  // namespace rapport::cli
