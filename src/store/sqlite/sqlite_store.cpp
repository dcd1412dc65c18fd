// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sqlite/sqlite_store.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include <filesystem>
#include <unordered_map>

#include "core/error.hpp"
#include "core/text.hpp"
#include "i18n/i18n.hpp"
#include "store/sqlite/migrations.hpp"
#include "store/sqlite/support.hpp"

namespace rapport::sqlite {
namespace {

// `message` is a msgid with one {} for the id, e.g. "There is no fact with id {}.".

constexpr const char* kHandleKinds[] = {"alias", "domain", "email", "tag"};

const std::vector<std::string>& handles_of(const Client& c, std::string_view kind) {
  if (kind == "alias") return c.aliases;
  if (kind == "domain") return c.domains;
  if (kind == "email") return c.emails;
  return c.tags;
}

std::vector<std::string>& handles_of(Client& c, std::string_view kind) {
  return const_cast<std::vector<std::string>&>(handles_of(static_cast<const Client&>(c), kind));
}

// Messages for a handle taken by another client: {0} the value, {1} the other client.
const char* handle_taken_message(std::string_view kind) {
  if (kind == "alias") return TR_NOOP("The alias \"{0}\" already belongs to the client \"{1}\".");
  if (kind == "domain")
    return TR_NOOP("The mail domain \"{0}\" already belongs to the client \"{1}\".");
  return TR_NOOP("The e-mail address \"{0}\" already belongs to the client \"{1}\".");
}

// How long a write waits for another connection's lock before it gives up.
constexpr int kBusyTimeoutMs = 5000;

// SQLite counts its memory under a global mutex unless told not to; nothing here reads the
// counts. It can only be told before it starts, so this runs before every first open: the
// language setting is peeked at before the store opens, and that open would start SQLite.
void configure_sqlite() {
  static const int configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
  (void)configured;
}

}  // namespace

SqliteStore::SqliteStore(const std::string& path, std::optional<int> up_to_version) : path_(path) {
  configure_sqlite();
  guarded(path_, [&] {
    if (path_ != ":memory:") {
      auto dir = std::filesystem::path(path_).parent_path();
      std::error_code ec;
      if (!dir.empty()) std::filesystem::create_directories(dir, ec);
      if (std::filesystem::is_directory(path_))
        throw Error(ErrorCode::io, trf("{} is a directory, not a database file.", path_),
                    tr("Give --db the path of a file, e.g. ~/rapport.db."));
    }
    // One connection per store, used by one thread at a time: SQLite's own locks are not needed.
    db_ = std::make_unique<SQLite::Database>(
        path_, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE | SQLite::OPEN_NOMUTEX);
    db_->setBusyTimeout(kBusyTimeoutMs);
    db_->exec("PRAGMA foreign_keys = ON");
    // Pages of 16 KiB instead of 4: a large import writes a quarter of the pages, and a status
    // reads fewer. Takes effect only on a new file (before its first page is written).
    db_->exec("PRAGMA page_size = 16384");
    if (path_ != ":memory:") db_->exec("PRAGMA journal_mode = WAL");
    db_->exec("PRAGMA synchronous = NORMAL");
    db_->exec("PRAGMA cache_size = -8192");
    // Statement journals (one per statement that fires triggers) stay in memory, not in a
    // temporary file written page by page.
    db_->exec("PRAGMA temp_store = MEMORY");
    migrate(up_to_version.value_or(latest_version()));
  });
}

SqliteStore::~SqliteStore() = default;

void SqliteStore::migrate(int up_to_version) {
  db_->exec(
      "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, description TEXT "
      "NOT NULL, applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))) STRICT");
  int current = schema_version();
  if (current > latest_version())
    throw Error(ErrorCode::io,
                trf("The database {0} has schema version {1}; this rapport knows only up to {2}.",
                    path_, current, latest_version()),
                tr("Update rapport to use this database."));
  for (const auto& m : migrations()) {
    if (m.version <= current || m.version > up_to_version) continue;
    SQLite::Transaction step(*db_, SQLite::TransactionBehavior::IMMEDIATE);
    if (!m.rebuild.table.empty()) rebuild_table(*db_, m.rebuild);
    if (!m.sql.empty()) db_->exec(std::string(m.sql));
    SQLite::Statement record(*db_,
                             "INSERT INTO schema_migrations (version, description) VALUES (?, ?)");
    record.bind(1, m.version);
    record.bind(2, std::string(m.description));
    record.exec();
    step.commit();
  }
}

int SqliteStore::schema_version() const {
  return guarded(path_, [&] {
    SQLite::Statement q(*db_, "SELECT COALESCE(MAX(version), 0) FROM schema_migrations");
    q.executeStep();
    return q.getColumn(0).getInt();
  });
}

void SqliteStore::transaction(const std::function<void()>& work) {
  run_transaction("BEGIN IMMEDIATE", work);
}

namespace {

// For one large write, the database is switched to a rollback journal and back afterwards. In
// write-ahead mode every page is written twice, to the log and later into the file; a rollback
// journal keeps only the pages the write changes, and pages added at the end need no copy.
// Leaving the log takes the only connection: if another one is open (a second rapport, the
// web server), the switch fails at once and the write goes through the log as always. After a
// crash the journal is rolled back on the next open, which also switches back to the log.
class RollbackJournal {
 public:
  explicit RollbackJournal(SQLite::Database& db) : db_(db) {
    try {
      db_.setBusyTimeout(0);
      switched_ = db_.execAndGet("PRAGMA journal_mode = DELETE").getString() == "delete";
    } catch (const SQLite::Exception&) {
      switched_ = false;  // locked by another connection
    }
    db_.setBusyTimeout(kBusyTimeoutMs);
    // Without the log, NORMAL would leave a window in which a power cut damages the file.
    if (switched_) db_.exec("PRAGMA synchronous = FULL");
  }
  ~RollbackJournal() {
    if (!switched_) return;
    try {
      db_.exec("PRAGMA journal_mode = WAL");
      db_.exec("PRAGMA synchronous = NORMAL");
    } catch (const SQLite::Exception&) {
      // Someone opened the file meanwhile; the next open switches back.
    }
  }
  RollbackJournal(const RollbackJournal&) = delete;
  RollbackJournal& operator=(const RollbackJournal&) = delete;

