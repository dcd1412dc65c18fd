// SPDX-License-Identifier: GPL-3.0-or-later
// What imports need of the store, on every backend: keyed inserts that never duplicate, bulk
// time entries with their roll-ups, sources and their undo, mail, bank credits, mappings.
#include <gtest/gtest.h>

#include "backends.hpp"
#include "core/error.hpp"

namespace rapport {
namespace {

using namespace std::chrono;
using testing::Backend;
using testing::d;

class ImportStoreTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    std::string name = ::testing::UnitTest::GetInstance()->current_test_info()->name();
    for (char& c : name)
      if (c == '/') c = '_';
    store_ = GetParam().make("imports-" + name).first;
    Client c;
    c.name = "Nordlicht";
    client_ = store_->add_client(c);
    ImportSource s;
    s.format = "toggl";
    s.file = "/tmp/x.csv";
    s.imported_at = sys_days{d(2026, 3, 10)};
    source_ = store_->add_source(s);
  }
  Store& store() { return *store_; }
  TimeEntry entry(Date day, Minutes minutes, std::int64_t key) {
    TimeEntry e;
    e.client_id = client_;
    e.date = day;
    e.minutes = minutes;
    e.source = source_tag(source_);
    e.import_key = key;
    return e;
  }

  std::unique_ptr<Store> store_;
  Id client_ = 0;
  Id source_ = 0;
};

TEST_P(ImportStoreTest, BulkTimeEntriesSkipKnownKeysAndKeepTheRollUps) {
  std::vector<TimeEntry> batch = {entry(d(2026, 3, 2), 90, 1), entry(d(2026, 3, 3), 30, 2),
                                  entry(d(2026, 2, 27), 60, 3)};
  EXPECT_EQ(store().add_time_entries(batch), 3u);
  batch.push_back(entry(d(2026, 3, 4), 15, 4));
  EXPECT_EQ(store().add_time_entries(batch), 1u);  // only the new one
  EXPECT_EQ(store().time_entries(client_).size(), 4u);
  // The monthly roll-ups agree with the entries, and the trigger still works afterwards.
  DateRange march{d(2026, 3, 1), d(2026, 3, 31)};
  EXPECT_EQ(store().time_totals({march}, client_)[client_][march].minutes, 135);
  TimeEntry manual;
  manual.client_id = client_;
  manual.date = d(2026, 3, 20);
  manual.minutes = 60;
  store().add_time_entry(manual);
  EXPECT_EQ(store().time_totals({march}, client_)[client_][march].minutes, 195);
}

TEST_P(ImportStoreTest, AThousandEntriesAtOnceKeepEveryRollUp) {
  Agreement retainer;
  retainer.client_id = client_;
  retainer.title = "Betreuung";
  Id agreement = store().add_agreement(retainer);
  // More rows than one statement takes, over two months, some outside the agreed scope.
  std::vector<TimeEntry> batch;
  Minutes march = 0, april = 0, agreed = 0, out_of_scope = 0;
  for (int i = 0; i < 1000; ++i) {
    Date day = i < 600 ? d(2026, 3, 1 + i % 31) : d(2026, 4, 1 + i % 30);
    TimeEntry e = entry(day, 10 + i % 50, 1000 + i);
    if (i % 3 == 0) e.agreement_id = agreement;
    e.in_scope = i % 7 != 0;
    (i < 600 ? march : april) += e.minutes;
    if (e.agreement_id && e.in_scope) agreed += e.minutes;
    if (!e.in_scope && i < 600) out_of_scope += e.minutes;
    batch.push_back(e);
  }
  EXPECT_EQ(store().add_time_entries(batch), 1000u);
  // Again, with three new rows among the known ones: only those count.
  for (int i = 0; i < 3; ++i) {
    batch.push_back(entry(d(2026, 4, 30), 7, 5000 + i));
    batch.back().agreement_id = agreement;
    april += 7;
    agreed += 7;
  }
  EXPECT_EQ(store().add_time_entries(batch), 3u);
  DateRange m{d(2026, 3, 1), d(2026, 3, 31)}, a{d(2026, 4, 1), d(2026, 4, 30)};
  auto totals = store().time_totals({m, a}, client_)[client_];
  EXPECT_EQ(totals[m].minutes, march);
  EXPECT_EQ(totals[m].out_of_scope, out_of_scope);
  EXPECT_EQ(totals[m].entries, 600);
  EXPECT_EQ(totals[a].minutes, april);
  EXPECT_EQ(totals[a].entries, 403);
  EXPECT_EQ(store().agreement_minutes(client_)[agreement], agreed);
}

TEST_P(ImportStoreTest, ABulkTransactionIsAllOrNothing) {
  EXPECT_THROW(store().bulk_transaction([&] {
    store().add_time_entries({entry(d(2026, 3, 2), 90, 1)});
    throw Error(ErrorCode::data, "half way");
  }),
               Error);
  EXPECT_TRUE(store().time_entries(client_).empty());
  store().bulk_transaction([&] { store().add_time_entries({entry(d(2026, 3, 2), 90, 1)}); });
  EXPECT_EQ(store().time_entries(client_).size(), 1u);
  // The store writes as before afterwards.
  store().add_time_entries({entry(d(2026, 3, 3), 30, 2)});
  EXPECT_EQ(store().time_entries(client_).size(), 2u);
}

