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
