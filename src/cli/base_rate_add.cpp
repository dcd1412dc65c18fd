// SPDX-License-Identifier: GPL-3.0-or-later
#include <stdexcept>

#include "app/contract.hpp"
#include "cli/options.hpp"
#include "cli/registry.hpp"
#include "cli/session.hpp"
#include "core/error.hpp"
#include "i18n/i18n.hpp"

namespace rapport::cli {

Runner define_base_rate_add(CLI::App& cmd) {
  struct Options {
    TextOption from;
    std::string percent;
  };
  auto o = std::make_shared<Options>();
  add_text(cmd, "FROM", o->from, tr("The day it applies from: 1 January or 1 July"), type_date())
      ->required();
  cmd.add_option("PERCENT", o->percent, tr("The base rate in percent, e.g. 1.27"))->required();
  return [o](Session& s) {
    Context& ctx = s.context();
    std::string p = o->percent;
    for (char& c : p)
      if (c == ',') c = '.';
    double percent = 0;
    try {
      std::size_t used = 0;
      percent = std::stod(p, &used);
      if (used != p.size()) throw std::invalid_argument(p);
    } catch (const std::exception&) {
      throw data_error(trf("PERCENT: \"{}\" is not a number.", o->percent),
                       tr("Write the rate in percent, e.g. 1.27."));
    }
    Date from = *date_of(o->from, ctx.today());
    add_base_rate(ctx, from, percent);
    s.out().done(
        trf("Base rate {0} from {1} recorded.", law::format_percent(percent), format_date(from)));
    return 0;
  };
}

}  // namespace rapport::cli
