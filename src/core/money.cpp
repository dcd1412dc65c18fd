// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/money.hpp"

#include <fmt/format.h>

#include <cstdlib>

#include "core/error.hpp"
#include "core/text.hpp"
#include "i18n/i18n.hpp"

namespace rapport {
namespace {

// Removes a currency sign or code and the spaces around the number (not inside it).
std::string strip_currency(std::string_view raw) {
  std::string s(text::trim(raw));
  for (std::string_view token : {"\xE2\x82\xAC", "EUR", "eur", "Euro", "euro"}) {
    if (s.starts_with(token)) s.erase(0, token.size());
    if (s.ends_with(token)) s.erase(s.size() - token.size());
    s = std::string(text::trim(s));
  }
  const std::string no_break_space = "\xC2\xA0";
  while (s.starts_with(no_break_space)) s.erase(0, 2);
  while (s.ends_with(no_break_space)) s.erase(s.size() - 2);
  return std::string(text::trim(s));
}

std::string group_thousands(std::int64_t units, char separator) {
  std::string digits = std::to_string(units);
  std::string out;
  int count = 0;
  for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
    if (count && count % 3 == 0) out.insert(out.begin(), separator);
    out.insert(out.begin(), *it);
    ++count;
  }
  return out;
}

}  // namespace

Cents parse_amount(std::string_view raw, std::string_view field) {
  std::string s = strip_currency(raw);
  auto fail = [&]() {
    return data_error(
        trf("{0}: \"{1}\" is not an amount; expected e.g. 1234.50, 1.234,50 or 1234,50 €.", field,
            text::trim(raw)));
  };
  if (!s.empty() && s[0] == '-')
    throw data_error(trf("{0}: \"{1}\" is negative; amounts are entered as positive numbers.",
                         field, text::trim(raw)));
  if (s.empty()) throw fail();
  std::string digits;
  int decimals = -1;  // digits after the decimal point, -1 while none was seen
  // Decide each separator's role: the last separator is decimal when 1 or 2 digits follow it.
  auto last_sep = s.find_last_of(".,");
  bool last_is_decimal = false;
  if (last_sep != std::string::npos) {
    std::size_t after = s.size() - last_sep - 1;
    last_is_decimal = after == 1 || after == 2;
    if (!last_is_decimal && after != 3) throw fail();
  }
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c >= '0' && c <= '9') {
      digits += c;
      if (decimals >= 0) ++decimals;
    } else if (c == '.' || c == ',') {
      if (i == last_sep && last_is_decimal) {
        decimals = 0;
      } else {
        // A thousands separator: exactly three digits must follow before the next separator.
        std::size_t next = s.find_first_of(".,", i + 1);
        std::size_t group = (next == std::string::npos ? s.size() : next) - i - 1;
        if (group != 3 || i == 0) throw fail();
        if (next != std::string::npos && s[next] != c && !(next == last_sep && last_is_decimal))
          throw fail();
      }
    } else {
      throw fail();
    }
  }
  if (digits.empty() || digits.size() > 15) throw fail();
  Cents value = std::strtoll(digits.c_str(), nullptr, 10);
  if (decimals <= 0) value *= 100;
  if (decimals == 1) value *= 10;
  return value;
}

std::string format_money(Cents cents, std::string_view currency) {
  bool negative = cents < 0;
  Cents abs = negative ? -cents : cents;
  bool german = i18n::language() == i18n::Language::de;
  std::string number = group_thousands(abs / 100, german ? '.' : ',') + (german ? "," : ".") +
                       fmt::format("{:02}", abs % 100);
  std::string sign = negative ? "-" : "";
  if (currency == "EUR") {
    return german ? sign + number + " \xE2\x82\xAC" : sign + "\xE2\x82\xAC" + number;
  }
  return german ? sign + number + " " + std::string(currency)
                : sign + std::string(currency) + " " + number;
}

std::string plain_amount(Cents cents) {
  Cents abs = cents < 0 ? -cents : cents;
  return fmt::format("{}{}.{:02}", cents < 0 ? "-" : "", abs / 100, abs % 100);
}

double to_units(Cents cents) {
  return static_cast<double>(cents) / 100.0;
}

}  // namespace rapport
