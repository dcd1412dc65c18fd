// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace rapport {

using Date = std::chrono::year_month_day;  // a civil date, no zone
using Minutes = std::int64_t;              // durations and hours, in whole minutes

// A wall-clock time in some zone: a date and the minute of the day (0 … 1439).
struct LocalDateTime {
  Date date;
  int minute_of_day = 0;
  auto operator<=>(const LocalDateTime&) const = default;
};

// Reads a date as 2026-03-10, 10.03.2026, 10.3.26, or today/heute, yesterday/gestern,
// tomorrow/morgen. `field` names the option in the error message.
Date parse_date(std::string_view text, Date today, std::string_view field);
// Reads 09:30 or 9.30 as minutes since midnight.
int parse_time_of_day(std::string_view text, std::string_view field);
// Reads "2026-03-10 09:30", "10.03.2026 09:30" or "2026-03-10T09:30".
LocalDateTime parse_local_datetime(std::string_view text, Date today, std::string_view field);

std::string iso_date(Date d);                 // 2026-03-10
std::string format_date(Date d);              // 10.03.2026 in German, 2026-03-10 in English
std::string format_time_of_day(int minutes);  // 09:30
std::string iso_local_datetime(const LocalDateTime& t);  // 2026-03-10T09:30

Date add_days(Date d, int days);
Date add_months(Date d, int months);   // clamps to the month's last day (BGB § 188(3))
int days_between(Date from, Date to);  // to − from
int weekday_index(Date d);             // 0 = Monday … 6 = Sunday

}  // namespace rapport
