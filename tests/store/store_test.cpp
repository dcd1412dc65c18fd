// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "backends.hpp"
#include "core/error.hpp"

namespace rapport {
namespace {

using namespace std::chrono;
using testing::Backend;
using testing::d;

class StoreTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    std::string name = ::testing::UnitTest::GetInstance()->current_test_info()->name();
    for (char& c : name)
      if (c == '/') c = '_';
    auto [store, location] = GetParam().make(name);
    store_ = std::move(store);
  }
  Store& store() { return *store_; }

  Id some_client(const std::string& name = "Nordlicht") {
    Client c;
    c.name = name;
    return store().add_client(c);
  }

  std::unique_ptr<Store> store_;
};

TEST_P(StoreTest, ClientRoundTripWithEveryField) {
  Client c;
  c.name = "Müller GmbH";
  c.aliases = {"Müller", "MG"};
  c.domains = {"mueller.de"};
  c.emails = {"anna@mueller.de", "buchhaltung@mueller.de"};
  c.status = ClientStatus::paused;
  c.tags = {"reference", "print"};
  c.notes = "Seit 2024.";
  c.ended_on = d(2026, 3, 1);
  c.id = store().add_client(c);
  auto back = store().client(c.id);
  ASSERT_TRUE(back);
  EXPECT_EQ(back->name, c.name);
  EXPECT_EQ(back->aliases, c.aliases);
  EXPECT_EQ(back->domains, c.domains);
  EXPECT_EQ(back->emails, c.emails);
  EXPECT_EQ(back->status, c.status);
  EXPECT_EQ(back->tags, c.tags);
  EXPECT_EQ(back->notes, c.notes);
  EXPECT_EQ(back->ended_on, c.ended_on);

  back->aliases = {"MG"};
  back->status = ClientStatus::active;
  store().update_client(*back);
  EXPECT_EQ(store().client(c.id)->aliases, std::vector<std::string>{"MG"});
  EXPECT_EQ(store().clients().size(), 1u);
}

TEST_P(StoreTest, AnAddressBelongsToOneClientAndAFailedAddWritesNothing) {
  Client a;
  a.name = "A";
  a.emails = {"x@example.de"};
  store().add_client(a);
  Client b;
  b.name = "B";
  b.emails = {"X@example.de"};
  try {
    store().add_client(b);  // the client row goes in first, then the address fails
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::data);
    EXPECT_NE(e.message().find("\"A\""), std::string::npos) << e.message();
  }
  EXPECT_EQ(store().clients().size(), 1u);
}

TEST_P(StoreTest, ATransactionIsAllOrNothing) {
  try {
    store().transaction([&] {
      some_client("First");
      Fact f;
      f.client_id = 9999;  // no such client: the foreign key refuses it
      f.date = d(2026, 3, 1);
      store().add_fact(f);
    });
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::data);
  }
  EXPECT_TRUE(store().clients().empty());
}

TEST_P(StoreTest, TheDatabaseRefusesValuesOutOfRange) {
  Fact f;
  f.client_id = some_client();
  f.date = d(2026, 3, 1);
  f.severity = 5;
  EXPECT_THROW(store().add_fact(f), Error);
  f.severity = 1;
  f.mood = -3;
  EXPECT_THROW(store().add_fact(f), Error);
}

