// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/law/calendar.hpp"

#include <algorithm>

#include "core/error.hpp"
#include "core/text.hpp"
#include "i18n/i18n.hpp"

namespace rapport::law {
namespace {

using namespace std::chrono;

struct StateName {
  Bundesland state;
  std::string_view code;
  std::string_view german;
  std::string_view english;
};

constexpr StateName kStates[] = {
    {Bundesland::BW, "BW", "Baden-Württemberg", "Baden-Wuerttemberg"},
    {Bundesland::BY, "BY", "Bayern", "Bavaria"},
    {Bundesland::BE, "BE", "Berlin", "Berlin"},
    {Bundesland::BB, "BB", "Brandenburg", "Brandenburg"},
    {Bundesland::HB, "HB", "Bremen", "Bremen"},
    {Bundesland::HH, "HH", "Hamburg", "Hamburg"},
    {Bundesland::HE, "HE", "Hessen", "Hesse"},
    {Bundesland::MV, "MV", "Mecklenburg-Vorpommern", "Mecklenburg-Western Pomerania"},
    {Bundesland::NI, "NI", "Niedersachsen", "Lower Saxony"},
    {Bundesland::NW, "NW", "Nordrhein-Westfalen", "North Rhine-Westphalia"},
    {Bundesland::RP, "RP", "Rheinland-Pfalz", "Rhineland-Palatinate"},
    {Bundesland::SL, "SL", "Saarland", "Saarland"},
    {Bundesland::SN, "SN", "Sachsen", "Saxony"},
    {Bundesland::ST, "ST", "Sachsen-Anhalt", "Saxony-Anhalt"},
    {Bundesland::SH, "SH", "Schleswig-Holstein", "Schleswig-Holstein"},
    {Bundesland::TH, "TH", "Thüringen", "Thuringia"},
};

Date ymd(int y, unsigned m, unsigned d) {
  return Date{year{y}, month{m}, day{d}};
}

bool in(std::optional<Bundesland> state, std::initializer_list<Bundesland> states) {
  return state && std::find(states.begin(), states.end(), *state) != states.end();
}

}  // namespace

std::string_view code(Bundesland b) {
  for (const auto& s : kStates)
    if (s.state == b) return s.code;
  return "";
}

std::string name(Bundesland b) {
  for (const auto& s : kStates)
    if (s.state == b) return std::string(s.german);
  return {};
}

Bundesland parse_bundesland(std::string_view text, std::string_view field) {
  std::string t = text::fold_case(text::trim(text));
  for (const auto& s : kStates)
    if (t == text::fold_case(s.code) || t == text::fold_case(s.german) ||
        t == text::fold_case(s.english))
      return s.state;
  std::vector<std::string> codes;
  for (const auto& s : kStates) codes.emplace_back(s.code);
  throw data_error(trf("{0}: \"{1}\" is not a German federal state.", field, text),
                   trf("Use one of {} or the name, e.g. Bayern.", text::join(codes, ", ")));
}

// The Gregorian computus (Meeus/Jones/Butcher).
Date easter_sunday(int y) {
  int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
  int f = (b + 8) / 25, g = (b - f + 1) / 3;
  int h = (19 * a + b - d - g + 15) % 30;
  int i = c / 4, k = c % 4;
  int l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int month_ = (h + l - 7 * m + 114) / 31;
  int day_ = (h + l - 7 * m + 114) % 31 + 1;
  return ymd(y, static_cast<unsigned>(month_), static_cast<unsigned>(day_));
}

std::vector<Holiday> holidays(int y, std::optional<Bundesland> state) {
  using B = Bundesland;
  Date easter = easter_sunday(y);
  std::vector<Holiday> list{
      {ymd(y, 1, 1), TR_NOOP("New Year's Day")},
      {add_days(easter, -2), TR_NOOP("Good Friday")},
      {add_days(easter, 1), TR_NOOP("Easter Monday")},
      {ymd(y, 5, 1), TR_NOOP("Labour Day")},
      {add_days(easter, 39), TR_NOOP("Ascension Day")},
      {add_days(easter, 50), TR_NOOP("Whit Monday")},
      {ymd(y, 10, 3), TR_NOOP("Day of German Unity")},
      {ymd(y, 12, 25), TR_NOOP("Christmas Day")},
      {ymd(y, 12, 26), TR_NOOP("Second Day of Christmas")},
  };
  if (in(state, {B::BW, B::BY, B::ST})) list.push_back({ymd(y, 1, 6), TR_NOOP("Epiphany")});
  if ((in(state, {B::BE}) && y >= 2019) || (in(state, {B::MV}) && y >= 2023))
    list.push_back({ymd(y, 3, 8), TR_NOOP("International Women's Day")});
  if (in(state, {B::BB})) {
    list.push_back({easter, TR_NOOP("Easter Sunday")});
    list.push_back({add_days(easter, 49), TR_NOOP("Whit Sunday")});
  }
  if (in(state, {B::BE}) && (y == 2020 || y == 2025))
    list.push_back({ymd(y, 5, 8), TR_NOOP("Day of Liberation")});
  if (in(state, {B::BW, B::BY, B::HE, B::NW, B::RP, B::SL}))
    list.push_back({add_days(easter, 60), TR_NOOP("Corpus Christi")});
  if (in(state, {B::SL})) list.push_back({ymd(y, 8, 15), TR_NOOP("Assumption Day")});
  if (in(state, {B::TH}) && y >= 2019)
    list.push_back({ymd(y, 9, 20), TR_NOOP("World Children's Day")});
  // Reformation Day: in the eastern states always, in the northern ones since 2018, and
  // everywhere in the jubilee year 2017.
  if (y == 2017 || in(state, {B::BB, B::MV, B::SN, B::ST, B::TH}) ||
      (y >= 2018 && in(state, {B::HB, B::HH, B::NI, B::SH})))
    list.push_back({ymd(y, 10, 31), TR_NOOP("Reformation Day")});
  if (in(state, {B::BW, B::BY, B::NW, B::RP, B::SL}))
    list.push_back({ymd(y, 11, 1), TR_NOOP("All Saints' Day")});
  if (in(state, {B::SN})) {
    // The Wednesday before 23 November.
    Date d = ymd(y, 11, 22);
    while (weekday_index(d) != 2) d = add_days(d, -1);
    list.push_back({d, TR_NOOP("Day of Repentance and Prayer")});
  }
  std::sort(list.begin(), list.end(),
            [](const Holiday& a, const Holiday& b) { return a.date < b.date; });
  return list;
}

std::optional<Holiday> holiday_on(Date d, std::optional<Bundesland> state) {
  for (const auto& h : holidays(static_cast<int>(d.year()), state))
    if (h.date == d) return h;
  return std::nullopt;
}

bool is_sunday_or_holiday(Date d, std::optional<Bundesland> state) {
  return weekday_index(d) == 6 || holiday_on(d, state).has_value();
}

bool is_werktag(Date d, std::optional<Bundesland> state) {
  return !is_sunday_or_holiday(d, state);
}

bool is_business_day(Date d, std::optional<Bundesland> state) {
  return weekday_index(d) < 5 && !holiday_on(d, state);
}

Date shift_193(Date d, std::optional<Bundesland> state) {
  while (!is_business_day(d, state)) d = add_days(d, 1);
  return d;
}

Date next_business_day(Date d, std::optional<Bundesland> state) {
  return shift_193(add_days(d, 1), state);
}

Date period_end_after_event(Date event, int n, PeriodKind kind) {
  switch (kind) {
    case PeriodKind::days:
      return add_days(event, n);
    case PeriodKind::weeks:
      return add_days(event, 7 * n);
    case PeriodKind::months:
      return add_months(event, n);
  }
  return event;
}

Date term_end_from_start(Date start, int months) {
  // The day before the corresponding day; when that day is missing (31 → 30 days), the term
  // ends with the last day of the month (§ 188(3)).
  Date first_of_month =
      ymd(static_cast<int>(start.year()), static_cast<unsigned>(start.month()), 1);
  Date target_month = add_months(first_of_month, months);
  Date corresponding = add_months(start, months);
  if (corresponding.day() != start.day()) return end_of_month(target_month);
  return add_days(corresponding, -1);
}

Date term_end_from_start(Date start, int n, PeriodKind kind) {
  switch (kind) {
    case PeriodKind::days:
      return add_days(start, n - 1);
    case PeriodKind::weeks:
      return add_days(start, 7 * n - 1);
    case PeriodKind::months:
      return term_end_from_start(start, n);
  }
  return start;
}

Date end_of_month(Date d) {
  return Date{d.year() / d.month() / last};
}

Date end_of_quarter(Date d) {
  unsigned m = static_cast<unsigned>(d.month());
  unsigned q_end = ((m - 1) / 3 + 1) * 3;
  return Date{d.year() / month{q_end} / last};
}

Date end_of_half_year(Date d) {
  unsigned m = static_cast<unsigned>(d.month());
  return Date{d.year() / month{m <= 6 ? 6u : 12u} / last};
}

Date end_of_year(Date d) {
  return ymd(static_cast<int>(d.year()), 12, 31);
}

}  // namespace rapport::law