 private:
  SQLite::Database& db_;
  bool switched_ = false;
};

}  // namespace

void SqliteStore::bulk_transaction(const std::function<void()>& work) {
  if (transaction_depth_ > 0 || path_ == ":memory:") return transaction(work);
  RollbackJournal journal(*db_);
  transaction(work);
}

void SqliteStore::read_transaction(const std::function<void()>& work) const {
  run_transaction("BEGIN DEFERRED", work);
}

// Runs `work` between `begin` and COMMIT, or ROLLBACK when it throws; nested calls join.
void SqliteStore::run_transaction(const char* begin, const std::function<void()>& work) const {
  if (transaction_depth_ > 0) {
    work();
    return;
  }
  guarded(path_, [&] { db_->exec(begin); });
  ++transaction_depth_;
  try {
    guarded(path_, work);
    --transaction_depth_;
    guarded(path_, [&] { db_->exec("COMMIT"); });
  } catch (...) {
    if (transaction_depth_ > 0) --transaction_depth_;
    try {
      db_->exec("ROLLBACK");
    } catch (const SQLite::Exception&) {
      // Nothing to roll back: COMMIT itself failed and SQLite already undid the transaction.
    }
    throw;
  }
}

// ---- clients ----------------------------------------------------------------------------

void SqliteStore::write_handles(const Client& client) {
  SQLite::Statement clear(*db_, "DELETE FROM client_handles WHERE client_id = ?");
  clear.bind(1, client.id);
  clear.exec();
  for (std::string_view kind : kHandleKinds) {
    int position = 0;
    for (const auto& value : handles_of(client, kind)) {
      std::string key = text::fold_case(value);
      if (kind != "tag") {
        SQLite::Statement owner(
            *db_,
            "SELECT c.name FROM client_handles h JOIN clients c ON c.id = h.client_id "
            "WHERE h.kind = ? AND h.value_key = ? AND h.client_id <> ?");
        owner.bind(1, std::string(kind));
        owner.bind(2, key);
        owner.bind(3, client.id);
        if (owner.executeStep())
          throw data_error(
              trf(handle_taken_message(kind), value, owner.getColumn(0).getString()),
              tr("An alias, mail domain or e-mail address can point to one client only."));
      }
      SQLite::Statement insert(
          *db_,
          "INSERT OR IGNORE INTO client_handles (client_id, kind, value, value_key, "
          "position) VALUES (?, ?, ?, ?, ?)");
      insert.bind(1, client.id);
      insert.bind(2, std::string(kind));
      insert.bind(3, value);
      insert.bind(4, key);
      insert.bind(5, position++);
      insert.exec();
    }
  }
}

Id SqliteStore::add_client(const Client& client) {
  return guarded(path_, [&] {
    Id id = 0;
    transaction([&] {
      SQLite::Statement q(
          *db_,
          "INSERT INTO clients (name, name_key, status, notes, ended_on, reference) "
          "VALUES (?, ?, ?, ?, ?, ?)");
      q.bind(1, client.name);
      q.bind(2, text::fold_case(client.name));
      q.bind(3, std::string(code(client.status)));
      q.bind(4, client.notes);
      bind_date(q, 5, client.ended_on);
      q.bind(6, client.reference ? 1 : 0);
      q.exec();
      id = db_->getLastInsertRowid();
      Client stored = client;
      stored.id = id;
      write_handles(stored);
    });
    return id;
  });
}

void SqliteStore::update_client(const Client& client) {
  guarded(path_, [&] {
    transaction([&] {
      SQLite::Statement q(
          *db_,
          "UPDATE clients SET name = ?, name_key = ?, status = ?, notes = ?, ended_on = ?, "
          "reference = ? WHERE id = ?");
      q.bind(1, client.name);
      q.bind(2, text::fold_case(client.name));
      q.bind(3, std::string(code(client.status)));
      q.bind(4, client.notes);
      bind_date(q, 5, client.ended_on);
      q.bind(6, client.reference ? 1 : 0);
      q.bind(7, client.id);
      q.exec();
      expect_changed(*db_, TR_NOOP("There is no client with id {}."), client.id);
      write_handles(client);
    });
  });
}

void SqliteStore::remove_client(Id id) {
  guarded(path_, [&] {
    transaction([&] {
      SQLite::Statement q(*db_, "DELETE FROM clients WHERE id = ?");
      q.bind(1, id);
      q.exec();
      expect_changed(*db_, TR_NOOP("There is no client with id {}."), id);
    });
  });
}

std::vector<Client> SqliteStore::select_clients(const std::string& where,
                                                std::optional<Id> id) const {
  std::vector<Client> result;
  SQLite::Statement q(*db_, "SELECT id, name, status, notes, ended_on, reference FROM clients " +
                                where + " ORDER BY name_key");
  if (id) q.bind(1, *id);
  while (q.executeStep()) {
    Client c;
    c.id = q.getColumn(0).getInt64();
    c.name = q.getColumn(1).getString();
    c.status = client_status_from_code(q.getColumn(2).getString());
    c.notes = q.getColumn(3).getString();
    c.ended_on = read_opt_date(q.getColumn(4));
    c.reference = q.getColumn(5).getInt() != 0;
    result.push_back(std::move(c));
  }
  // All handles in one query rather than one per client.
  std::map<Id, Client*> by_id;
  for (auto& c : result) by_id[c.id] = &c;
  SQLite::Statement h(*db_, std::string("SELECT client_id, kind, value FROM client_handles") +
                                (id ? " WHERE client_id = ?" : "") +
                                " ORDER BY client_id, kind, position");
  if (id) h.bind(1, *id);
  while (h.executeStep()) {
    auto it = by_id.find(h.getColumn(0).getInt64());
    if (it != by_id.end())
      handles_of(*it->second, h.getColumn(1).getText()).push_back(h.getColumn(2).getString());
  }
  return result;
}

std::optional<Client> SqliteStore::client(Id id) const {
  return guarded(path_, [&]() -> std::optional<Client> {
    auto found = select_clients("WHERE id = ?", id);
    if (found.empty()) return std::nullopt;
    return found.front();
  });
}

std::vector<Client> SqliteStore::clients() const {
  return guarded(path_, [&] { return select_clients("", std::nullopt); });
}

// ---- agreements -------------------------------------------------------------------------

namespace {
constexpr const char* kAgreementColumns =
    "client_id, title, contract_type, pricing, price_cents, included_minutes, included_revisions, "
    "start_date, end_date, term, renewal, notice_clause, payment_days, "
    "cancellation_notice_minutes, "
    "trust_based, termination_form, note, ended_on, fee_period";

void bind_agreement(SQLite::Statement& q, const Agreement& a) {
  q.bind(1, a.client_id);
  q.bind(2, a.title);
  q.bind(3, std::string(code(a.type)));
  q.bind(4, std::string(code(a.pricing)));
  q.bind(5, static_cast<int64_t>(a.price));
  bind_opt(q, 6, a.included_minutes);
  bind_opt(q, 7, a.included_revisions);
  bind_date(q, 8, a.start);
  bind_date(q, 9, a.end);
  bind_period(q, 10, a.term);
  bind_period(q, 11, a.renewal);
  q.bind(12, a.notice_clause);
  bind_opt(q, 13, a.payment_days);
  bind_opt(q, 14, a.cancellation_notice);
  q.bind(15, a.trust_based ? 1 : 0);
  q.bind(16, std::string(code(a.form)));
  q.bind(17, a.note);
  bind_date(q, 18, a.ended_on);
  if (a.fee_period) {
    q.bind(19, std::string(code(*a.fee_period)));
  } else {
    q.bind(19);
  }
}
}  // namespace

void SqliteStore::write_scope(const Agreement& a) {
  SQLite::Statement clear(*db_, "DELETE FROM agreement_scope WHERE agreement_id = ?");
  clear.bind(1, a.id);
  clear.exec();
  SQLite::Statement insert(
      *db_,
      "INSERT INTO agreement_scope (agreement_id, included, position, item) VALUES (?, ?, ?, ?)");
  for (int included = 1; included >= 0; --included) {
    const auto& items = included ? a.scope_in : a.scope_out;
    for (std::size_t i = 0; i < items.size(); ++i) {
      insert.reset();
      insert.bind(1, a.id);
      insert.bind(2, included);
      insert.bind(3, static_cast<int>(i));
      insert.bind(4, items[i]);
      insert.exec();
    }
  }
}

Id SqliteStore::add_agreement(const Agreement& agreement) {
  return guarded(path_, [&] {
    Id id = 0;
    transaction([&] {
      SQLite::Statement q(*db_,
                          std::string("INSERT INTO agreements (") + kAgreementColumns +
                              ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
      bind_agreement(q, agreement);
      q.exec();
      id = db_->getLastInsertRowid();
      Agreement stored = agreement;
      stored.id = id;
      write_scope(stored);
    });
    return id;
  });
}

void SqliteStore::update_agreement(const Agreement& agreement) {
  guarded(path_, [&] {
    transaction([&] {
      SQLite::Statement q(
          *db_,
          "UPDATE agreements SET client_id = ?, title = ?, contract_type = ?, pricing = ?, "
          "price_cents = ?, included_minutes = ?, included_revisions = ?, start_date = ?, "
          "end_date = ?, term = ?, renewal = ?, notice_clause = ?, payment_days = ?, "
          "cancellation_notice_minutes = ?, trust_based = ?, termination_form = ?, note = ?, "
          "ended_on = ?, fee_period = ? WHERE id = ?");
      bind_agreement(q, agreement);
      q.bind(20, agreement.id);
      q.exec();
      expect_changed(*db_, TR_NOOP("There is no agreement with id {}."), agreement.id);
      write_scope(agreement);
    });
  });
}

std::vector<Agreement> SqliteStore::select_agreements(const std::string& where,
                                                      std::optional<Id> id) const {
  std::vector<Agreement> result;
  SQLite::Statement q(*db_, std::string("SELECT id, ") + kAgreementColumns + " FROM agreements " +
                                where + " ORDER BY id");
  if (id) q.bind(1, *id);
  while (q.executeStep()) {
    Agreement a;
    a.id = q.getColumn(0).getInt64();
    a.client_id = q.getColumn(1).getInt64();
    a.title = q.getColumn(2).getString();
    a.type = contract_type_from_code(q.getColumn(3).getString());
    a.pricing = pricing_from_code(q.getColumn(4).getString());
    a.price = q.getColumn(5).getInt64();
    a.included_minutes = read_opt_int64(q.getColumn(6));
    a.included_revisions = read_opt_int(q.getColumn(7));
    a.start = read_opt_date(q.getColumn(8));
    a.end = read_opt_date(q.getColumn(9));
    a.term = read_opt_period(q.getColumn(10));
    a.renewal = read_opt_period(q.getColumn(11));
    a.notice_clause = q.getColumn(12).getString();
    a.payment_days = read_opt_int(q.getColumn(13));
    a.cancellation_notice = read_opt_int64(q.getColumn(14));
    a.trust_based = q.getColumn(15).getInt() != 0;
    a.form = termination_form_from_code(q.getColumn(16).getString());
    a.note = q.getColumn(17).getString();
    a.ended_on = read_opt_date(q.getColumn(18));
    if (!q.getColumn(19).isNull()) a.fee_period = fee_period_from_code(q.getColumn(19).getString());
    result.push_back(std::move(a));
  }
  SQLite::Statement s(*db_,
                      "SELECT included, item FROM agreement_scope WHERE agreement_id = ? ORDER BY "
                      "included DESC, position");
  for (auto& a : result) {
    s.reset();
    s.bind(1, a.id);
    while (s.executeStep())
      (s.getColumn(0).getInt() ? a.scope_in : a.scope_out).push_back(s.getColumn(1).getString());
  }
  return result;
}

std::optional<Agreement> SqliteStore::agreement(Id id) const {
  return guarded(path_, [&]() -> std::optional<Agreement> {
    auto found = select_agreements("WHERE id = ?", id);
    if (found.empty()) return std::nullopt;
    return found.front();
  });
}

std::vector<Agreement> SqliteStore::agreements(std::optional<Id> client_id) const {
  return guarded(
      path_, [&] { return select_agreements(client_id ? "WHERE client_id = ?" : "", client_id); });
}

// ---- facts ------------------------------------------------------------------------------

namespace {
constexpr const char* kFactColumns =
    "client_id, agreement_id, appointment_id, kind, date, minute_of_day, hours_minutes, "
    "amount_cents, "
    "notice_minutes, severity, mood, note, recorded_by, source";

void bind_fact(SQLite::Statement& q, const Fact& f) {
  q.bind(1, f.client_id);
  bind_opt(q, 2, f.agreement_id);
  bind_opt(q, 3, f.appointment_id);
  q.bind(4, std::string(code(f.kind)));
  q.bind(5, iso_date(f.date));
  bind_opt(q, 6, f.minute_of_day);
  bind_opt(q, 7, f.hours);
  bind_opt(q, 8, f.amount);
  bind_opt(q, 9, f.notice);
  bind_opt(q, 10, f.severity);
  bind_opt(q, 11, f.mood);
  q.bind(12, f.note);
  q.bind(13, f.recorded_by);
  q.bind(14, f.source);
}

Fact read_fact(const Row& r) {
  Fact f;
  f.id = r.int64(0);
  f.client_id = r.int64(1);
  f.agreement_id = r.opt_int64(2);
  f.appointment_id = r.opt_int64(3);
  f.kind = fact_kind_from_code(r.text(4));
  f.date = r.date(5);
  f.minute_of_day = r.opt_int(6);
  f.hours = r.opt_int64(7);
  f.amount = r.opt_int64(8);
  f.notice = r.opt_int64(9);
  f.severity = r.opt_int(10);
  f.mood = r.opt_int(11);
  f.note = r.text(12);
  f.recorded_by = r.text(13);
  f.source = r.text(14);
  return f;
}
}  // namespace

Id SqliteStore::add_fact(const Fact& fact) {
  return guarded(path_, [&] {
    SQLite::Statement q(*db_, std::string("INSERT INTO facts (") + kFactColumns +
                                  ", import_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                  "?) ON CONFLICT (import_key) WHERE import_key IS NOT NULL DO "
                                  "NOTHING");
    bind_fact(q, fact);
    bind_opt(q, 15, fact.import_key);
    return q.exec() == 0 ? Id{0} : db_->getLastInsertRowid();
  });
}

void SqliteStore::update_fact(const Fact& fact) {
  guarded(path_, [&] {
    SQLite::Statement q(
        *db_,
        "UPDATE facts SET client_id = ?, agreement_id = ?, appointment_id = ?, kind = ?, date = ?, "
        "minute_of_day = ?, hours_minutes = ?, amount_cents = ?, notice_minutes = ?, severity = ?, "
        "mood = ?, note = ?, recorded_by = ?, source = ? WHERE id = ?");
    bind_fact(q, fact);
    q.bind(15, fact.id);
    q.exec();
    expect_changed(*db_, TR_NOOP("There is no fact with id {}."), fact.id);
  });
}

void SqliteStore::remove_fact(Id id) {
  guarded(path_, [&] {
    SQLite::Statement q(*db_, "DELETE FROM facts WHERE id = ?");
    q.bind(1, id);
    q.exec();
    expect_changed(*db_, TR_NOOP("There is no fact with id {}."), id);
  });
}

std::optional<Fact> SqliteStore::fact(Id id) const {
  return guarded(path_, [&]() -> std::optional<Fact> {
    Query q(*db_, std::string("SELECT id, ") + kFactColumns + " FROM facts WHERE id = ?");
    q.bind(1, static_cast<std::int64_t>(id));
    if (!q.step()) return std::nullopt;
    return read_fact(q.row());
  });
}

std::vector<Fact> SqliteStore::facts(const FactQuery& query) const {
  if (!query.details && !query.client_id && !query.kind) return fact_signals(query.since);
  return guarded(path_, [&] {
    std::string sql = std::string("SELECT id, ") + kFactColumns + " FROM facts WHERE 1 = 1";
    if (query.client_id) sql += " AND client_id = ?1";
    if (query.kind) sql += " AND kind = ?2";
    if (query.since) sql += " AND date >= ?3";
    sql += " ORDER BY date, COALESCE(minute_of_day, -1), id";
    Query q(*db_, sql);
    if (query.client_id) q.bind(1, *query.client_id);
    if (query.kind) q.bind(2, std::string(code(*query.kind)));
    if (query.since) q.bind(3, iso_date(*query.since));
    std::vector<Fact> result;
    while (q.step()) result.push_back(read_fact(q.row()));
    return result;
  });
}

// All facts since a day without their texts, read from the covering index facts_signals
// alone: the health of every client needs tens of thousands of them.
std::vector<Fact> SqliteStore::fact_signals(std::optional<Date> since) const {
  return guarded(path_, [&] {
    // The same columns as kFactColumns, with the texts left empty.
    Query q(*db_,
            "SELECT id, client_id, agreement_id, NULL, kind, date, minute_of_day, hours_minutes, "
            "amount_cents, notice_minutes, severity, mood, '', recorded_by, '' "
            "FROM facts INDEXED BY facts_signals WHERE date >= ? ORDER BY date");
    q.bind(1, iso_date(since.value_or(kBeginningOfTime)));
    std::vector<Fact> result;
    while (q.step()) result.push_back(read_fact(q.row()));
    return result;
  });
}

// ---- time entries -----------------------------------------------------------------------

Id SqliteStore::add_time_entry(const TimeEntry& e) {
  return guarded(path_, [&] {
    SQLite::Statement q(
        *db_,
        "INSERT INTO time_entries (client_id, agreement_id, date, start_minute, "
        "end_minute, minutes, "
        "billable, in_scope, note, source, import_key) VALUES (?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?, ?) ON CONFLICT (import_key) WHERE import_key IS NOT NULL DO "
        "NOTHING");
    q.bind(1, e.client_id);
    bind_opt(q, 2, e.agreement_id);
    q.bind(3, iso_date(e.date));
    bind_opt(q, 4, e.start_minute);
    bind_opt(q, 5, e.end_minute);
    q.bind(6, static_cast<int64_t>(e.minutes));
    q.bind(7, e.billable ? 1 : 0);
    q.bind(8, e.in_scope ? 1 : 0);
    q.bind(9, e.note);
    q.bind(10, e.source);
    bind_opt(q, 11, e.import_key);
    return q.exec() == 0 ? Id{0} : db_->getLastInsertRowid();
  });
}

std::vector<TimeEntry> SqliteStore::time_entries(std::optional<Id> client_id) const {
  return guarded(path_, [&] {
    SQLite::Statement q(
        *db_, std::string("SELECT id, client_id, agreement_id, date, start_minute, end_minute, "
                          "minutes, billable, in_scope, note, source FROM time_entries ") +
                  (client_id ? "WHERE client_id = ? " : "") + "ORDER BY date, id");
    if (client_id) q.bind(1, *client_id);
    std::vector<TimeEntry> result;
    while (q.executeStep()) {
      TimeEntry e;
      e.id = q.getColumn(0).getInt64();
      e.client_id = q.getColumn(1).getInt64();
      e.agreement_id = read_opt_int64(q.getColumn(2));
      e.date = read_date(q.getColumn(3));
      e.start_minute = read_opt_int(q.getColumn(4));
      e.end_minute = read_opt_int(q.getColumn(5));
      e.minutes = q.getColumn(6).getInt64();
      e.billable = q.getColumn(7).getInt() != 0;
      e.in_scope = q.getColumn(8).getInt() != 0;
      e.note = q.getColumn(9).getString();
      e.source = q.getColumn(10).getString();
      result.push_back(std::move(e));
    }
    return result;
  });
}

// ---- invoices ---------------------------------------------------------------------------

namespace {
constexpr const char* kInvoiceSelect =
    "SELECT id, client_id, agreement_id, number, issue_date, due_date, net_cents, gross_cents, "
    "status, note, "
    "source FROM invoices ";

Invoice read_invoice(SQLite::Statement& q) {
  Invoice i;
  i.id = q.getColumn(0).getInt64();
  i.client_id = q.getColumn(1).getInt64();
  i.agreement_id = read_opt_int64(q.getColumn(2));
  i.number = q.getColumn(3).getString();
  i.issue_date = read_date(q.getColumn(4));
  i.due_date = read_date(q.getColumn(5));
  i.net = q.getColumn(6).getInt64();
  i.gross = read_opt_int64(q.getColumn(7));
  i.status = invoice_status_from_code(q.getColumn(8).getText());
  i.note = q.getColumn(9).getString();
  i.source = q.getColumn(10).getString();
  return i;
}

void bind_invoice(SQLite::Statement& q, const Invoice& i) {
  q.bind(1, i.client_id);
  bind_opt(q, 2, i.agreement_id);
  q.bind(3, i.number);
  q.bind(4, iso_date(i.issue_date));
  q.bind(5, iso_date(i.due_date));
  q.bind(6, static_cast<int64_t>(i.net));
  bind_opt(q, 7, i.gross);
  q.bind(8, std::string(code(i.status)));
  q.bind(9, i.note);
  q.bind(10, i.source);
}
}  // namespace

Id SqliteStore::add_invoice(const Invoice& invoice) {
  return guarded(path_, [&] {
    SQLite::Statement q(
        *db_,
        "INSERT INTO invoices (client_id, agreement_id, number, issue_date, due_date, net_cents, "
        "gross_cents, status, note, source, import_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (import_key) WHERE import_key IS NOT NULL DO NOTHING");
    bind_invoice(q, invoice);
    bind_opt(q, 11, invoice.import_key);
    return q.exec() == 0 ? Id{0} : db_->getLastInsertRowid();
  });
}

void SqliteStore::update_invoice(const Invoice& invoice) {
  guarded(path_, [&] {
    SQLite::Statement q(
        *db_,
        "UPDATE invoices SET client_id = ?, agreement_id = ?, number = ?, issue_date = ?, "
        "due_date = ?, net_cents = ?, gross_cents = ?, status = ?, note = ?, source = ? WHERE id = "
        "?");
    bind_invoice(q, invoice);
    q.bind(11, invoice.id);
    q.exec();
    expect_changed(*db_, TR_NOOP("There is no invoice with id {}."), invoice.id);
  });
}

std::optional<Invoice> SqliteStore::invoice(Id id) const {
  return guarded(path_, [&]() -> std::optional<Invoice> {
    SQLite::Statement q(*db_, std::string(kInvoiceSelect) + "WHERE id = ?");
    q.bind(1, id);
    if (!q.executeStep()) return std::nullopt;
    return read_invoice(q);
  });
}

std::optional<Invoice> SqliteStore::invoice_by_number(const std::string& number) const {
  return guarded(path_, [&]() -> std::optional<Invoice> {
    SQLite::Statement q(*db_, std::string(kInvoiceSelect) + "WHERE number = ?");
    q.bind(1, number);
    if (!q.executeStep()) return std::nullopt;
    return read_invoice(q);
  });
}

std::vector<Invoice> SqliteStore::invoices(std::optional<Id> client_id) const {
  return guarded(path_, [&] {
    SQLite::Statement q(*db_, std::string(kInvoiceSelect) +
                                  (client_id ? "WHERE client_id = ? " : "") +
                                  "ORDER BY issue_date, number");
    if (client_id) q.bind(1, *client_id);
    std::vector<Invoice> result;
    while (q.executeStep()) result.push_back(read_invoice(q));
    return result;
  });
}

// ---- payments ---------------------------------------------------------------------------

Id SqliteStore::add_payment(const Payment& p) {
  return guarded(path_, [&] {
    SQLite::Statement q(
        *db_,
        "INSERT INTO payments (client_id, invoice_id, date, amount_cents, reference, source, "
        "import_key) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (import_key) WHERE import_key IS NOT "
        "NULL DO NOTHING");
    q.bind(1, p.client_id);
    bind_opt(q, 2, p.invoice_id);
    q.bind(3, iso_date(p.date));
    q.bind(4, static_cast<int64_t>(p.amount));
    q.bind(5, p.reference);
    q.bind(6, p.source);
    bind_opt(q, 7, p.import_key);
    return q.exec() == 0 ? Id{0} : db_->getLastInsertRowid();
  });
}

std::vector<Payment> SqliteStore::payments(std::optional<Id> client_id) const {
  return guarded(path_, [&] {
    SQLite::Statement q(
        *db_, std::string("SELECT id, client_id, invoice_id, date, amount_cents, reference, source "
                          "FROM payments ") +
                  (client_id ? "WHERE client_id = ? " : "") + "ORDER BY date, id");
    if (client_id) q.bind(1, *client_id);
    std::vector<Payment> result;
    while (q.executeStep()) {
      Payment p;
      p.id = q.getColumn(0).getInt64();
      p.client_id = q.getColumn(1).getInt64();
      p.invoice_id = read_opt_int64(q.getColumn(2));
      p.date = read_date(q.getColumn(3));
      p.amount = q.getColumn(4).getInt64();
      p.reference = q.getColumn(5).getString();
      p.source = q.getColumn(6).getString();
      result.push_back(std::move(p));
    }
    return result;
  });
}

// ---- appointments -----------------------------------------------------------------------

namespace {
constexpr const char* kAppointmentSelect =
    "SELECT id, client_id, agreement_id, title, start_at, end_at, zone, status, cancelled_at, "
    "cancelled_by, note, "
    "source, import_key, changed_by_source FROM appointments ";

void bind_appointment(SQLite::Statement& q, const Appointment& a) {
  q.bind(1, a.client_id);
  bind_opt(q, 2, a.agreement_id);
  q.bind(3, a.title);
  q.bind(4, static_cast<int64_t>(a.start.time_since_epoch().count()));
  if (a.end) {
    q.bind(5, static_cast<int64_t>(a.end->time_since_epoch().count()));
  } else {
    q.bind(5);
  }
  q.bind(6, a.zone);
  q.bind(7, std::string(code(a.status)));
  if (a.cancelled_at) {
    q.bind(8, static_cast<int64_t>(a.cancelled_at->time_since_epoch().count()));
  } else {
    q.bind(8);
  }
  if (a.cancelled_by) {
    q.bind(9, std::string(code(*a.cancelled_by)));
  } else {
    q.bind(9);
  }
  q.bind(10, a.note);
  q.bind(11, a.source);
  bind_opt(q, 12, a.import_key);
  bind_opt(q, 13, a.changed_by_source);
}

Appointment read_appointment(SQLite::Statement& q) {
  Appointment a;
  a.id = q.getColumn(0).getInt64();
  a.client_id = q.getColumn(1).getInt64();
  a.agreement_id = read_opt_int64(q.getColumn(2));
  a.title = q.getColumn(3).getString();
  a.start = Instant{std::chrono::seconds{q.getColumn(4).getInt64()}};
  a.end = read_opt_instant(q.getColumn(5));
  a.zone = q.getColumn(6).getString();
  a.status = appointment_status_from_code(q.getColumn(7).getString());
  a.cancelled_at = read_opt_instant(q.getColumn(8));
  if (!q.getColumn(9).isNull()) a.cancelled_by = party_from_code(q.getColumn(9).getString());
  a.note = q.getColumn(10).getString();
  a.source = q.getColumn(11).getString();
  a.import_key = read_opt_int64(q.getColumn(12));
  a.changed_by_source = read_opt_int64(q.getColumn(13));
  return a;
}
}  // namespace

Id SqliteStore::add_appointment(const Appointment& a) {
  return guarded(path_, [&] {
    SQLite::Statement q(
        *db_,
        "INSERT INTO appointments (client_id, agreement_id, title, start_at, end_at, zone, status, "
        "cancelled_at, cancelled_by, note, source, import_key, changed_by_source) VALUES (?, ?, ?, "
        "?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (import_key) WHERE import_key IS NOT NULL DO "
        "NOTHING");
    bind_appointment(q, a);
    return q.exec() == 0 ? Id{0} : db_->getLastInsertRowid();
  });
}

void SqliteStore::update_appointment(const Appointment& a) {
  guarded(path_, [&] {
    SQLite::Statement q(*db_,
                        "UPDATE appointments SET client_id = ?, agreement_id = ?, title = ?, "
                        "start_at = ?, end_at = ?, "
                        "zone = ?, status = ?, cancelled_at = ?, cancelled_by = ?, note = ?, "
                        "source = ?, import_key = ?, changed_by_source = ? WHERE id = ?");
    bind_appointment(q, a);
    q.bind(14, a.id);
    q.exec();
    expect_changed(*db_, TR_NOOP("There is no appointment with id {}."), a.id);
  });
}

std::optional<Appointment> SqliteStore::appointment(Id id) const {
  return guarded(path_, [&]() -> std::optional<Appointment> {
    SQLite::Statement q(*db_, std::string(kAppointmentSelect) + "WHERE id = ?");
    q.bind(1, id);
    if (!q.executeStep()) return std::nullopt;
    return read_appointment(q);
  });
}

std::vector<Appointment> SqliteStore::appointments(std::optional<Id> client_id) const {
  return guarded(path_, [&] {
    SQLite::Statement q(*db_, std::string(kAppointmentSelect) +
                                  (client_id ? "WHERE client_id = ? " : "") +
                                  "ORDER BY start_at, id");
    if (client_id) q.bind(1, *client_id);
    std::vector<Appointment> result;
    while (q.executeStep()) result.push_back(read_appointment(q));
    return result;
  });
}

// ---- settings ---------------------------------------------------------------------------

std::vector<law::BaseRate> SqliteStore::base_rates() const {
  return guarded(path_, [&] {
    std::vector<law::BaseRate> rates;
    SQLite::Statement q(*db_, "SELECT valid_from, percent FROM base_rates ORDER BY valid_from");
    while (q.executeStep())
      rates.push_back({read_date(q.getColumn(0)), q.getColumn(1).getDouble(), false});
    return rates;
  });
}

void SqliteStore::add_base_rate(const law::BaseRate& rate) {
  guarded(path_, [&] {
    transaction([&] {
      SQLite::Statement q(*db_,
                          "INSERT INTO base_rates (valid_from, percent) VALUES (?, ?) "
                          "ON CONFLICT (valid_from) DO UPDATE SET percent = excluded.percent");
      q.bind(1, iso_date(rate.from));
      q.bind(2, rate.percent);
      q.exec();
    });
  });
}

std::map<std::string, std::string> SqliteStore::settings() const {
  return guarded(path_, [&] {
    std::map<std::string, std::string> result;
    SQLite::Statement q(*db_, "SELECT key, value FROM settings");
    while (q.executeStep()) result[q.getColumn(0).getString()] = q.getColumn(1).getString();
    return result;
  });
}

void SqliteStore::set_setting(const std::string& key, const std::string& value) {
  guarded(path_, [&] {
    SQLite::Statement q(
        *db_,
        "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = "
        "excluded.value");
    q.bind(1, key);
    q.bind(2, value);
    q.exec();
  });
}

void SqliteStore::remove_setting(const std::string& key) {
  guarded(path_, [&] {
    SQLite::Statement q(*db_, "DELETE FROM settings WHERE key = ?");
    q.bind(1, key);
    q.exec();
  });
}

std::optional<std::string> peek_setting(const std::string& path, const std::string& key) {
  try {
    if (!std::filesystem::is_regular_file(path)) return std::nullopt;
    configure_sqlite();
    SQLite::Database db(path, SQLite::OPEN_READONLY);
    SQLite::Statement q(db, "SELECT value FROM settings WHERE key = ?");
    q.bind(1, key);
    if (q.executeStep()) return q.getColumn(0).getString();
  } catch (const std::exception&) {
    // Not a database yet, or no settings table: the caller falls back to its default.
  }
  return std::nullopt;
}

}  // namespace rapport::sqlite

