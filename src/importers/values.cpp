// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/values.hpp"

#include <charconv>
#include <cmath>

#include "core/error.hpp"
#include "core/money.hpp"
#include "core/text.hpp"
#include "i18n/i18n.hpp"

namespace rapport::importers {
namespace {

// Reads the digits at the start of `s` into `out`; returns how many there were.
std::size_t digits(std::string_view s, int& out) {
  std::size_t i = 0;
  out = 0;
  while (i < s.size() && i < 9 && s[i] >= '0' && s[i] <= '9') out = out * 10 + (s[i++] - '0');
  return i;
}

std::optional<Date> valid(int y, int m, int d) {
  Date date{std::chrono::year{y}, std::chrono::month{static_cast<unsigned>(m)},
            std::chrono::day{static_cast<unsigned>(d)}};
  if (!date.ok() || y < 1900 || y > 2200) return std::nullopt;
  return date;
}

bool ends_here(std::string_view s, std::size_t i) {
  return i == s.size() || s[i] == ' ' || s[i] == 'T' || s[i] == ',';
}

}  // namespace

std::optional<Date> read_date(std::string_view s) {
  s = text::trim(s);
  int a = 0, b = 0, c = 0;
  std::size_t i = digits(s, a);
  if (i == 0 || i >= s.size()) return std::nullopt;
  char sep = s[i];
  if (sep != '-' && sep != '.' && sep != '/') return std::nullopt;
  std::size_t j = digits(s.substr(i + 1), b);
  if (j == 0 || i + 1 + j >= s.size() || s[i + 1 + j] != sep) return std::nullopt;
  std::size_t k0 = i + 2 + j;
  std::size_t k = digits(s.substr(k0), c);
  if (k == 0 || !ends_here(s, k0 + k)) return std::nullopt;
  if (i == 4) return valid(a, b, c);  // year first
  int year = k == 2 ? 2000 + c : c;
  if (k != 2 && k != 4) return std::nullopt;
  if (sep == '/' && a <= 12) return valid(year, a, b);  // 03/10/2026: month first
  return valid(year, b, a);
}

std::optional<int> read_clock(std::string_view s) {
  s = text::trim(s);
  // The time part of a date and time.
  if (auto cut = s.find_first_of("T "); cut != std::string_view::npos && cut >= 8)
    s = text::trim(s.substr(cut + 1));
  int h = 0, m = 0, sec = 0;
  std::size_t i = digits(s, h);
  if (i == 0 || i > 2 || i >= s.size() || (s[i] != ':' && s[i] != '.')) return std::nullopt;
  std::size_t j = digits(s.substr(i + 1), m);
  if (j != 2) return std::nullopt;
  std::size_t p = i + 1 + j;
  if (p < s.size() && s[p] == ':') {
    std::size_t k = digits(s.substr(p + 1), sec);
    if (k != 2) return std::nullopt;
    p += 1 + k;
  }
  std::string_view rest = text::trim(s.substr(p));
  if (!rest.empty()) {
    std::string r = text::fold_case(rest);
    if (r == "am" || r == "a.m.") {
      if (h == 12) h = 0;
    } else if (r == "pm" || r == "p.m.") {
      if (h < 12) h += 12;
    } else if (!(r.starts_with("+") || r.starts_with("-") || r == "z" || r == "uhr")) {
      return std::nullopt;
    }
  }
  if (h > 24 || m > 59 || sec > 59 || (h == 24 && (m > 0 || sec > 0))) return std::nullopt;
  return h * 60 + m + (sec >= 30 ? 1 : 0);
}

std::optional<Minutes> read_duration(std::string_view s) {
  s = text::trim(s);
  if (s.empty()) return std::nullopt;
  if (s.find(':') != std::string_view::npos) {
    int h = 0, m = 0, sec = 0;
    std::size_t i = digits(s, h);
    if (i == 0 || i >= s.size() || s[i] != ':') return std::nullopt;
    std::size_t j = digits(s.substr(i + 1), m);
    if (j != 2 || m > 59) return std::nullopt;
    std::size_t p = i + 1 + j;
    if (p < s.size()) {
      if (s[p] != ':') return std::nullopt;
      std::size_t k = digits(s.substr(p + 1), sec);
      if (k != 2 || sec > 59 || p + 1 + k != s.size()) return std::nullopt;
    }
    return Minutes{h} * 60 + m + (sec >= 30 ? 1 : 0);
  }
  // Decimal hours with a point or a comma, or units: 1h30m, 90m, 2h.
  std::string t;
  for (char c : s)
    if (c != ' ') t += c == ',' ? '.' : c;
  double hours = 0;
  auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), hours);
  if (ec != std::errc{} || hours < 0) return std::nullopt;
  std::string_view rest(end, static_cast<std::size_t>(t.data() + t.size() - end));
  if (rest.empty()) return std::llround(hours * 60.0);
  if (rest == "h") return std::llround(hours * 60.0);
  if (rest == "m" || rest == "min") return std::llround(hours);
  if (rest.starts_with("h") && rest.ends_with("m")) {
    int minutes = 0;
    std::size_t n = digits(rest.substr(1), minutes);
    if (n + 2 == rest.size() && std::floor(hours) == hours)
      return std::llround(hours * 60.0) + minutes;
  }
  return std::nullopt;
}

std::optional<Cents> read_signed_amount(std::string_view s) {
  s = text::trim(s);
  bool negative = false;
  if (s.starts_with("-")) {
    negative = true;
    s.remove_prefix(1);
  } else if (s.ends_with("-")) {  // some banks write the sign after the number
    negative = true;
    s.remove_suffix(1);
  }
  if (s.empty()) return std::nullopt;
  try {
    Cents c = parse_amount(s, "");
    return negative ? -c : c;
  } catch (const Error&) {
    return std::nullopt;
  }
}

std::optional<bool> read_yes_no(std::string_view s) {
  // The spellings of the usual exports first, without folding.
  for (std::string_view yes : {"Yes", "Ja", "yes", "ja", "true", "1", "TRUE"})
    if (s == yes) return true;
  for (std::string_view no : {"No", "Nein", "no", "nein", "false", "0", "", "FALSE"})
    if (s == no) return false;
  std::string t = text::fold_case(text::trim(s));
  if (t.empty() || t == "no" || t == "nein" || t == "false" || t == "falsch" || t == "0" ||
      t == "n")
    return false;
  if (t == "yes" || t == "ja" || t == "true" || t == "wahr" || t == "1" || t == "x" || t == "y" ||
      t == "j")
    return true;
  return std::nullopt;
}

void bad_value(const std::string& file, std::size_t line, std::string_view column,
               std::string_view value, ValueKind kind) {
  std::string what;
  switch (kind) {
    case ValueKind::date:
      what = tr("is not a date (e.g. 2026-03-10 or 10.03.2026)");
      break;
    case ValueKind::clock:
      what = tr("is not a time of day (e.g. 09:30)");
      break;
    case ValueKind::duration:
      what = tr("is not a duration (e.g. 1:30, 01:30:00 or 1,5)");
      break;
    case ValueKind::amount:
      what = tr("is not an amount (e.g. 1.234,50 or 1234.50)");
      break;
    case ValueKind::yes_no:
      what = tr("is neither yes nor no");
      break;
    case ValueKind::number:
      what = tr("is not a number");
      break;
    case ValueKind::text:
      what = tr("cannot be read");
      break;
  }
  throw data_error(trf("{0}:{1}: column \"{2}\": \"{3}\" {4}.", file, line, column, value, what),
                   tr("Correct the value in the file (or export it again) and import it again; "
                      "nothing was imported."));
}

}  // namespace rapport::importers
