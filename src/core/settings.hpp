// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The user's settings: keys, defaults, validation. Stored as normalised text.
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/money.hpp"

namespace rapport {

struct SettingSpec {
  std::string_view key;
  std::string_view default_value;  // empty: not set
  const char* description;         // msgid
  const char* example;
};

std::span<const SettingSpec> setting_specs();
const SettingSpec* find_setting(std::string_view key);

// Checks a value for a key and returns its normalised form (e.g. "1.234,50" → "1234.50",
// "Mo-Fr" → "mon-fri"). Throws a config error that lists what is allowed.
std::string normalise_setting(std::string_view key, std::string_view value);

// The working week and day the user protects (emotional distance).
struct CoreHours {
  int start_minute = 8 * 60;
  int end_minute = 18 * 60;
};
CoreHours parse_core_hours(std::string_view normalised);
// Weekdays 0 = Monday … 6 = Sunday that are working days.
std::vector<int> parse_core_days(std::string_view normalised);

// All settings with their effective values (stored, else default).
struct Settings {
  std::optional<Cents> target_rate;
  CoreHours core_hours;
  std::vector<int> core_days{0, 1, 2, 3, 4};
  std::vector<std::string> values;
  std::string language;  // "" = follow the environment
  std::string currency = "EUR";
  std::string timezone = "Europe/Berlin";
  std::string bundesland;
  std::string user_name;
};

}  // namespace rapport
