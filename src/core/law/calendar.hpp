// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Civil-law date arithmetic (BGB §§ 187, 188, 190, 193) and German public holidays per
// Bundesland. Pure: every function takes the dates it needs.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/dates.hpp"

namespace rapport::law {

enum class Bundesland { BW, BY, BE, BB, HB, HH, HE, MV, NI, NW, RP, SL, SN, ST, SH, TH };

std::string_view code(Bundesland b);  // "BY"
std::string name(Bundesland b);       // "Bayern" (the German name in both languages)
// "BY", "by", "Bayern", "bavaria", "Nordrhein-Westfalen" …; a data error lists the codes.
Bundesland parse_bundesland(std::string_view text, std::string_view field);

struct Holiday {
  Date date;
  const char* name;  // msgid, e.g. "Easter Monday"
};

Date easter_sunday(int year);
// The public holidays of a year: the nationwide ones, and with a Bundesland its own (only
// those of the whole state; holidays of single towns or Catholic communities are left out).
std::vector<Holiday> holidays(int year, std::optional<Bundesland> state);
std::optional<Holiday> holiday_on(Date d, std::optional<Bundesland> state);

bool is_sunday_or_holiday(Date d, std::optional<Bundesland> state);
// Monday to Saturday, not a public holiday (Saturday counts, BGH VIII ZR 206/04).
bool is_werktag(Date d, std::optional<Bundesland> state);
// A day that is neither Saturday, Sunday nor a public holiday.
bool is_business_day(Date d, std::optional<Bundesland> state);
// § 193: the day itself when it is a business day, else the next one.
Date shift_193(Date d, std::optional<Bundesland> state);
Date next_business_day(Date d, std::optional<Bundesland> state);  // strictly after d

enum class PeriodKind { days, weeks, months };

// A period that starts with an event during a day (§ 187(1)): the event day does not count;
// it ends with the day that corresponds to the event day (§ 188(2) first case), or the last
// day of the month when that day is missing (§ 188(3)). Days: event + n.
Date period_end_after_event(Date event, int n, PeriodKind kind);
// A term that starts at the beginning of a day (§ 187(2)): it ends with the day before the
// corresponding day (§ 188(2) second case), or at the end of the month when that is missing.
Date term_end_from_start(Date start, int months);
// The same for a term in days or weeks: the last day of it.
Date term_end_from_start(Date start, int n, PeriodKind kind);

Date end_of_month(Date d);
Date end_of_quarter(Date d);
Date end_of_half_year(Date d);
Date end_of_year(Date d);

}  // namespace rapport::law