// ---- health: roll-ups, thresholds, check state -------------------------------------------

namespace rapport::sqlite {
namespace {

Date first_of_month(Date d) {
  return Date{d.year(), d.month(), std::chrono::day{1}};
}

Date last_of_month(Date d) {
  return Date{std::chrono::year_month_day_last{d.year(), std::chrono::month_day_last{d.month()}}};
}

}  // namespace

void SqliteStore::add_time_sums(const std::string& sql, const std::string& from,
                                const std::string& to, std::optional<Id> client_id,
                                const DateRange& range,
                                std::map<Id, std::map<DateRange, TimeTotals>>& out) const {
  SQLite::Statement q(*db_, sql);
  q.bind(1, from);
  q.bind(2, to);
  if (client_id) q.bind(3, *client_id);
  while (q.executeStep()) {
    TimeTotals& t = out[q.getColumn(0).getInt64()][range];
    t.minutes += q.getColumn(1).getInt64();
    t.out_of_scope += q.getColumn(2).getInt64();
    t.entries += q.getColumn(3).getInt64();
  }
}

std::map<Id, std::map<DateRange, TimeTotals>> SqliteStore::time_totals(
    const std::vector<DateRange>& ranges, std::optional<Id> client_id) const {
  return guarded(path_, [&] {
    const std::string client_filter = client_id ? " AND client_id = ?3" : "";
    const std::string by_month =
        "SELECT client_id, SUM(minutes), SUM(out_of_scope_minutes), SUM(entries) FROM "
        "time_by_month "
        "WHERE month BETWEEN ?1 AND ?2" +
        client_filter + " GROUP BY client_id";
    // The days of partial months are summed here rather than by GROUP BY: SQLite would sort
    // tens of thousands of rows by client first.
    const std::string by_day =
        "SELECT client_id, minutes, in_scope FROM time_entries INDEXED BY time_entries_date "
        "WHERE date BETWEEN ?1 AND ?2" +
        client_filter;
    std::map<std::pair<Date, Date>, std::unordered_map<Id, TimeTotals>>
        day_sums;  // ranges share partial months
    auto sum_days = [&](Date from, Date to) -> const std::unordered_map<Id, TimeTotals>& {
      auto [it, added] = day_sums.try_emplace({from, to});
      if (!added) return it->second;
      Query q(*db_, by_day);
      q.bind(1, iso_date(from));
      q.bind(2, iso_date(to));
      if (client_id) q.bind(3, *client_id);
      while (q.step()) {
        Row r = q.row();
        TimeTotals& t = it->second[r.int64(0)];
        Minutes minutes = r.int64(1);
        t.minutes += minutes;
        if (r.integer(2) == 0) t.out_of_scope += minutes;
        ++t.entries;
      }
      return it->second;
    };
    std::map<Id, std::map<DateRange, TimeTotals>> out;
    auto add_days_of = [&](Date from, Date to, const DateRange& range) {
      for (const auto& [id, sums] : sum_days(from, to)) {
        TimeTotals& t = out[id][range];
        t.minutes += sums.minutes;
        t.out_of_scope += sums.out_of_scope;
        t.entries += sums.entries;
      }
    };
    for (const auto& range : ranges) {
      // Whole months come from the roll-up, the partial months at either end from the entries.
      Date full_first = range.first == first_of_month(range.first)
                            ? range.first
                            : add_days(last_of_month(range.first), 1);
      Date full_last = range.last == last_of_month(range.last)
                           ? range.last
                           : add_days(first_of_month(range.last), -1);
      if (full_first > full_last) {
        add_days_of(range.first, range.last, range);
        continue;
      }
      add_time_sums(by_month, month_of(full_first), month_of(full_last), client_id, range, out);
      if (range.first < full_first) add_days_of(range.first, add_days(full_first, -1), range);
      if (full_last < range.last) add_days_of(add_days(full_last, 1), range.last, range);
    }
    return out;
  });
}

std::map<Id, Minutes> SqliteStore::agreement_minutes(std::optional<Id> client_id) const {
  return guarded(path_, [&] {
    SQLite::Statement q(
        *db_,
        std::string("SELECT t.agreement_id, t.in_scope_minutes FROM time_by_agreement t") +
            (client_id ? " JOIN agreements a ON a.id = t.agreement_id WHERE a.client_id = ?" : ""));
    if (client_id) q.bind(1, *client_id);
    std::map<Id, Minutes> out;
    while (q.executeStep()) out[q.getColumn(0).getInt64()] = q.getColumn(1).getInt64();
    return out;
  });
}

std::vector<InvoiceLedger> SqliteStore::invoice_ledger(Date since,
                                                       std::optional<Id> client_id) const {
  return guarded(path_, [&] {
    constexpr const char* kColumns =
        "SELECT id, client_id, agreement_id, number, issue_date, due_date, net_cents, gross_cents, "
        "status, "
        "paid_cents, last_paid_on FROM invoices ";
    // Three lookups that each use an index: the recent invoices from the covering index, and
    // the few older ones still open or falling due in the period.
    std::vector<std::string> queries;
    if (client_id) {
      queries.push_back(
          std::string(kColumns) +
          "WHERE client_id = ?2 AND (issue_date >= ?1 OR due_date >= ?1 OR status = 'open')");
    } else {
      queries.push_back(std::string(kColumns) +
                        "INDEXED BY invoices_ledger WHERE issue_date >= ?1");
      queries.push_back(std::string(kColumns) +
                        "INDEXED BY invoices_open WHERE status = 'open' AND issue_date < ?1");
      queries.push_back(std::string(kColumns) +
                        "WHERE due_date >= ?1 AND issue_date < ?1 AND status <> 'open'");
    }
    std::vector<InvoiceLedger> out;
    for (const auto& sql : queries) {
      Query q(*db_, sql);
      q.bind(1, iso_date(since));
      if (client_id) q.bind(2, *client_id);
      while (q.step()) {
        Row r = q.row();
        InvoiceLedger l;
        Invoice& i = l.invoice;
        i.id = r.int64(0);
        i.client_id = r.int64(1);
        i.agreement_id = r.opt_int64(2);
        i.number = r.text(3);
        i.issue_date = r.date(4);
        i.due_date = r.date(5);
        i.net = r.int64(6);
        i.gross = r.opt_int64(7);
        i.status = invoice_status_from_code(r.text(8));
        l.paid = r.int64(9);
        l.last_paid_on = r.opt_date(10);
        out.push_back(std::move(l));
      }
    }
    return out;
  });
}

Cents SqliteStore::revenue_between(const DateRange& range) const {
  return guarded(path_, [&] {
    SQLite::Statement q(
        *db_,
        "SELECT COALESCE(SUM(net_cents), 0) FROM invoices WHERE status <> 'cancelled' AND "
        "issue_date BETWEEN ? AND ?");
    q.bind(1, iso_date(range.first));
    q.bind(2, iso_date(range.last));
    q.executeStep();
    return static_cast<Cents>(q.getColumn(0).getInt64());
  });
}

std::optional<std::vector<Threshold>> SqliteStore::thresholds() const {
  return guarded(path_, [&]() -> std::optional<std::vector<Threshold>> {
    SQLite::Statement flag(*db_, "SELECT value FROM meta WHERE key = 'thresholds_customised'");
    if (!flag.executeStep() || flag.getColumn(0).getString() != "1") return std::nullopt;
    SQLite::Statement q(
        *db_,
        "SELECT id, metric, comparison, value, relative_to_target, window_code, level, note "
        "FROM thresholds ORDER BY id");
    std::vector<Threshold> rules;
    while (q.executeStep()) {
      Threshold t;
      t.id = q.getColumn(0).getInt64();
      auto metric = find_metric(q.getColumn(1).getString());
      if (!metric) continue;  // a metric of a newer rapport
      t.metric = *metric;
      t.comparison = parse_comparison(q.getColumn(2).getString(), "database");
      t.value = q.getColumn(3).getDouble();
      t.relative_to_target = q.getColumn(4).getInt() != 0;
      if (q.getColumn(5).isNull()) {
        t.window.reset();
      } else {
        t.window = parse_period(q.getColumn(5).getString(), "database");
      }
      t.level = parse_level(q.getColumn(6).getString(), "database");
      t.note = q.getColumn(7).getString();
      rules.push_back(std::move(t));
    }
    return rules;
  });
}

void SqliteStore::replace_thresholds(const std::vector<Threshold>& rules) {
  guarded(path_, [&] {
    transaction([&] {
      db_->exec("DELETE FROM thresholds");
      SQLite::Statement q(*db_,
                          "INSERT INTO thresholds (metric, comparison, value, relative_to_target, "
                          "window_code, level, "
                          "note) VALUES (?, ?, ?, ?, ?, ?, ?)");
      for (const auto& t : rules) {
        q.reset();
        q.bind(1, std::string(spec(t.metric).name));
        q.bind(2, std::string(code(t.comparison)));
        q.bind(3, t.value);
        q.bind(4, t.relative_to_target ? 1 : 0);
        bind_period(q, 5, t.window);
        q.bind(6, std::string(code(t.level)));
        q.bind(7, t.note);
        q.exec();
      }
      db_->exec(
          "INSERT INTO meta (key, value) VALUES ('thresholds_customised', '1') "
          "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    });
  });
}

void SqliteStore::reset_thresholds() {
  guarded(path_, [&] {
    transaction([&] {
      db_->exec("DELETE FROM thresholds");
      db_->exec("DELETE FROM meta WHERE key = 'thresholds_customised'");
    });
  });
}

std::map<Id, CheckRecord> SqliteStore::check_records() const {
  return guarded(path_, [&] {
    std::map<Id, CheckRecord> out;
    SQLite::Statement q(*db_, "SELECT client_id, band, breaches, checked_at FROM check_state");
    while (q.executeStep()) {
      CheckRecord r;
      r.band = q.getColumn(1).getString();
      r.breaches = text::split(q.getColumn(2).getString(), ' ');
      r.checked_at = q.getColumn(3).getString();
      out[q.getColumn(0).getInt64()] = std::move(r);
    }
    return out;
  });
}

void SqliteStore::save_check_records(const std::map<Id, CheckRecord>& records) {
  guarded(path_, [&] {
    transaction([&] {
      db_->exec("DELETE FROM check_state");
      SQLite::Statement q(
          *db_,
          "INSERT INTO check_state (client_id, band, breaches, checked_at) VALUES (?, ?, ?, ?)");
      for (const auto& [id, r] : records) {
        q.reset();
        q.bind(1, id);
        q.bind(2, r.band);
        q.bind(3, text::join(r.breaches, " "));
        q.bind(4, r.checked_at);
        q.exec();
      }
    });
  });
}

}  // namespace rapport::sqlite
