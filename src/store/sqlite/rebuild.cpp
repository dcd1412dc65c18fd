// SPDX-License-Identifier: GPL-3.0-or-later
// SQLite's way to change a table's constraints: a new table, the rows copied, the old one
// dropped and the new one renamed (https://sqlite.org/lang_altertable.html, "other kinds of
// table schema changes"). Indexes and triggers go with the old table, so they are read first.
#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <string>
#include <vector>

#include "store/sqlite/migrations.hpp"

namespace rapport::sqlite {
namespace {

std::vector<std::string> column_names(SQLite::Database& db, const std::string& table) {
  std::vector<std::string> names;
  SQLite::Statement q(db, "SELECT name FROM pragma_table_info(?) ORDER BY cid");
  q.bind(1, table);
  while (q.executeStep()) names.push_back(q.getColumn(0).getString());
  return names;
}

}  // namespace

void rebuild_table(SQLite::Database& db, const TableRebuild& rebuild) {
  std::string table(rebuild.table), staged = table + "_rebuilt";
  std::vector<std::string> attached;  // indexes first: triggers may rely on them
  {
    SQLite::Statement q(db,
                        "SELECT sql FROM sqlite_master WHERE tbl_name = ? AND sql IS NOT NULL "
                        "AND type IN ('index', 'trigger') ORDER BY type = 'trigger', name");
    q.bind(1, table);
    while (q.executeStep()) attached.push_back(q.getColumn(0).getString());
  }
  db.exec(fmt::format("CREATE TABLE \"{}\" ({}) STRICT", staged, rebuild.definition));
  // The columns both tables have, in the new table's order: a rebuild may also drop one.
  std::vector<std::string> kept;
  auto old_columns = column_names(db, table);
  for (const auto& name : column_names(db, staged))
    if (std::find(old_columns.begin(), old_columns.end(), name) != old_columns.end())
      kept.push_back(fmt::format("\"{}\"", name));
  db.exec(fmt::format("INSERT INTO \"{0}\" ({2}) SELECT {2} FROM \"{1}\"", staged, table,
                      fmt::join(kept, ", ")));
  // The planner's statistics (if ANALYZE ever ran) go with the table too; the rows are the same.
  bool analysed = db.tableExists("sqlite_stat1");
  if (analysed)
    db.exec(
        fmt::format("CREATE TEMP TABLE kept_stats AS SELECT idx, stat FROM sqlite_stat1 "
                    "WHERE tbl = '{}'",
                    table));
  db.exec(fmt::format("DROP TABLE \"{}\"", table));
  db.exec(fmt::format("ALTER TABLE \"{}\" RENAME TO \"{}\"", staged, table));
  for (const auto& sql : attached) db.exec(sql);
  if (analysed) {
    db.exec(
        fmt::format("INSERT INTO sqlite_stat1 (tbl, idx, stat) SELECT '{}', idx, stat FROM "
                    "temp.kept_stats WHERE idx IN (SELECT name FROM sqlite_master)",
                    table));
    db.exec("DROP TABLE temp.kept_stats");
  }
}

}  // namespace rapport::sqlite