TEST_P(StoreTest, AgreementRoundTripWithEveryField) {
  Agreement a;
  a.client_id = some_client();
  a.title = "Rahmenvereinbarung";
  a.type = ContractType::werkvertrag;
  a.pricing = Pricing::retainer;
  a.price = 150000;
  a.included_minutes = 600;
  a.included_revisions = 2;
  a.scope_in = {"Website", "Logo"};
  a.scope_out = {"Druck"};
  a.start = d(2026, 1, 1);
  a.term = Period{12, PeriodUnit::months};
  a.renewal = Period{1, PeriodUnit::years};
  a.notice_clause = "3 Monate zum Ende der Laufzeit";
  a.payment_days = 30;
  a.cancellation_notice = 48 * 60;
  a.trust_based = true;
  a.form = TerminationForm::written;
  a.note = "unterschrieben";
  a.id = store().add_agreement(a);
  auto back = store().agreement(a.id);
  ASSERT_TRUE(back);
  EXPECT_EQ(back->title, a.title);
  EXPECT_EQ(back->type, a.type);
  EXPECT_EQ(back->pricing, a.pricing);
  EXPECT_EQ(back->price, a.price);
  EXPECT_EQ(back->included_minutes, a.included_minutes);
  EXPECT_EQ(back->included_revisions, a.included_revisions);
  EXPECT_EQ(back->scope_in, a.scope_in);
  EXPECT_EQ(back->scope_out, a.scope_out);
  EXPECT_EQ(back->start, a.start);
  EXPECT_EQ(back->end, std::nullopt);
  EXPECT_EQ(back->term, a.term);
  EXPECT_EQ(back->renewal, a.renewal);
  EXPECT_EQ(back->notice_clause, a.notice_clause);
  EXPECT_EQ(back->payment_days, a.payment_days);
  EXPECT_EQ(back->cancellation_notice, a.cancellation_notice);
  EXPECT_TRUE(back->trust_based);
  EXPECT_EQ(back->form, a.form);
  EXPECT_EQ(back->note, a.note);

  back->ended_on = d(2026, 6, 30);
  back->scope_out.clear();
  store().update_agreement(*back);
  auto ended = store().agreement(a.id);
  EXPECT_EQ(ended->ended_on, d(2026, 6, 30));
  EXPECT_TRUE(ended->scope_out.empty());
  EXPECT_FALSE(ended->running_on(d(2026, 7, 1)));
  EXPECT_EQ(store().agreements(a.client_id).size(), 1u);
  EXPECT_TRUE(store().agreements(a.client_id + 1).empty());
}

TEST_P(StoreTest, FactRoundTripAndQueries) {
  Id client = some_client();
  Id other = some_client("Other");
  Fact f;
  f.client_id = client;
  f.kind = FactKind::cancellation;
  f.date = d(2026, 3, 2);
  f.minute_of_day = 7 * 60;
  f.hours = 90;
  f.amount = 12345;
  f.notice = 180;
  f.severity = 2;
  f.mood = -1;
  f.note = "Absage am Morgen";
  f.recorded_by = "Alex";
  f.source = "import:3";
  f.id = store().add_fact(f);
  auto back = store().fact(f.id);
  ASSERT_TRUE(back);
  EXPECT_EQ(back->kind, f.kind);
  EXPECT_EQ(back->date, f.date);
  EXPECT_EQ(back->minute_of_day, f.minute_of_day);
  EXPECT_EQ(back->hours, f.hours);
  EXPECT_EQ(back->amount, f.amount);
  EXPECT_EQ(back->notice, f.notice);
  EXPECT_EQ(back->severity, f.severity);
  EXPECT_EQ(back->mood, f.mood);
  EXPECT_EQ(back->note, f.note);
  EXPECT_EQ(back->recorded_by, f.recorded_by);
  EXPECT_EQ(back->source, f.source);

  Fact older = f;
  older.kind = FactKind::appreciation;
  older.date = d(2026, 1, 5);
  older.notice.reset();
  store().add_fact(older);
  Fact elsewhere = older;
  elsewhere.client_id = other;
  store().add_fact(elsewhere);

  auto all = store().facts(FactQuery{client, std::nullopt, std::nullopt});
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all.front().kind, FactKind::appreciation);  // oldest first
  EXPECT_EQ(store().facts(FactQuery{client, FactKind::cancellation, std::nullopt}).size(), 1u);
  EXPECT_EQ(store().facts(FactQuery{client, std::nullopt, d(2026, 2, 1)}).size(), 1u);

  back->note = "korrigiert";
  store().update_fact(*back);
  EXPECT_EQ(store().fact(f.id)->note, "korrigiert");
  store().remove_fact(f.id);
  EXPECT_FALSE(store().fact(f.id));
  EXPECT_THROW(store().remove_fact(f.id), Error);
}