TEST_P(ImportStoreTest, KeyedRecordsAreAddedOnce) {
  Invoice inv;
  inv.client_id = client_;
  inv.number = "RE-1";
  inv.issue_date = d(2026, 3, 1);
  inv.due_date = d(2026, 3, 15);
  inv.net = 10000;
  inv.import_key = 77;
  EXPECT_NE(store().add_invoice(inv), 0);
  inv.number = "RE-1b";  // the same key: the same record
  EXPECT_EQ(store().add_invoice(inv), 0);
  Appointment a;
  a.client_id = client_;
  a.start = sys_days{d(2026, 3, 12)} + hours{9};
  a.zone = "Europe/Berlin";
  a.import_key = 5;
  Id id = store().add_appointment(a);
  EXPECT_NE(id, 0);
  EXPECT_EQ(store().add_appointment(a), 0);
  EXPECT_EQ(store().appointment_by_import_key(5)->id, id);
  EXPECT_FALSE(store().appointment_by_import_key(6));
}

TEST_P(ImportStoreTest, UndoRemovesWhatTheImportAddedAndReopensWhatItCancelled) {
  store().add_time_entries({entry(d(2026, 3, 2), 90, 1)});
  Appointment a;
  a.client_id = client_;
  a.start = sys_days{d(2026, 3, 12)} + hours{9};
  a.zone = "Europe/Berlin";
  a.id = store().add_appointment(a);  // entered by hand
  a.status = AppointmentStatus::cancelled;
  a.cancelled_at = a.start - hours{2};
  a.cancelled_by = Party::client;
  a.changed_by_source = source_;
  store().update_appointment(a);
  Client created;
  created.name = "Neu GmbH";
  Id created_id = store().add_client(created);
  store().mark_client_created_by(created_id, source_);
  auto removed = store().undo_source(source_, sys_days{d(2026, 3, 11)});
  EXPECT_EQ(removed["time_entries"], 1);
  EXPECT_EQ(removed["reopened_appointments"], 1);
  EXPECT_EQ(removed["clients"], 1);
  EXPECT_TRUE(store().time_entries(client_).empty());
  EXPECT_EQ(store().appointment(a.id)->status, AppointmentStatus::scheduled);
  EXPECT_FALSE(store().client(created_id));
  EXPECT_TRUE(store().source(source_)->undone_at);
  DateRange march{d(2026, 3, 1), d(2026, 3, 31)};
  EXPECT_EQ(store().time_totals({march}, client_)[client_][march].minutes, 0);
}

TEST_P(ImportStoreTest, SourcesKeepTheirCounts) {
  ImportSource s = *store().source(source_);
  s.counts = {{"time_entries", 12}, {"known", 3}};
  s.scope = "ics:Arbeit";
  s.seen_at = sys_days{d(2026, 3, 9)};
  store().update_source(s);
  auto all = store().sources();
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].counts.at("time_entries"), 12);
  EXPECT_EQ(all[0].scope, "ics:Arbeit");
  EXPECT_EQ(*all[0].seen_at, sys_days{d(2026, 3, 9)});
}

TEST_P(ImportStoreTest, MessagesBankCreditsAndMappings) {
  Message m;
  m.client_id = client_;
  m.sent_at = sys_days{d(2026, 3, 2)} + hours{6};
  m.local_date = d(2026, 3, 2);
  m.minute_of_day = 7 * 60;
  m.counterpart = "jens@krume.de";
  m.source = source_tag(source_);
  m.import_key = 9;
  EXPECT_EQ(store().add_messages({m, m}), 1u);
  auto messages = store().messages(client_, d(2026, 1, 1));
  ASSERT_EQ(messages.size(), 1u);
  EXPECT_FALSE(messages[0].subject);
  EXPECT_TRUE(store().messages(client_, d(2026, 3, 3)).empty());

  BankCredit c;
  c.booked_on = d(2026, 3, 4);
  c.amount = 47600;
  c.payer = "Krume";
  c.source = source_tag(source_);
  c.import_key = 11;
  c.id = store().add_bank_credit(c);
  EXPECT_EQ(store().add_bank_credit(c), 0);
  EXPECT_EQ(store().bank_credits(true).size(), 1u);
  Payment p;
  p.client_id = client_;
  p.date = c.booked_on;
  p.amount = c.amount;
  p.source = c.source;
  Id payment = store().add_payment(p);
  store().assign_bank_credit(c.id, payment);
  EXPECT_TRUE(store().bank_credits(true).empty());
  store().reverse_bank_credit(c.id, 12);
  EXPECT_TRUE(store().bank_reversal_known(12));
  EXPECT_TRUE(store().payments(client_).empty());   // the returned credit's payment is gone
  EXPECT_TRUE(store().bank_credits(true).empty());  // and it waits for nobody

  store().save_payer_account("DE44", client_);
  EXPECT_EQ(store().payer_accounts().at("DE44"), client_);

  store().save_import_profile({"mine", "time", "date=Datum"});
  store().save_import_profile({"mine", "time", "date=Tag"});
  auto profiles = store().import_profiles();
  ASSERT_EQ(profiles.size(), 1u);
  EXPECT_EQ(profiles[0].mapping, "date=Tag");
}

INSTANTIATE_TEST_SUITE_P(Backends, ImportStoreTest, ::testing::ValuesIn(testing::backends()),
                         [](const auto& info) { return info.param.name; });

}  // namespace
}  // namespace rapport
