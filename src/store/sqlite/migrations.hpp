// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <span>
#include <string_view>

namespace rapport::sqlite {

// One numbered step of the schema. Applied in order, each in its own transaction, and
// recorded in the schema_migrations table. Never edit a released step: add a new one.
struct Migration {
  int version;
  std::string_view description;
  std::string_view sql;
};

std::span<const Migration> migrations();
int latest_version();

}  // namespace rapport::sqlite
