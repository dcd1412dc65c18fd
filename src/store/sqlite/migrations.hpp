// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <span>
#include <string_view>

namespace SQLite {
class Database;
}

namespace rapport::sqlite {

// A table given a new definition, for changes ALTER TABLE cannot make (constraints): its rows,
// ids, indexes and triggers are kept.
struct TableRebuild {
  std::string_view table;       // empty: no rebuild
  std::string_view definition;  // what goes between the parentheses of CREATE TABLE
};

// One numbered step of the schema. Applied in order, each in its own transaction, and
// recorded in the schema_migrations table. Never edit a released step: add a new one.
struct Migration {
  int version;
  std::string_view description;
  std::string_view sql;  // run after the rebuild
  TableRebuild rebuild = {};
};

std::span<const Migration> migrations();
int latest_version();

// Inside the caller's transaction: the new table is filled from the old one, which is dropped
// with its indexes and triggers; these are then made again, as the database had them.
void rebuild_table(SQLite::Database& db, const TableRebuild& rebuild);

}  // namespace rapport::sqlite
