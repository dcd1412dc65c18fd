// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/durations.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>

#include "core/error.hpp"
#include "core/text.hpp"
#include "i18n/i18n.hpp"

namespace rapport {
namespace {

// Reads a non-negative decimal with '.' or ',' as the point; nullopt when it is not one.
std::optional<double> read_decimal(std::string_view s) {
  if (s.empty()) return std::nullopt;
  std::string copy;
  int points = 0;
  for (char c : s) {
    if (c == ',' || c == '.') {
      copy += '.';
      ++points;
    } else if (std::isdigit(static_cast<unsigned char>(c))) {
      copy += c;
    } else {
      return std::nullopt;
    }
  }
  if (points > 1 || copy == ".") return std::nullopt;
  return std::strtod(copy.c_str(), nullptr);
}

struct UnitWord {
  std::string_view word;
  double minutes;
};

// Units accepted after a number, longest first so "min" wins over "m".
constexpr UnitWord kDurationUnits[] = {
    {"minutes", 1}, {"minuten", 1}, {"minute", 1},  {"hours", 60}, {"stunden", 60}, {"stunde", 60},
    {"hour", 60},   {"days", 1440}, {"tage", 1440}, {"tag", 1440}, {"day", 1440},   {"min", 1},
    {"std", 60},    {"h", 60},      {"m", 1},       {"d", 1440},   {"t", 1440},
};

// Reads a sequence like "2h30m" or "1,5 h"; nullopt when the text is not of that form.
std::optional<double> read_with_units(std::string_view raw, double bare_unit) {
  std::string s = text::fold_case(text::trim(raw));
  std::erase(s, ' ');
  if (s.empty()) return std::nullopt;
  double total = 0;
  std::size_t i = 0;
  bool any = false;
  while (i < s.size()) {
    std::size_t start = i;
    while (i < s.size() &&
           (std::isdigit(static_cast<unsigned char>(s[i])) || s[i] == '.' || s[i] == ','))
      ++i;
    auto number = read_decimal(std::string_view(s).substr(start, i - start));
    if (!number) return std::nullopt;
    if (i == s.size()) {
      if (any) return std::nullopt;  // "2h30" is unclear
      return *number * bare_unit;
    }
    bool matched = false;
    for (const auto& unit : kDurationUnits) {
      if (std::string_view(s).substr(i).starts_with(unit.word)) {
        total += *number * unit.minutes;
        i += unit.word.size();
        matched = true;
        break;
      }
    }
    if (!matched) return std::nullopt;
    any = true;
  }
  return total;
}

bool starts_negative(std::string_view s) {
  s = text::trim(s);
  return !s.empty() && s[0] == '-';
}

}  // namespace

Minutes parse_hours(std::string_view raw, std::string_view field) {
  std::string_view s = text::trim(raw);
  if (starts_negative(s))
    throw data_error(trf("{0}: \"{1}\" is negative; hours must be zero or more.", field, s));
  auto colon = s.find(':');
  if (colon != std::string_view::npos) {
    auto h = read_decimal(s.substr(0, colon));
    auto m = read_decimal(s.substr(colon + 1));
    if (h && m && std::floor(*h) == *h && std::floor(*m) == *m && *m < 60 &&
        s.size() - colon - 1 == 2)
      return static_cast<Minutes>(*h * 60 + *m);
  } else if (auto minutes = read_with_units(s, 60)) {
    return static_cast<Minutes>(std::llround(*minutes));
  }
  throw data_error(trf(
      "{0}: \"{1}\" is not a number of hours; expected e.g. 1.5, 1,5, 1:30 or 2h30m.", field, s));
}

Minutes parse_notice(std::string_view raw, std::string_view field) {
  std::string_view s = text::trim(raw);
  if (starts_negative(s))
    throw data_error(trf("{0}: \"{1}\" is negative; a notice is zero or more.", field, s));
  if (auto minutes = read_with_units(s, 60)) return static_cast<Minutes>(std::llround(*minutes));
  throw data_error(trf(
      "{0}: \"{1}\" is not a notice; expected hours or days, e.g. 24h, 3h, 90m or 2d.", field, s));
}

std::string format_hours(Minutes minutes) {
  std::string number = fmt::format("{:.2f}", static_cast<double>(minutes) / 60.0);
  while (number.back() == '0') number.pop_back();
  if (number.back() == '.') number.pop_back();
  if (i18n::language() == i18n::Language::de) std::replace(number.begin(), number.end(), '.', ',');
  return number + " h";
}

double to_hours(Minutes minutes) {
  return std::round(static_cast<double>(minutes) / 60.0 * 10000.0) / 10000.0;
}

namespace {

struct PeriodWord {
  std::string_view word;
  PeriodUnit unit;
};

constexpr PeriodWord kPeriodUnits[] = {
    {"months", PeriodUnit::months}, {"monate", PeriodUnit::months}, {"monaten", PeriodUnit::months},
    {"month", PeriodUnit::months},  {"monat", PeriodUnit::months},  {"mo", PeriodUnit::months},
    {"m", PeriodUnit::months},      {"years", PeriodUnit::years},   {"jahren", PeriodUnit::years},
    {"jahre", PeriodUnit::years},   {"year", PeriodUnit::years},    {"jahr", PeriodUnit::years},
    {"y", PeriodUnit::years},       {"j", PeriodUnit::years},       {"weeks", PeriodUnit::weeks},
    {"wochen", PeriodUnit::weeks},  {"woche", PeriodUnit::weeks},   {"week", PeriodUnit::weeks},
    {"w", PeriodUnit::weeks},       {"days", PeriodUnit::days},     {"tagen", PeriodUnit::days},
    {"tage", PeriodUnit::days},     {"day", PeriodUnit::days},      {"tag", PeriodUnit::days},
    {"d", PeriodUnit::days},        {"t", PeriodUnit::days},
};

}  // namespace

Period parse_period(std::string_view raw, std::string_view field) {
  std::string s = text::fold_case(text::trim(raw));
  std::erase(s, ' ');
  std::size_t i = 0;
  while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
  std::string_view unit_text = std::string_view(s).substr(i);
  if (i > 0 && i <= 4) {
    for (const auto& unit : kPeriodUnits) {
      if (unit_text == unit.word) {
        int count = std::atoi(s.substr(0, i).c_str());
        if (count > 0) return Period{count, unit.unit};
      }
    }
  }
  throw data_error(trf("{0}: \"{1}\" is not a period; expected e.g. 12m, 1y, 6 months, 2w or 30d.",
                       field, text::trim(raw)));
}

std::string period_code(const Period& p) {
  const char* unit = p.unit == PeriodUnit::days    ? "d"
                     : p.unit == PeriodUnit::weeks ? "w"
                     : p.unit == PeriodUnit::years ? "y"
                                                   : "m";
  return fmt::format("{}{}", p.count, unit);
}

std::string format_period(const Period& p) {
  // Each form is spelled out so that translators see every one of them.
  switch (p.unit) {
    case PeriodUnit::days:
      return p.count == 1 ? std::string(tr("1 day")) : trf("{} days", p.count);
    case PeriodUnit::weeks:
      return p.count == 1 ? std::string(tr("1 week")) : trf("{} weeks", p.count);
    case PeriodUnit::months:
      return p.count == 1 ? std::string(tr("1 month")) : trf("{} months", p.count);
    case PeriodUnit::years:
      return p.count == 1 ? std::string(tr("1 year")) : trf("{} years", p.count);
  }
  return period_code(p);
}

Date add_period(Date d, const Period& p) {
  switch (p.unit) {
    case PeriodUnit::days:
      return add_days(d, p.count);
    case PeriodUnit::weeks:
      return add_days(d, 7 * p.count);
    case PeriodUnit::months:
      return add_months(d, p.count);
    case PeriodUnit::years:
      return add_months(d, 12 * p.count);
  }
  return d;
}

std::optional<Period> parse_window(std::string_view raw, std::string_view field) {
  std::string s = text::fold_case(text::trim(raw));
  if (s == "all" || s == "alle" || s == "alles") return std::nullopt;
  try {
    return parse_period(s, field);
  } catch (const Error&) {
    throw data_error(trf("{0}: \"{1}\" is not a window; expected e.g. 90d, 6m, 1y or all.", field,
                         text::trim(raw)));
  }
}

}  // namespace rapport
