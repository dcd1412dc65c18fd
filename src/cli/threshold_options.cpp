// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/threshold_options.hpp"

#include "i18n/i18n.hpp"

namespace rapport::cli {

void print_threshold_table(Output& out, const std::vector<Threshold>& rules, bool customised) {
  Table table({tr("Metric"), tr("Rule"), tr("Window"), tr("Level"), tr("Note")});
  for (const auto& r : rules) {
    Colour colour = r.level == Level::leave     ? Colour::red
                    : r.level == Level::address ? Colour::yellow
                                                : Colour::dim;
    table.add({std::string(spec(r.metric).name),
               fmt::format("{} {}", code(r.comparison), threshold_value_text(r)),
               window_code(r.window), out.paint(label(r.level), colour), r.note});
  }
  table.print(out);
  if (!customised)
    out.line(out.paint(tr("These are the shipped defaults; change them with \"rapport thresholds "
                          "set\" or \"edit\"."),
                       Colour::dim));
}

}  // namespace rapport::cli
