// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/open.hpp"

#include "core/error.hpp"
#include "i18n/i18n.hpp"
#include "store/sqlite/sqlite_store.hpp"

namespace rapport {

namespace {
bool is_postgres(const std::string& location) {
  return location.starts_with("postgresql://") || location.starts_with("postgres://");
}
}  // namespace

std::unique_ptr<Store> open_store(const std::string& location, std::optional<int> up_to_version) {
  if (is_postgres(location))
    throw Error(ErrorCode::config, tr("This build of rapport stores data in SQLite only."),
                tr("Give --db the path of a database file."));
  return std::make_unique<sqlite::SqliteStore>(location, up_to_version);
}

std::optional<std::string> peek_setting(const std::string& location, const std::string& key) {
  if (is_postgres(location)) return std::nullopt;
  return sqlite::peek_setting(location, key);
}

}  // namespace rapport
