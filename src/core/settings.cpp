// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/settings.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "core/dates.hpp"
#include "core/error.hpp"
#include "core/text.hpp"
#include "i18n/i18n.hpp"

namespace rapport {
namespace {

constexpr SettingSpec kSettings[] = {
    {"target_rate", "", TR_NOOP("the hourly rate you aim for, net"), "95"},
    {"core_hours", "08:00-18:00",
     TR_NOOP("your working hours; client contact outside them counts as after hours"),
     "08:00-18:00"},
    {"core_days", "mon-fri", TR_NOOP("your working days"), "mon-fri"},
    {"values", "", TR_NOOP("the values that matter to you in working together, comma-separated"),
     "Wertschätzung,Eigenverantwortung"},
    {"language", "", TR_NOOP("the language of rapport: de or en (empty: from LANG)"), "de"},
    {"currency", "EUR", TR_NOOP("the currency of your amounts (ISO code)"), "EUR"},
    {"timezone", "Europe/Berlin", TR_NOOP("your time zone (IANA name)"), "Europe/Berlin"},
    {"bundesland", "", TR_NOOP("your German state, for public holidays"), "BY"},
    {"user_name", "", TR_NOOP("your name, on documents and as who recorded a fact"), "Alex Muster"},
};

constexpr std::array<std::string_view, 16> kBundeslaender = {
    "BW", "BY", "BE", "BB", "HB", "HH", "HE", "MV", "NI", "NW", "RP", "SL", "SN", "ST", "SH", "TH"};

constexpr std::array<std::string_view, 7> kDayCodes = {"mon", "tue", "wed", "thu",
                                                       "fri", "sat", "sun"};
constexpr std::array<std::string_view, 7> kGermanDays = {"mo", "di", "mi", "do", "fr", "sa", "so"};

Error invalid(std::string_view key, std::string_view value, const std::string& expected) {
  return Error(ErrorCode::config, trf("{0}: \"{1}\" is not valid; {2}", key, value, expected));
}

int day_index(std::string_view raw) {
  std::string word = text::fold_case(text::trim(raw));
  for (std::size_t i = 0; i < 7; ++i) {
    if (word == kDayCodes[i] || word == kGermanDays[i]) return static_cast<int>(i);
    if (word.size() > 3 && word.starts_with(kDayCodes[i])) return static_cast<int>(i);  // monday
  }
  return -1;
}

std::vector<int> read_days(std::string_view value) {
  std::vector<int> days;
  for (const auto& part : text::split(value, ',')) {
    auto dash = part.find('-');
    if (dash != std::string::npos) {
      int from = day_index(part.substr(0, dash));
      int to = day_index(part.substr(dash + 1));
      if (from < 0 || to < 0) return {};
      for (int d = from;; d = (d + 1) % 7) {
        days.push_back(d);
        if (d == to) break;
      }
    } else {
      int d = day_index(part);
      if (d < 0) return {};
      days.push_back(d);
    }
  }
  std::sort(days.begin(), days.end());
  days.erase(std::unique(days.begin(), days.end()), days.end());
  return days;
}

std::string write_days(const std::vector<int>& days) {
  // A contiguous run is written as a range, anything else as a list.
  bool contiguous = days.size() > 1;
  for (std::size_t i = 1; i < days.size(); ++i)
    contiguous = contiguous && days[i] == days[i - 1] + 1;
  if (contiguous)
    return std::string(kDayCodes[days.front()]) + "-" + std::string(kDayCodes[days.back()]);
  std::vector<std::string> names;
  for (int d : days) names.emplace_back(kDayCodes[d]);
  return text::join(names, ",");
}

}  // namespace

std::span<const SettingSpec> setting_specs() {
  return kSettings;
}

const SettingSpec* find_setting(std::string_view key) {
  for (const auto& spec : kSettings)
    if (spec.key == key) return &spec;
  return nullptr;
}

std::string normalise_setting(std::string_view key, std::string_view raw) {
  std::string_view value = text::trim(raw);
  if (!find_setting(key)) {
    std::vector<std::string> keys;
    for (const auto& spec : kSettings) keys.emplace_back(spec.key);
    throw Error(ErrorCode::usage, trf("\"{}\" is not a setting.", key),
                trf("The settings are: {}.", text::join(keys, ", ")));
  }
  if (key == "target_rate") {
    try {
      return plain_amount(parse_amount(value, key));
    } catch (const Error& e) {
      throw Error(ErrorCode::config, e.message());
    }
  }
  if (key == "core_hours") {
    auto dash = value.find('-');
    try {
      if (dash == std::string_view::npos) throw data_error("");
      int start = parse_time_of_day(value.substr(0, dash), key);
      int end = parse_time_of_day(value.substr(dash + 1), key);
      if (end <= start) throw data_error("");
      return format_time_of_day(start) + "-" + format_time_of_day(end);
    } catch (const Error&) {
      throw invalid(key, value, tr("expected a start and an end time, e.g. 08:00-18:00."));
    }
  }
  if (key == "core_days") {
    auto days = read_days(value);
    if (days.empty())
      throw invalid(key, value, tr("expected days like mon-fri, mo-fr or mon,tue,thu."));
    return write_days(days);
  }
  if (key == "values") return text::join(text::split(value, ','), ",");
  if (key == "language") {
    if (value.empty()) return "";
    auto lang = i18n::parse_language(value);
    if (!lang) throw invalid(key, value, tr("expected de or en."));
    return std::string(i18n::language_code(*lang));
  }
  if (key == "currency") {
    std::string upper;
    for (char c : value) upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (upper.size() != 3 ||
        !std::all_of(upper.begin(), upper.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
      throw invalid(key, value, tr("expected a three-letter currency code, e.g. EUR or CHF."));
    return upper;
  }
  if (key == "timezone") {
    bool plausible = !value.empty() && value.find("..") == std::string_view::npos &&
                     value[0] != '/' && std::all_of(value.begin(), value.end(), [](char c) {
                       return std::isalnum(static_cast<unsigned char>(c)) || c == '/' || c == '_' ||
                              c == '-' || c == '+';
                     });
    if (!plausible) throw invalid(key, value, tr("expected a time zone name, e.g. Europe/Berlin."));
    return std::string(value);
  }
  if (key == "bundesland") {
    std::string upper;
    for (char c : value) upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (std::find(kBundeslaender.begin(), kBundeslaender.end(), upper) == kBundeslaender.end()) {
      std::vector<std::string> codes(kBundeslaender.begin(), kBundeslaender.end());
      throw invalid(key, value, trf("expected one of {}.", text::join(codes, ", ")));
    }
    return upper;
  }
  // user_name
  if (value.empty()) throw invalid(key, value, tr("expected a name."));
  return std::string(value);
}

CoreHours parse_core_hours(std::string_view normalised) {
  CoreHours hours;
  auto dash = normalised.find('-');
  if (dash == std::string_view::npos) return hours;
  hours.start_minute = parse_time_of_day(normalised.substr(0, dash), "core_hours");
  hours.end_minute = parse_time_of_day(normalised.substr(dash + 1), "core_hours");
  return hours;
}

std::vector<int> parse_core_days(std::string_view normalised) {
  return read_days(normalised);
}

}  // namespace rapport
