// SPDX-License-Identifier: GPL-3.0-or-later
#include "harness.hpp"

namespace rapport::testing {
namespace {

TEST(TimeCommands, HoursOrStartAndEnd) {
  Rapport r;
  r.ok({"client", "add", "Alpha"});
  EXPECT_EQ(r.ok({"time", "add", "Alpha", "--date", "09.03.2026", "--hours", "1,5"}).out,
            "Recorded 1.5 h for \"Alpha\" on 2026-03-09.\n");
  auto e = r.ok({"time", "add", "Alpha", "--start", "09:00", "--end", "11:15", "--out-of-scope",
                 "--unbilled", "--note", "Extra", "--json"})
               .json();
  EXPECT_EQ(e["hours"], 2.25);
  EXPECT_EQ(e["start"], "09:00");
  EXPECT_EQ(e["end"], "11:15");
  EXPECT_EQ(e["in_scope"], false);
  EXPECT_EQ(e["billable"], false);
  EXPECT_EQ(e["date"], "2026-03-10");
  auto list = r.ok({"time", "list", "Alpha", "--json"}).json();
  ASSERT_EQ(list.size(), 2u);
  Result table = r.de({"time", "list"});
  EXPECT_NE(table.out.find("3,75 h"), std::string::npos) << table.out;
  EXPECT_NE(table.out.find("2,25 h außerhalb"), std::string::npos) << table.out;
}

TEST(TimeCommands, RefusesWhatCannotBeRight) {
  Rapport r;
  r.ok({"client", "add", "Alpha"});
  std::string before = r.dump();
  EXPECT_EQ(r.run({"time", "add", "Alpha"}).code, 64);
  EXPECT_EQ(r.run({"time", "add", "Alpha", "--start", "09:00"}).code, 64);
  EXPECT_EQ(r.run({"time", "add", "Alpha", "--hours", "-1"}).code, 65);
  EXPECT_EQ(r.run({"time", "add", "Alpha", "--hours", "30"}).code, 65);
  EXPECT_EQ(r.run({"time", "add", "Alpha", "--start", "11:00", "--end", "10:00"}).code, 65);
  EXPECT_EQ(
      r.run({"time", "add", "Alpha", "--start", "09:00", "--end", "10:00", "--hours", "2"}).code,
      65);
  EXPECT_EQ(r.dump(), before);
}

TEST(InvoiceAndPayment, OpenOverdueAndPaid) {
  Rapport r;
  r.ok({"client", "add", "Alpha"});
  r.ok({"client", "add", "Beta"});
  r.ok({"agreement", "add", "Alpha", "--title", "Retainer", "--retainer", "500", "--payment-days",
        "30"});
  EXPECT_EQ(r.ok({"invoice", "add", "Alpha", "--number", "2026-001", "--date", "01.01.2026",
                  "--due", "15.01.2026", "--amount", "1.000,00", "--gross", "1.190,00"})
                .out,
            "Recorded invoice 2026-001 for \"Alpha\": €1,000.00, due 2026-01-15.\n");
  auto second = r.ok({"invoice", "add", "Alpha", "--number", "2026-002", "--date", "2026-03-01",
                      "--amount", "500", "--agreement", "1", "--json"})
                    .json();
  EXPECT_EQ(second["due"], "2026-03-31");  // the agreement's 30 payment days
  r.ok({"invoice", "add", "Beta", "--number", "B-1", "--date", "2026-03-01", "--amount", "200"});
  // B-1 is due 30 days after its date by default (BGB § 286(3)): 2026-03-31.
  auto all = r.ok({"invoice", "list", "--json"}).json();
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[2]["due"], "2026-03-31");
  auto overdue = r.ok({"invoice", "list", "--overdue", "--json"}).json();
  ASSERT_EQ(overdue.size(), 1u);
  EXPECT_EQ(overdue[0]["number"], "2026-001");
  EXPECT_EQ(overdue[0]["days_overdue"], 54);
  EXPECT_EQ(overdue[0]["outstanding"], 1190.0);
  EXPECT_EQ(r.ok({"invoice", "list", "Beta", "--open", "--json"}).json().size(), 1u);

  // A partial payment leaves the rest outstanding; the second settles the invoice.
  Result part = r.ok({"payment", "add", "Alpha", "--date", "2026-03-02", "--amount", "1000",
                      "--invoice", "2026-001"});
  EXPECT_NE(part.out.find("Invoice 2026-001: €190.00 still outstanding."), std::string::npos)
      << part.out;
  Result rest =
      r.ok({"payment", "add", "Alpha", "--amount", "190,00 €", "--invoice", "2026-001"}, "de");
  EXPECT_NE(rest.out.find("Rechnung 2026-001 ist bezahlt."), std::string::npos) << rest.out;
  auto paid = r.ok({"invoice", "list", "Alpha", "--json"}).json();
  EXPECT_EQ(paid[0]["status"], "paid");
  EXPECT_EQ(paid[0]["paid"], 1190.0);
  EXPECT_EQ(paid[0]["outstanding"], 0.0);
  EXPECT_TRUE(r.ok({"invoice", "list", "--overdue", "--json"}).json().empty());
  auto payments = r.ok({"payment", "list", "Alpha", "--json"}).json();
  ASSERT_EQ(payments.size(), 2u);
  EXPECT_EQ(payments[0]["reference"], "2026-001");
  EXPECT_EQ(payments[1]["date"], "2026-03-10");
  Result table = r.de({"invoice", "list"});
  EXPECT_NE(table.out.find("1.000,00 €"), std::string::npos) << table.out;
}

TEST(InvoiceAndPayment, RefuseWhatDoesNotFit) {
  Rapport r;
  r.ok({"client", "add", "Alpha"});
  r.ok({"client", "add", "Beta"});
  r.ok({"invoice", "add", "Alpha", "--number", "A-1", "--amount", "100"});
  std::string before = r.dump();
  Result twice = r.run({"invoice", "add", "Beta", "--number", "A-1", "--amount", "100"});
  EXPECT_EQ(twice.code, 65);
  EXPECT_NE(twice.err.find("already recorded (for \"Alpha\""), std::string::npos) << twice.err;
  EXPECT_EQ(r.run({"invoice", "add", "Alpha", "--number", "A-2", "--amount", "-5"}).code, 65);
  EXPECT_EQ(r.run({"invoice", "add", "Alpha", "--number", "A-2", "--amount", "100", "--date",
                   "2026-03-01", "--due", "2026-02-01"})
                .code,
            65);
  EXPECT_EQ(r.run({"invoice", "add", "Alpha", "--number", "A-2"}).code, 64);
  Result wrong_client = r.run({"payment", "add", "Beta", "--amount", "100", "--invoice", "A-1"});
  EXPECT_EQ(wrong_client.code, 65);
  EXPECT_NE(wrong_client.err.find("belongs to another client"), std::string::npos);
  EXPECT_EQ(r.run({"payment", "add", "Alpha", "--amount", "100", "--invoice", "Z-9"}).code, 65);
  EXPECT_EQ(r.run({"payment", "add", "Alpha", "--amount", "0"}).code, 65);
  EXPECT_EQ(r.dump(), before);
}

}  // namespace
}  // namespace rapport::testing
