// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <string>
#include <vector>

#include "app/context.hpp"

namespace rapport {

Settings load_settings(const Store& store);

struct SettingView {
  std::string key;
  std::string value;  // effective: stored, else the default
  bool is_default = true;
  std::string description;  // translated
};
std::vector<SettingView> show_settings(const Store& store);

// Validates and stores one setting; an empty value resets it to its default.
SettingView change_setting(Store& store, const std::string& key, const std::string& value);

}  // namespace rapport
