// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/contract.hpp"
#include "app/json.hpp"
#include "cli/registry.hpp"
#include "cli/session.hpp"
#include "i18n/i18n.hpp"

namespace rapport::cli {

Runner define_base_rate_list(CLI::App&) {
  return [](Session& s) {
    auto rates = base_rates(s.context());
    if (s.options().json) {
      s.out().print_json_list(rates, [](const law::BaseRate& r) { return to_json(r); });
      return 0;
    }
    Table table(
        {tr("From"), tr("Base rate"), tr("Default interest between businesses"), tr("Source")});
    table.right_align(1);
    table.right_align(2);
    for (const auto& r : rates)
      table.add({format_date(r.from), law::format_percent(r.percent),
                 law::format_percent(r.percent + 9.0),
                 r.shipped ? tr("shipped with rapport") : tr("added by you")});
    table.print(s.out());
    return 0;
  };
}

}  // namespace rapport::cli
