// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the SQLite store's source files: error conversion and typed binding and reading.
#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include <optional>
#include <string>

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

inline void expect_changed(SQLite::Database& db, const char* message, Id id) {
  if (db.getChanges() == 0) throw data_error(trf(message, id));
}

}  // namespace rapport::sqlite
