// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dates.hpp"

#include <fmt/format.h>

#include <charconv>

#include "core/error.hpp"
#include "core/text.hpp"
#include "i18n/i18n.hpp"

namespace rapport {
namespace {

using namespace std::chrono;

bool read_int(std::string_view s, int& out) {
  if (s.empty() || s.size() > 4) return false;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && ptr == s.data() + s.size();
}

Error not_a_date(std::string_view field, std::string_view text) {
  return data_error(
      trf("{0}: \"{1}\" is not a date; expected YYYY-MM-DD or DD.MM.YYYY.", field, text));
}

Date checked(int y, int m, int d, std::string_view field, std::string_view text) {
  if (m < 1 || m > 12)
    throw data_error(
        trf("{0}: \"{1}\" is not a valid date: there is no month {2}.", field, text, m));
  Date date{year{y}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}};
  if (d < 1 || !date.ok()) {
    auto last = year_month_day_last{year{y}, month_day_last{month{static_cast<unsigned>(m)}}};
    throw data_error(trf("{0}: \"{1}\" is not a valid date: {2:02}/{3} has only {4} days.", field,
                         text, m, y, static_cast<unsigned>(last.day())));
  }
  return date;
}

}  // namespace

Date parse_date(std::string_view raw, Date today, std::string_view field) {
  std::string_view text = text::trim(raw);
  std::string word = text::fold_case(text);
  if (word == "today" || word == "heute") return today;
  if (word == "yesterday" || word == "gestern") return add_days(today, -1);
  if (word == "tomorrow" || word == "morgen") return add_days(today, 1);

  int y = 0, m = 0, d = 0;
  if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
    if (!read_int(text.substr(0, 4), y) || !read_int(text.substr(5, 2), m) ||
        !read_int(text.substr(8, 2), d))
      throw not_a_date(field, text);
    return checked(y, m, d, field, text);
  }
  auto first_dot = text.find('.');
  auto second_dot = first_dot == std::string_view::npos ? first_dot : text.find('.', first_dot + 1);
  if (second_dot != std::string_view::npos) {
    std::string_view ds = text.substr(0, first_dot);
    std::string_view ms = text.substr(first_dot + 1, second_dot - first_dot - 1);
    std::string_view ys = text.substr(second_dot + 1);
    if (ds.size() > 2 || ms.size() > 2 || (ys.size() != 2 && ys.size() != 4) || !read_int(ds, d) ||
        !read_int(ms, m) || !read_int(ys, y))
      throw not_a_date(field, text);
    if (ys.size() == 2) y += 2000;
    return checked(y, m, d, field, text);
  }
  throw not_a_date(field, text);
}

int parse_time_of_day(std::string_view raw, std::string_view field) {
  std::string_view text = text::trim(raw);
  auto sep = text.find_first_of(":.");
  int h = -1, m = -1;
  bool ok = sep != std::string_view::npos && sep >= 1 && sep <= 2 && text.size() == sep + 3 &&
            read_int(text.substr(0, sep), h) && read_int(text.substr(sep + 1), m);
  if (!ok || h < 0 || h > 23 || m < 0 || m > 59)
    throw data_error(
        trf("{0}: \"{1}\" is not a time of day; expected HH:MM, e.g. 09:30.", field, text));
  return h * 60 + m;
}

LocalDateTime parse_local_datetime(std::string_view raw, Date today, std::string_view field) {
  std::string_view text = text::trim(raw);
  auto sep = text.find_first_of(" T");
  if (sep == std::string_view::npos)
    throw data_error(trf(
        "{0}: \"{1}\" needs a date and a time, e.g. \"2026-03-10 09:30\" or \"10.03.2026 09:30\".",
        field, text));
  LocalDateTime t;
  t.date = parse_date(text.substr(0, sep), today, field);
  t.minute_of_day = parse_time_of_day(text.substr(sep + 1), field);
  return t;
}

std::string iso_date(Date d) {
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(d.year()),
                     static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
}

std::string format_date(Date d) {
  if (i18n::language() == i18n::Language::de)
    return fmt::format("{:02}.{:02}.{:04}", static_cast<unsigned>(d.day()),
                       static_cast<unsigned>(d.month()), static_cast<int>(d.year()));
  return iso_date(d);
}

std::string format_time_of_day(int minutes) {
  return fmt::format("{:02}:{:02}", minutes / 60, minutes % 60);
}

std::string iso_local_datetime(const LocalDateTime& t) {
  return iso_date(t.date) + "T" + format_time_of_day(t.minute_of_day);
}

Date add_days(Date d, int days) {
  return Date{sys_days{d} + std::chrono::days{days}};
}

Date add_months(Date d, int months) {
  year_month ym = year_month{d.year(), d.month()} + std::chrono::months{months};
  auto last = year_month_day_last{ym.year(), month_day_last{ym.month()}}.day();
  return Date{ym.year(), ym.month(), d.day() > last ? last : d.day()};
}

int days_between(Date from, Date to) {
  return static_cast<int>((sys_days{to} - sys_days{from}).count());
}

int weekday_index(Date d) {
  unsigned iso = weekday{sys_days{d}}.iso_encoding();  // 1 = Monday … 7 = Sunday
  return static_cast<int>(iso) - 1;
}

}  // namespace rapport
