// SPDX-License-Identifier: GPL-3.0-or-later
#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>

#include "backends.hpp"
#include "core/error.hpp"
#include "store/sqlite/migrations.hpp"

namespace rapport {
namespace {

TEST(Migrations, AreNumberedWithoutGaps) {
  int expected = 1;
  for (const auto& m : sqlite::migrations()) EXPECT_EQ(m.version, expected++);
  EXPECT_EQ(sqlite::latest_version(), expected - 1);
}

TEST(Migrations, UpgradeADatabaseOfMigrationOneAndKeepItsData) {
  std::string path = (testing::scratch_dir("upgrade") / "old.db").string();
  EXPECT_EQ(open_store(path, 1)->schema_version(), 1);
  {
    // A client and a fact as migration 1 stored them, without the later columns.
    SQLite::Database db(path, SQLite::OPEN_READWRITE);
    db.exec(
        "INSERT INTO clients (name, name_key, status) VALUES ('Altkunde', 'altkunde', 'active')");
    db.exec(
        "INSERT INTO client_handles (client_id, kind, value, value_key, position) VALUES (1, "
        "'email', 'alt@example.de', 'alt@example.de', 0)");
    db.exec(
        "INSERT INTO facts (client_id, kind, date, notice_minutes, note) VALUES (1, "
        "'cancellation', "
        "'2026-02-01', 120, 'alt')");
    EXPECT_FALSE(db.tableExists("appointments"));
  }
  auto upgraded = open_store(path);
  EXPECT_EQ(upgraded->schema_version(), sqlite::latest_version());
  auto clients = upgraded->clients();
  ASSERT_EQ(clients.size(), 1u);
  EXPECT_EQ(clients[0].emails, std::vector<std::string>{"alt@example.de"});
  EXPECT_FALSE(clients[0].reference);
  auto facts = upgraded->facts(FactQuery{});
  ASSERT_EQ(facts.size(), 1u);
  EXPECT_EQ(facts[0].notice, 120);
  EXPECT_EQ(facts[0].appointment_id, std::nullopt);
  // The tables of migration 2 work.
  Invoice inv;
  inv.client_id = clients[0].id;
  inv.number = "1";
  inv.issue_date = inv.due_date = facts[0].date;
  EXPECT_NO_THROW(upgraded->add_invoice(inv));
  // Opening again applies nothing twice.
  EXPECT_EQ(open_store(path)->schema_version(), sqlite::latest_version());
}

TEST(Migrations, TimeEntriesKeepTheirRowsIndexesAndTriggersThroughTheRebuild) {
  std::string path = (testing::scratch_dir("rebuild") / "six.db").string();
  Id client = 0, entry_id = 0;
  {
    auto six = open_store(path, 6);
    Client c;
    c.name = "Altkunde";
    client = six->add_client(c);
    TimeEntry e;
    e.client_id = client;
    e.date = testing::d(2026, 2, 3);
    e.minutes = 90;
    e.note = "von Hand";
    entry_id = six->add_time_entry(e);
    e.import_key = 42;
    e.note = "importiert";
    six->add_time_entries({e});
    SQLite::Database(path, SQLite::OPEN_READWRITE).exec("ANALYZE");
  }
  auto store = open_store(path);
  auto entries = store->time_entries(client);
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].id, entry_id);
  EXPECT_EQ(entries[0].note, "von Hand");
  TimeEntry again = entries[1];
  again.import_key = 42;
  EXPECT_EQ(store->add_time_entries({again}), 0u);  // the import key is still unique
  DateRange february{testing::d(2026, 2, 1), testing::d(2026, 2, 28)};
  EXPECT_EQ(store->time_totals({february}, client)[client][february].minutes, 180);

  SQLite::Database db(path, SQLite::OPEN_READWRITE);
  db.exec("DELETE FROM time_entries WHERE id = " + std::to_string(entry_id));
  // The roll-up triggers came back.
  EXPECT_EQ(store->time_totals({february}, client)[client][february].minutes, 90);
  EXPECT_EQ(db.execAndGet("SELECT COUNT(*) FROM sqlite_master WHERE tbl_name = 'time_entries' "
                          "AND type IN ('index', 'trigger')")
                .getInt(),
            5);
  // What ANALYZE learnt of the indexes is kept.
  EXPECT_EQ(db.execAndGet("SELECT COUNT(*) FROM sqlite_stat1 WHERE tbl = 'time_entries'").getInt(),
            2);
  // The one constraint still refuses what the seven did.
  for (std::string values : {"'2026-02-31x', 10, 1", "'2026-02-03', -1, 1", "'03.02.2026', 10, 1",
                             "'2026-02-03', 10, 2"})
    EXPECT_THROW(db.exec("INSERT INTO time_entries (client_id, date, minutes, billable) VALUES (" +
                         std::to_string(client) + ", " + values + ")"),
                 SQLite::Exception)
        << values;
}

TEST(SqliteStore, ANewDatabaseHasPagesOf16KiB) {
  std::string path = (testing::scratch_dir("pages") / "new.db").string();
  open_store(path);
  SQLite::Database db(path, SQLite::OPEN_READONLY);
  EXPECT_EQ(db.execAndGet("PRAGMA page_size").getInt(), 16384);
}

TEST(SqliteStore, ABulkWriteReturnsToTheWriteAheadLogAndWorksBesideAnotherConnection) {
  std::string path = (testing::scratch_dir("bulk") / "bulk.db").string();
  auto store = open_store(path);
  Client c;
  c.name = "Erster";
  store->bulk_transaction([&] { store->add_client(c); });
  {
    SQLite::Database db(path, SQLite::OPEN_READONLY);
    EXPECT_EQ(db.execAndGet("PRAGMA journal_mode").getString(), "wal");
  }
  // Another connection keeps the log in use: the write goes through it, as ever.
  SQLite::Database reader(path, SQLite::OPEN_READONLY);
  EXPECT_EQ(reader.execAndGet("SELECT COUNT(*) FROM clients").getInt(), 1);
  c.name = "Zweiter";
  store->bulk_transaction([&] { store->add_client(c); });
  EXPECT_EQ(reader.execAndGet("SELECT COUNT(*) FROM clients").getInt(), 2);
  EXPECT_EQ(reader.execAndGet("PRAGMA journal_mode").getString(), "wal");
}

TEST(Migrations, RefuseADatabaseFromANewerRapport) {
  std::string path = (testing::scratch_dir("newer") / "new.db").string();
  open_store(path);
  {
    SQLite::Database db(path, SQLite::OPEN_READWRITE);
    db.exec("INSERT INTO schema_migrations (version, description) VALUES (999, 'future')");
  }
  try {
    open_store(path);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::io);
  }
}

TEST(Migrations, AFileThatIsNotADatabaseIsAnIoError) {
  auto dir = testing::scratch_dir("garbage");
  std::string path = (dir / "notes.txt").string();
  {
    std::ofstream out(path);
    out << std::string(4096, 'x');
  }
  try {
    open_store(path);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::io);
    EXPECT_NE(e.message().find("not a rapport database"), std::string::npos) << e.message();
  }
}

}  // namespace
}  // namespace rapport
