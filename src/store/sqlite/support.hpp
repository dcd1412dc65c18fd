// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the SQLite store's source files: error conversion and typed binding and reading.
#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/error.hpp"
#include "core/types.hpp"
#include "i18n/i18n.hpp"

namespace rapport::sqlite {

// SQLite's errors become rapport errors at this edge, so nothing above sees SQLite types.
[[noreturn]] inline void rethrow(const SQLite::Exception& e, const std::string& path) {
  int code = e.getErrorCode() & 0xff;
  if (code == SQLITE_CONSTRAINT)
    throw data_error(
        trf("The change was refused because it breaks a rule of the data: {}.", e.what()));
  if (code == SQLITE_NOTADB)
    throw Error(ErrorCode::io, trf("{} is not a rapport database.", path),
                tr("Check --db or RAPPORT_DB; a new database is created at a path that does not "
                   "exist yet."));
  if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
    throw Error(ErrorCode::io, trf("The database {} is busy.", path),
                tr("Another rapport is writing to it; try again in a moment."));
  throw Error(ErrorCode::io, trf("The database {0} cannot be used: {1}.", path, e.what()),
              tr("Check that the file and its directory exist and are readable and writable."));
}

template <typename F>
auto guarded(const std::string& path, F&& work) -> decltype(work()) {
  try {
    return work();
  } catch (const SQLite::Exception& e) {
    rethrow(e, path);
  }
}

// The month of a day as the roll-ups key it: YYYY-MM.
inline std::string month_of(Date d) {
  return iso_date(d).substr(0, 7);
}

// Binding and reading the optional and typed values of rapport's entities.
template <typename T>
inline void bind_opt(SQLite::Statement& q, int i, const std::optional<T>& v) {
  if (v) {
    q.bind(i, static_cast<int64_t>(*v));
  } else {
    q.bind(i);
  }
}
inline void bind_date(SQLite::Statement& q, int i, const std::optional<Date>& d) {
  if (d) {
    q.bind(i, iso_date(*d));
  } else {
    q.bind(i);
  }
}
inline void bind_period(SQLite::Statement& q, int i, const std::optional<Period>& p) {
  if (p) {
    q.bind(i, period_code(*p));
  } else {
    q.bind(i);
  }
}

// Dates are stored as YYYY-MM-DD; reading them is on the hot path of the health view.
inline Date read_date(const SQLite::Column& c) {
  const char* t = c.getText();
  if (c.getBytes() != 10 || t[4] != '-' || t[7] != '-')
    return parse_date(c.getString(), Date{}, "database");
  auto digits = [&](int from, int count) {
    int v = 0;
    for (int i = from; i < from + count; ++i) v = v * 10 + (t[i] - '0');
    return v;
  };
  return Date{std::chrono::year{digits(0, 4)},
              std::chrono::month{static_cast<unsigned>(digits(5, 2))},
              std::chrono::day{static_cast<unsigned>(digits(8, 2))}};
}
inline std::optional<Date> read_opt_date(const SQLite::Column& c) {
  if (c.isNull()) return std::nullopt;
  return read_date(c);
}
inline std::optional<int64_t> read_opt_int64(const SQLite::Column& c) {
  if (c.isNull()) return std::nullopt;
  return c.getInt64();
}
inline std::optional<int> read_opt_int(const SQLite::Column& c) {
  if (c.isNull()) return std::nullopt;
  return c.getInt();
}
inline std::optional<Period> read_opt_period(const SQLite::Column& c) {
  if (c.isNull()) return std::nullopt;
  return parse_period(c.getString(), "database");
}
inline std::optional<Instant> read_opt_instant(const SQLite::Column& c) {
  if (c.isNull()) return std::nullopt;
  return Instant{std::chrono::seconds{c.getInt64()}};
}

// The hot reads of the health view use SQLite's C API directly: SQLiteCpp's Column copies a
// shared pointer per value, which is measurable when a view reads 50,000 rows.
class Row {
 public:
  explicit Row(sqlite3_stmt* stmt) : stmt_(stmt) {}
  bool null(int i) const { return sqlite3_column_type(stmt_, i) == SQLITE_NULL; }
  std::int64_t int64(int i) const { return sqlite3_column_int64(stmt_, i); }
  int integer(int i) const { return sqlite3_column_int(stmt_, i); }
  std::optional<std::int64_t> opt_int64(int i) const {
    return null(i) ? std::nullopt : std::optional<std::int64_t>(int64(i));
  }
  std::optional<int> opt_int(int i) const {
    return null(i) ? std::nullopt : std::optional<int>(integer(i));
  }
  std::string_view text(int i) const {
    const auto* t = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, i));
    return t ? std::string_view(t, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, i)))
             : std::string_view();
  }
  Date date(int i) const {
    std::string_view t = text(i);
    if (t.size() != 10 || t[4] != '-' || t[7] != '-') return parse_date(t, Date{}, "database");
    auto digits = [&](std::size_t from, std::size_t count) {
      int v = 0;
      for (std::size_t k = from; k < from + count; ++k) v = v * 10 + (t[k] - '0');
      return v;
    };
    return Date{std::chrono::year{digits(0, 4)},
                std::chrono::month{static_cast<unsigned>(digits(5, 2))},
                std::chrono::day{static_cast<unsigned>(digits(8, 2))}};
  }
  std::optional<Date> opt_date(int i) const {
    return null(i) ? std::nullopt : std::optional<Date>(date(i));
  }

 private:
  sqlite3_stmt* stmt_;
};

// A prepared statement on the C API; errors become SQLite::Exception like SQLiteCpp's.
class Query {
 public:
  Query(SQLite::Database& db, const std::string& sql) : db_(db.getHandle()) {
    sqlite3_stmt* raw = nullptr;
    check(sqlite3_prepare_v2(db_, sql.c_str(), static_cast<int>(sql.size()), &raw, nullptr));
    stmt_.reset(raw);
  }
  void bind(int i, std::int64_t v) { check(sqlite3_bind_int64(stmt_.get(), i, v)); }
  void bind(int i, const std::string& v) {
    check(
        sqlite3_bind_text(stmt_.get(), i, v.c_str(), static_cast<int>(v.size()), SQLITE_TRANSIENT));
  }
  // Text that outlives the next step: bound without a copy (bulk inserts).
  void bind_static(int i, std::string_view v) {
    check(sqlite3_bind_text(stmt_.get(), i, v.data(), static_cast<int>(v.size()), SQLITE_STATIC));
  }
  void bind(int i, const std::optional<std::int64_t>& v) {
    check(v ? sqlite3_bind_int64(stmt_.get(), i, *v) : sqlite3_bind_null(stmt_.get(), i));
  }
  // Runs a statement that returns no rows and makes it ready for the next bindings; returns
  // how many rows it changed.
  int exec() {
    step();
    int changed = sqlite3_changes(db_);
    sqlite3_reset(stmt_.get());
    return changed;
  }
  bool step() {
    int rc = sqlite3_step(stmt_.get());
    if (rc == SQLITE_ROW) return true;
    if (rc != SQLITE_DONE) check(rc);
    return false;
  }
  Row row() const { return Row(stmt_.get()); }

 private:
  void check(int rc) const {
    if (rc != SQLITE_OK) throw SQLite::Exception(db_, rc);
  }
  struct Finalize {
    void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
  };
  sqlite3* db_;
  std::unique_ptr<sqlite3_stmt, Finalize> stmt_;
};

inline void expect_changed(SQLite::Database& db, const char* message, Id id) {
  if (db.getChanges() == 0) throw data_error(trf(message, id));
}

}  // namespace rapport::sqlite
