// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/thresholds.hpp"
#include "cli/registry.hpp"
#include "cli/session.hpp"
#include "i18n/i18n.hpp"

namespace rapport::cli {

Runner define_thresholds_reset(CLI::App&) {
  return [](Session& s) {
    Context& ctx = s.context();
    if (!s.confirm(tr("Replace your thresholds with the shipped defaults?"))) {
      s.out().err() << tr("Nothing was changed.") << '\n';
      return 1;
    }
    reset_thresholds(ctx);
    s.out().done(tr("The shipped default thresholds are in force again."));
    return 0;
  };
}

}  // namespace rapport::cli
