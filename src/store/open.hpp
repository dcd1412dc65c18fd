// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <memory>
#include <optional>
#include <string>

#include "store/store.hpp"

namespace rapport {

// Opens the store a location names: a file path for SQLite (created with its directory
// if missing). `up_to_version` stops the migrations early (for upgrade tests only).
std::unique_ptr<Store> open_store(const std::string& location,
                                  std::optional<int> up_to_version = std::nullopt);

// Reads one setting without migrating or creating anything; nullopt if the database or
// the setting does not exist. For choosing the language before the command line is read.
std::optional<std::string> peek_setting(const std::string& location, const std::string& key);

}  // namespace rapport
