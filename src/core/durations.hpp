// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "core/dates.hpp"

namespace rapport {

// Hours worked or spent: 1.5, 1,5, 1:30, 2h, 90m, 2h30m → minutes. Negative is refused.
Minutes parse_hours(std::string_view text, std::string_view field);
// A notice before an appointment: 3h, 90m, 2d, 1,5h; a bare number means hours.
Minutes parse_notice(std::string_view text, std::string_view field);

// 1,5 h in German, 1.5 h in English (at most two decimals).
std::string format_hours(Minutes minutes);
// Hours as a JSON number.
double to_hours(Minutes minutes);

enum class PeriodUnit { days, weeks, months, years };

// A contract period: 12m, 1y, 6 months, 2 Wochen, 30 Tage.
struct Period {
  int count = 0;
  PeriodUnit unit = PeriodUnit::months;
  auto operator<=>(const Period&) const = default;
};
Period parse_period(std::string_view text, std::string_view field);
std::string period_code(const Period& p);    // 12m, 2w, 30d, 1y — stored and in JSON
std::string format_period(const Period& p);  // 12 Monate / 12 months
Date add_period(Date d, const Period& p);

// A look-back window for metrics: 90d, 6m, 1y or all (nullopt).
std::optional<Period> parse_window(std::string_view text, std::string_view field);

}  // namespace rapport