TEST_P(StoreTest, TimeInvoicePaymentAndAppointmentRoundTrips) {
  Id client = some_client();
  TimeEntry e;
  e.client_id = client;
  e.date = d(2026, 3, 3);
  e.start_minute = 9 * 60;
  e.end_minute = 10 * 60 + 30;
  e.minutes = 90;
  e.billable = false;
  e.in_scope = false;
  e.note = "Extra";
  store().add_time_entry(e);
  auto entries = store().time_entries(client);
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].start_minute, e.start_minute);
  EXPECT_EQ(entries[0].end_minute, e.end_minute);
  EXPECT_EQ(entries[0].minutes, 90);
  EXPECT_FALSE(entries[0].billable);
  EXPECT_FALSE(entries[0].in_scope);

  Invoice inv;
  inv.client_id = client;
  inv.number = "2026-001";
  inv.issue_date = d(2026, 3, 1);
  inv.due_date = d(2026, 3, 15);
  inv.net = 100000;
  inv.gross = 119000;
  inv.id = store().add_invoice(inv);
  auto by_number = store().invoice_by_number("2026-001");
  ASSERT_TRUE(by_number);
  EXPECT_EQ(by_number->id, inv.id);
  EXPECT_EQ(by_number->gross, 119000);
  EXPECT_EQ(by_number->status, InvoiceStatus::open);
  EXPECT_THROW(store().add_invoice(inv), Error);  // the number is taken

  Payment p;
  p.client_id = client;
  p.invoice_id = inv.id;
  p.date = d(2026, 3, 20);
  p.amount = 119000;
  p.reference = "RE 2026-001";
  store().add_payment(p);
  auto payments = store().payments(client);
  ASSERT_EQ(payments.size(), 1u);
  EXPECT_EQ(payments[0].invoice_id, inv.id);
  EXPECT_EQ(payments[0].amount, 119000);
  EXPECT_EQ(payments[0].reference, p.reference);

  Appointment a;
  a.client_id = client;
  a.title = "Workshop";
  a.start = Instant{seconds{1'773'000'000}};
  a.end = a.start + hours{2};
  a.zone = "Europe/Berlin";
  a.id = store().add_appointment(a);
  a.status = AppointmentStatus::cancelled;
  a.cancelled_at = a.start - hours{3};
  a.cancelled_by = Party::client;
  store().update_appointment(a);
  auto back = store().appointment(a.id);
  ASSERT_TRUE(back);
  EXPECT_EQ(back->start, a.start);
  EXPECT_EQ(back->end, a.end);
  EXPECT_EQ(back->zone, a.zone);
  EXPECT_EQ(back->status, AppointmentStatus::cancelled);
  EXPECT_EQ(back->cancelled_at, a.cancelled_at);
  EXPECT_EQ(back->cancelled_by, Party::client);
}

TEST_P(StoreTest, RemovingAClientRemovesEverythingOfIt) {
  Id client = some_client();
  Id keep = some_client("Keep");
  Agreement a;
  a.client_id = client;
  a.title = "A";
  store().add_agreement(a);
  Fact f;
  f.client_id = client;
  f.date = d(2026, 1, 1);
  store().add_fact(f);
  f.client_id = keep;
  store().add_fact(f);
  Invoice inv;
  inv.client_id = client;
  inv.number = "1";
  inv.issue_date = inv.due_date = d(2026, 1, 1);
  store().add_invoice(inv);
  store().remove_client(client);
  EXPECT_FALSE(store().client(client));
  EXPECT_TRUE(store().agreements(client).empty());
  EXPECT_TRUE(store().facts(FactQuery{client, std::nullopt, std::nullopt}).empty());
  EXPECT_TRUE(store().invoices(client).empty());
  EXPECT_EQ(store().facts(FactQuery{keep, std::nullopt, std::nullopt}).size(), 1u);
}

TEST_P(StoreTest, Settings) {
  EXPECT_TRUE(store().settings().empty());
  store().set_setting("target_rate", "95.00");
  store().set_setting("target_rate", "100.00");
  EXPECT_EQ(store().settings().at("target_rate"), "100.00");
  store().remove_setting("target_rate");
  EXPECT_TRUE(store().settings().empty());
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreTest, ::testing::ValuesIn(testing::backends()),
                         [](const auto& info) { return info.param.name; });

}  // namespace
}  // namespace rapport
