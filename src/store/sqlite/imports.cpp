// SPDX-License-Identifier: GPL-3.0-or-later
// What imports need of the store: bulk time entries, sources and their undo, mail metadata,
// bank credits and saved column mappings.
#include <fmt/format.h>

#include <array>
#include <optional>

#include "store/sqlite/sqlite_store.hpp"
#include "store/sqlite/support.hpp"

namespace rapport::sqlite {
namespace {

std::int64_t seconds_of(Instant t) {
  return static_cast<std::int64_t>(t.time_since_epoch().count());
}
Instant instant_of(std::int64_t s) {
  return Instant{std::chrono::seconds{s}};
}

// The counts are keys of our own (letters and underscores), so writing the JSON is simple;
// SQLite's json_each reads it back.
std::string counts_json(const std::map<std::string, std::int64_t>& counts) {
  std::string out = "{";
  for (const auto& [key, value] : counts) {
    if (out.size() > 1) out += ',';
    out += fmt::format("\"{}\":{}", key, value);
  }
  return out + "}";
}

std::optional<std::int64_t> to_int64(const std::optional<int>& v) {
  return v ? std::optional<std::int64_t>(*v) : std::nullopt;
}

// YYYY-MM-DD without a formatting library: this runs once per imported row.
void write_date(std::array<char, 11>& buffer, Date d) {
  auto put = [&](int at, int width, unsigned value) {
    for (int i = at + width - 1; i >= at; --i, value /= 10)
      buffer[i] = static_cast<char>('0' + value % 10);
  };
  put(0, 4, static_cast<unsigned>(static_cast<int>(d.year())));
  buffer[4] = '-';
  put(5, 2, static_cast<unsigned>(d.month()));
  buffer[7] = '-';
  put(8, 2, static_cast<unsigned>(d.day()));
  buffer[10] = '\0';
}

ImportSource read_source(SQLite::Statement& q, SQLite::Database& db) {
  ImportSource s;
  s.id = q.getColumn(0).getInt64();
  s.format = q.getColumn(1).getString();
  s.file = q.getColumn(2).getString();
  s.scope = q.getColumn(3).getString();
  s.imported_at = instant_of(q.getColumn(4).getInt64());
  if (!q.getColumn(5).isNull()) s.seen_at = instant_of(q.getColumn(5).getInt64());
  if (!q.getColumn(7).isNull()) s.undone_at = instant_of(q.getColumn(7).getInt64());
  SQLite::Statement counts(db, "SELECT key, value FROM json_each(?)");
  counts.bind(1, q.getColumn(6).getString());
  while (counts.executeStep())
    s.counts[counts.getColumn(0).getString()] = counts.getColumn(1).getInt64();
  return s;
}

constexpr const char* kSourceSelect =
    "SELECT id, format, file, scope, imported_at, seen_at, counts, undone_at FROM sources ";

Message read_message(SQLite::Statement& q) {
  Message m;
  m.id = q.getColumn(0).getInt64();
  m.client_id = q.getColumn(1).getInt64();
  m.sent_at = instant_of(q.getColumn(2).getInt64());
  m.local_date = read_date(q.getColumn(3));
  m.minute_of_day = q.getColumn(4).getInt();
  m.incoming = q.getColumn(5).getString() == "in";
  m.counterpart = q.getColumn(6).getString();
  m.thread = q.getColumn(7).getString();
  if (!q.getColumn(8).isNull()) m.subject = q.getColumn(8).getString();
  m.source = q.getColumn(9).getString();
  m.import_key = q.getColumn(10).getInt64();
  return m;
}

BankCredit read_credit(SQLite::Statement& q) {
  BankCredit c;
  c.id = q.getColumn(0).getInt64();
  c.booked_on = read_date(q.getColumn(1));
  c.amount = q.getColumn(2).getInt64();
  c.payer = q.getColumn(3).getString();
  c.iban = q.getColumn(4).getString();
  c.remittance = q.getColumn(5).getString();
  c.payment_id = read_opt_int64(q.getColumn(6));
  c.source = q.getColumn(7).getString();
  c.import_key = q.getColumn(8).getInt64();
  c.reversed_by = read_opt_int64(q.getColumn(9));
  return c;
}

constexpr const char* kCreditSelect =
    "SELECT id, booked_on, amount_cents, payer, iban, remittance, payment_id, source, import_key, "
    "reversed_by FROM bank_credits ";

// Adding time to the roll-ups of a month or an agreement, row by row or summed.
constexpr const char* kMonthRollup =
    "INSERT INTO time_by_month (client_id, month, minutes, out_of_scope_minutes, entries) ";
constexpr const char* kMonthRollupSum =
    " ON CONFLICT (client_id, month) DO UPDATE SET minutes = minutes + excluded.minutes, "
    "out_of_scope_minutes = out_of_scope_minutes + excluded.out_of_scope_minutes, "
    "entries = entries + excluded.entries";
constexpr const char* kAgreementRollup =
    "INSERT INTO time_by_agreement (agreement_id, in_scope_minutes) ";
constexpr const char* kAgreementRollupSum =
    " ON CONFLICT (agreement_id) DO UPDATE SET "
    "in_scope_minutes = in_scope_minutes + excluded.in_scope_minutes";

}  // namespace

std::size_t SqliteStore::add_time_entries(const std::vector<TimeEntry>& entries) {
  return guarded(path_, [&] {
    std::size_t added = 0;
    transaction([&] {
      // The roll-up trigger costs two upserts per row; for a batch they are summed once from
      // the new rows, with the trigger away for that time (inside this transaction, so that
      // nobody sees the table without it). It comes back as the database has it.
      std::string trigger;
      {
        SQLite::Statement q(*db_,
                            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = "
                            "'time_entries_rollup_insert'");
        if (q.executeStep()) trigger = q.getColumn(0).getString();
      }
      if (!trigger.empty()) db_->exec("DROP TRIGGER time_entries_rollup_insert");
      std::int64_t last_id =
          db_->execAndGet("SELECT COALESCE(MAX(id), 0) FROM time_entries").getInt64();
      auto changes_before = sqlite3_total_changes64(db_->getHandle());
      insert_time_rows(entries);
      added = static_cast<std::size_t>(sqlite3_total_changes64(db_->getHandle()) - changes_before);
      if (added == entries.size())
        add_time_rollups(entries);
      else
        add_time_rollups_since(last_id);
      if (!trigger.empty()) db_->exec(trigger);
    });
    return added;
  });
}

// The roll-ups of rows that were all new: summed here, one upsert per client and month.
void SqliteStore::add_time_rollups(const std::vector<TimeEntry>& entries) {
  struct MonthSum {
    std::int64_t minutes = 0, out_of_scope = 0, entries = 0;
  };
  std::map<std::pair<Id, std::chrono::year_month>, MonthSum> months;
  std::map<Id, std::int64_t> agreements;
  for (const auto& e : entries) {
    auto& sum = months[{e.client_id, e.date.year() / e.date.month()}];
    sum.minutes += e.minutes;
    if (!e.in_scope) sum.out_of_scope += e.minutes;
    ++sum.entries;
    if (e.agreement_id && e.in_scope) agreements[*e.agreement_id] += e.minutes;
  }
  Query month_sum(*db_, std::string(kMonthRollup) + "VALUES (?, ?, ?, ?, ?)" + kMonthRollupSum);
  for (const auto& [key, sum] : months) {
    month_sum.bind(1, key.first);
    month_sum.bind(2, month_of(Date{key.second / std::chrono::day{1}}));
    month_sum.bind(3, sum.minutes);
    month_sum.bind(4, sum.out_of_scope);
    month_sum.bind(5, sum.entries);
    month_sum.exec();
  }
  Query agreement_sum(*db_, std::string(kAgreementRollup) + "VALUES (?, ?)" + kAgreementRollupSum);
  for (const auto& [id, minutes] : agreements) {
    agreement_sum.bind(1, id);
    agreement_sum.bind(2, minutes);
    agreement_sum.exec();
  }
}

// The roll-ups when some rows were known already: summed from the rows just written. New rows
// get ids above the highest one before them (the table has no AUTOINCREMENT and ids stay far
// below the largest integer), so these are exactly the rows this batch added.
void SqliteStore::add_time_rollups_since(std::int64_t last_id) {
  Query months(*db_, std::string(kMonthRollup) +
                         "SELECT client_id, substr(date, 1, 7), SUM(minutes), "
                         "SUM(CASE WHEN in_scope = 0 THEN minutes ELSE 0 END), COUNT(*) "
                         "FROM time_entries WHERE id > ? GROUP BY client_id, substr(date, 1, 7)" +
                         kMonthRollupSum);
  months.bind(1, last_id);
  months.exec();
  Query agreements(*db_, std::string(kAgreementRollup) +
                             "SELECT agreement_id, SUM(minutes) FROM time_entries WHERE id > ? AND "
                             "agreement_id IS NOT NULL AND in_scope = 1 GROUP BY agreement_id" +
                             kAgreementRollupSum);
  agreements.bind(1, last_id);
  agreements.exec();
}

// Rows go in many to a statement: each statement opens its cursors on the table and both
// indexes once, and a million single-row statements spend much of their time doing that.
void SqliteStore::insert_time_rows(const std::vector<TimeEntry>& entries) {
  constexpr std::size_t kRowsPerStatement = 128;
  constexpr int kColumns = 11;
  auto statement_for = [&](std::size_t rows) {
    std::string sql =
        "INSERT INTO time_entries (client_id, agreement_id, date, start_minute, end_minute, "
        "minutes, billable, in_scope, note, source, import_key) VALUES ";
    for (std::size_t i = 0; i < rows; ++i)
      sql += i ? ",(?,?,?,?,?,?,?,?,?,?,?)" : "(?,?,?,?,?,?,?,?,?,?,?)";
    sql += " ON CONFLICT (import_key) WHERE import_key IS NOT NULL DO NOTHING";
    return Query(*db_, sql);
  };
  std::optional<Query> full;
  std::vector<std::array<char, 11>> dates(kRowsPerStatement);  // bound without a copy
  for (std::size_t at = 0; at < entries.size(); at += kRowsPerStatement) {
    std::size_t rows = std::min(kRowsPerStatement, entries.size() - at);
    std::optional<Query> rest;
    if (rows == kRowsPerStatement && !full) full.emplace(statement_for(rows));
    if (rows != kRowsPerStatement) rest.emplace(statement_for(rows));
    Query& q = rows == kRowsPerStatement ? *full : *rest;
    for (std::size_t r = 0; r < rows; ++r) {
      const TimeEntry& e = entries[at + r];
      int c = static_cast<int>(r) * kColumns;
      auto& date = dates[r];
      write_date(date, e.date);
      q.bind(c + 1, std::int64_t{e.client_id});
      q.bind(c + 2, e.agreement_id);
      q.bind_static(c + 3, std::string_view(date.data(), 10));
      q.bind(c + 4, to_int64(e.start_minute));
      q.bind(c + 5, to_int64(e.end_minute));
      q.bind(c + 6, std::int64_t{e.minutes});
      q.bind(c + 7, std::int64_t{e.billable ? 1 : 0});
      q.bind(c + 8, std::int64_t{e.in_scope ? 1 : 0});
      q.bind_static(c + 9, e.note);
      q.bind_static(c + 10, e.source);
      q.bind(c + 11, e.import_key);
    }
    q.exec();
  }
}

Id SqliteStore::add_source(const ImportSource& s) {
  return guarded(path_, [&] {
    SQLite::Statement q(*db_,
                        "INSERT INTO sources (format, file, scope, imported_at, seen_at, counts) "
                        "VALUES (?, ?, ?, ?, ?, ?)");
    q.bind(1, s.format);
    q.bind(2, s.file);
    q.bind(3, s.scope);
    q.bind(4, seconds_of(s.imported_at));
    if (s.seen_at) {
      q.bind(5, seconds_of(*s.seen_at));
    } else {
      q.bind(5);
    }
    q.bind(6, counts_json(s.counts));
    q.exec();
    return db_->getLastInsertRowid();
  });
}

void SqliteStore::update_source(const ImportSource& s) {
  guarded(path_, [&] {
    SQLite::Statement q(*db_,
                        "UPDATE sources SET seen_at = ?, counts = ?, scope = ?, format = ? "
                        "WHERE id = ?");
    if (s.seen_at) {
      q.bind(1, seconds_of(*s.seen_at));
    } else {
      q.bind(1);
    }
    q.bind(2, counts_json(s.counts));
    q.bind(3, s.scope);
    q.bind(4, s.format);
    q.bind(5, s.id);
    q.exec();
    expect_changed(*db_, TR_NOOP("There is no import with id {}."), s.id);
  });
}

std::vector<ImportSource> SqliteStore::sources() const {
  return guarded(path_, [&] {
    SQLite::Statement q(*db_, std::string(kSourceSelect) + "ORDER BY id");
    std::vector<ImportSource> result;
    while (q.executeStep()) result.push_back(read_source(q, *db_));
    return result;
  });
}

std::optional<ImportSource> SqliteStore::source(Id id) const {
  return guarded(path_, [&]() -> std::optional<ImportSource> {
    SQLite::Statement q(*db_, std::string(kSourceSelect) + "WHERE id = ?");
    q.bind(1, id);
    if (!q.executeStep()) return std::nullopt;
    return read_source(q, *db_);
  });
}

std::map<std::string, std::int64_t> SqliteStore::undo_source(Id id, Instant now) {
  return guarded(path_, [&] {
    std::map<std::string, std::int64_t> removed;
    transaction([&] {
      std::string tag = source_tag(id);
      SQLite::Statement reopen(*db_,
                               "UPDATE appointments SET status = 'scheduled', cancelled_at = NULL, "
                               "cancelled_by = NULL, changed_by_source = NULL "
                               "WHERE changed_by_source = ?");
      reopen.bind(1, id);
      if (int n = reopen.exec(); n > 0) removed["reopened_appointments"] = n;
      for (const char* table : {"facts", "bank_credits", "payments", "messages", "appointments",
                                "invoices", "time_entries"}) {
        SQLite::Statement q(*db_, fmt::format("DELETE FROM {} WHERE source = ?", table));
        q.bind(1, tag);
        if (int n = q.exec(); n > 0) removed[table] = n;
      }
      SQLite::Statement clients(
          *db_,
          "DELETE FROM clients WHERE created_by_source = ?1 AND NOT EXISTS (SELECT 1 FROM "
          "agreements WHERE client_id = clients.id) AND NOT EXISTS (SELECT 1 FROM facts WHERE "
          "client_id = clients.id) AND NOT EXISTS (SELECT 1 FROM time_entries WHERE client_id = "
          "clients.id) AND NOT EXISTS (SELECT 1 FROM invoices WHERE client_id = clients.id) AND "
          "NOT EXISTS (SELECT 1 FROM payments WHERE client_id = clients.id) AND NOT EXISTS "
          "(SELECT 1 FROM appointments WHERE client_id = clients.id) AND NOT EXISTS (SELECT 1 FROM "
          "messages WHERE client_id = clients.id)");
      clients.bind(1, id);
      if (int n = clients.exec(); n > 0) removed["clients"] = n;
      SQLite::Statement mark(*db_, "UPDATE sources SET undone_at = ? WHERE id = ?");
      mark.bind(1, seconds_of(now));
      mark.bind(2, id);
      mark.exec();
      expect_changed(*db_, TR_NOOP("There is no import with id {}."), id);
    });
    return removed;
  });
}

void SqliteStore::mark_client_created_by(Id client_id, Id source_id) {
  guarded(path_, [&] {
    SQLite::Statement q(*db_, "UPDATE clients SET created_by_source = ? WHERE id = ?");
    q.bind(1, source_id);
    q.bind(2, client_id);
    q.exec();
  });
}

void SqliteStore::remove_payment(Id id) {
  guarded(path_, [&] {
    SQLite::Statement q(*db_, "DELETE FROM payments WHERE id = ?");
    q.bind(1, id);
    q.exec();
    expect_changed(*db_, TR_NOOP("There is no payment with id {}."), id);
  });
}

namespace {
void bind_message(SQLite::Statement& q, const Message& m) {
  q.bind(1, m.client_id);
  q.bind(2, seconds_of(m.sent_at));
  q.bind(3, iso_date(m.local_date));
  q.bind(4, m.minute_of_day);
  q.bind(5, m.incoming ? "in" : "out");
  q.bind(6, m.counterpart);
  q.bind(7, m.thread);
  if (m.subject) {
    q.bind(8, *m.subject);
  } else {
    q.bind(8);
  }
  q.bind(9, m.source);
  q.bind(10, m.import_key);
}
constexpr const char* kMessageInsert =
    "INSERT INTO messages (client_id, sent_at, local_date, minute_of_day, direction, "
    "counterpart, thread, subject, source, import_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (import_key) DO NOTHING";
}  // namespace

Id SqliteStore::add_message(const Message& m) {
  return guarded(path_, [&] {
    SQLite::Statement q(*db_, kMessageInsert);
    bind_message(q, m);
    return q.exec() == 0 ? Id{0} : db_->getLastInsertRowid();
  });
}

std::size_t SqliteStore::add_messages(const std::vector<Message>& messages) {
  return guarded(path_, [&] {
    std::size_t added = 0;
    transaction([&] {
      SQLite::Statement q(*db_, kMessageInsert);
      for (const auto& m : messages) {
        q.reset();
        bind_message(q, m);
        added += static_cast<std::size_t>(q.exec());
      }
    });
    return added;
  });
}

std::vector<Message> SqliteStore::messages(std::optional<Id> client_id, Date since) const {
  return guarded(path_, [&] {
    SQLite::Statement q(*db_,
                        std::string("SELECT id, client_id, sent_at, local_date, minute_of_day, "
                                    "direction, counterpart, thread, subject, source, import_key "
                                    "FROM messages WHERE local_date >= ? ") +
                            (client_id ? "AND client_id = ? " : "") + "ORDER BY sent_at, id");
    q.bind(1, iso_date(since));
    if (client_id) q.bind(2, *client_id);
    std::vector<Message> result;
    while (q.executeStep()) result.push_back(read_message(q));
    return result;
  });
}

Id SqliteStore::add_bank_credit(const BankCredit& c) {
  return guarded(path_, [&] {
    SQLite::Statement q(*db_,
                        "INSERT INTO bank_credits (booked_on, amount_cents, payer, iban, "
                        "remittance, payment_id, source, import_key) VALUES (?, ?, ?, ?, ?, ?, ?, "
                        "?) ON CONFLICT (import_key) DO NOTHING");
    q.bind(1, iso_date(c.booked_on));
    q.bind(2, static_cast<std::int64_t>(c.amount));
    q.bind(3, c.payer);
    q.bind(4, c.iban);
    q.bind(5, c.remittance);
    bind_opt(q, 6, c.payment_id);
    q.bind(7, c.source);
    q.bind(8, c.import_key);
    return q.exec() == 0 ? Id{0} : db_->getLastInsertRowid();
  });
}

std::vector<BankCredit> SqliteStore::bank_credits(bool unassigned_only) const {
  return guarded(path_, [&] {
    SQLite::Statement q(
        *db_, std::string(kCreditSelect) +
                  (unassigned_only ? "WHERE payment_id IS NULL AND reversed_by IS NULL " : "") +
                  "ORDER BY booked_on, id");
    std::vector<BankCredit> result;
    while (q.executeStep()) result.push_back(read_credit(q));
    return result;
  });
}

std::optional<BankCredit> SqliteStore::bank_credit(Id id) const {
  return guarded(path_, [&]() -> std::optional<BankCredit> {
    SQLite::Statement q(*db_, std::string(kCreditSelect) + "WHERE id = ?");
    q.bind(1, id);
    if (!q.executeStep()) return std::nullopt;
    return read_credit(q);
  });
}

void SqliteStore::assign_bank_credit(Id credit_id, Id payment_id) {
  guarded(path_, [&] {
    SQLite::Statement q(*db_, "UPDATE bank_credits SET payment_id = ? WHERE id = ?");
    q.bind(1, payment_id);
    q.bind(2, credit_id);
    q.exec();
    expect_changed(*db_, TR_NOOP("There is no bank credit with id {}."), credit_id);
  });
}

void SqliteStore::reverse_bank_credit(Id credit_id, std::int64_t reversal_key) {
  guarded(path_, [&] {
    transaction([&] {
      SQLite::Statement payment(
          *db_,
          "DELETE FROM payments WHERE id = (SELECT payment_id FROM bank_credits WHERE id = ?)");
      payment.bind(1, credit_id);
      payment.exec();
      SQLite::Statement q(
          *db_, "UPDATE bank_credits SET reversed_by = ?, payment_id = NULL WHERE id = ?");
      q.bind(1, reversal_key);
      q.bind(2, credit_id);
      q.exec();
      expect_changed(*db_, TR_NOOP("There is no bank credit with id {}."), credit_id);
    });
  });
}

bool SqliteStore::bank_reversal_known(std::int64_t reversal_key) const {
  return guarded(path_, [&] {
    SQLite::Statement q(*db_, "SELECT 1 FROM bank_credits WHERE reversed_by = ?");
    q.bind(1, reversal_key);
    return q.executeStep();
  });
}

std::optional<Appointment> SqliteStore::appointment_by_import_key(std::int64_t key) const {
  return guarded(path_, [&]() -> std::optional<Appointment> {
    SQLite::Statement q(*db_, "SELECT id FROM appointments WHERE import_key = ?");
    q.bind(1, key);
    if (!q.executeStep()) return std::nullopt;
    return appointment(q.getColumn(0).getInt64());
  });
}

std::map<std::string, Id> SqliteStore::payer_accounts() const {
  return guarded(path_, [&] {
    SQLite::Statement q(*db_, "SELECT iban, client_id FROM payer_accounts");
    std::map<std::string, Id> result;
    while (q.executeStep()) result[q.getColumn(0).getString()] = q.getColumn(1).getInt64();
    return result;
  });
}

void SqliteStore::save_payer_account(const std::string& iban, Id client_id) {
  guarded(path_, [&] {
    SQLite::Statement q(*db_,
                        "INSERT INTO payer_accounts (iban, client_id) VALUES (?, ?) "
                        "ON CONFLICT (iban) DO UPDATE SET client_id = excluded.client_id");
    q.bind(1, iban);
    q.bind(2, client_id);
    q.exec();
  });
}

std::vector<ImportProfile> SqliteStore::import_profiles() const {
  return guarded(path_, [&] {
    SQLite::Statement q(*db_, "SELECT name, kind, mapping FROM import_profiles ORDER BY name");
    std::vector<ImportProfile> result;
    while (q.executeStep())
      result.push_back(
          {q.getColumn(0).getString(), q.getColumn(1).getString(), q.getColumn(2).getString()});
    return result;
  });
}

void SqliteStore::save_import_profile(const ImportProfile& p) {
  guarded(path_, [&] {
    SQLite::Statement q(*db_,
                        "INSERT INTO import_profiles (name, kind, mapping) VALUES (?, ?, ?) "
                        "ON CONFLICT (name) DO UPDATE SET kind = excluded.kind, "
                        "mapping = excluded.mapping");
    q.bind(1, p.name);
    q.bind(2, p.kind);
    q.bind(3, p.mapping);
    q.exec();
  });
}

}  // namespace rapport::sqlite
