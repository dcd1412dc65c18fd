// SPDX-License-Identifier: GPL-3.0-or-later
#include "harness.hpp"

namespace rapport::testing {
namespace {

TEST(AppointmentCommands, AddListAndCancelAtShortNotice) {
  Rapport r;
  r.ok({"client", "add", "Praxis Sommer"});
  r.ok({"agreement", "add", "Praxis", "--title", "Coaching", "--cancellation-notice", "48h"});
  auto a = r.ok({"appointment", "add", "Praxis", "--start", "12.03.2026 14:00", "--end", "15:30",
                 "--title", "Sitzung", "--agreement", "1", "--json"})
               .json();
  EXPECT_EQ(a["start"], "2026-03-12T14:00:00+01:00");
  EXPECT_EQ(a["end"], "2026-03-12T15:30:00+01:00");
  EXPECT_EQ(a["zone"], "Europe/Berlin");
  EXPECT_EQ(a["status"], "scheduled");

  // Cancelled by the client on 2026-03-10 at 09:00 (the fixed clock): 53 hours ahead,
  // more than 48 h, so not short notice.
  Result first = r.ok({"appointment", "cancel", "1"});
  EXPECT_NE(first.out.find("53 h before its start"), std::string::npos) << first.out;
  EXPECT_EQ(first.out.find("short notice"), std::string::npos) << first.out;

  r.ok({"appointment", "add", "Praxis", "--start", "2026-03-09 16:00"});
  Result late = r.run({"appointment", "cancel", "2", "--at", "2026-03-09 17:00"});
  EXPECT_EQ(late.code, 65);  // after its start: a no-show
  EXPECT_NE(late.err.find("no-show"), std::string::npos);
  auto c =
      r.ok({"appointment", "cancel", "2", "--at", "09.03.2026 13:30", "--note", "krank", "--json"})
          .json();
  EXPECT_EQ(c["status"], "cancelled");
  EXPECT_EQ(c["cancelled_by"], "client");
  EXPECT_EQ(c["notice_hours"], 2.5);
  EXPECT_EQ(c["short_notice"], true);
  EXPECT_EQ(c["fact"]["kind"], "cancellation");
  EXPECT_EQ(c["fact"]["notice_hours"], 2.5);
  EXPECT_EQ(c["fact"]["date"], "2026-03-09");
  EXPECT_EQ(c["fact"]["time"], "13:30");

  Result again = r.run({"appointment", "cancel", "2", "--at", "09.03.2026 13:30"});
  EXPECT_EQ(again.code, 65);
  auto facts = r.ok({"facts", "Praxis", "--kind", "cancellation", "--json"}).json();
  EXPECT_EQ(facts.size(), 2u);
  auto list = r.ok({"appointment", "list", "--json"}).json();
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0]["id"], 2);  // sorted by start
  Result table = r.de({"appointment", "list", "Praxis"});
  EXPECT_NE(table.out.find("abgesagt von Kunde, 2,5 h vorher"), std::string::npos) << table.out;
}

TEST(AppointmentCommands, CancelledByMeIsNoFactAboutTheClient) {
  Rapport r;
  r.ok({"client", "add", "Alpha"});
  r.ok({"appointment", "add", "Alpha", "--start", "2026-03-11 10:00"});
  auto c = r.ok({"appointment", "cancel", "1", "--by", "me", "--json"}).json();
  EXPECT_EQ(c["cancelled_by"], "me");
  EXPECT_TRUE(c["fact"].is_null());
  EXPECT_TRUE(r.ok({"facts", "Alpha", "--json"}).json().empty());
}

TEST(AppointmentCommands, DaylightSavingTimeIsRespected) {
  Rapport r;
  r.ok({"client", "add", "Alpha"});
  // Summer time begins on 2026-03-29: 02:00 CET becomes 03:00 CEST.
  auto a = r.ok({"appointment", "add", "Alpha", "--start", "2026-03-30 10:00", "--json"}).json();
  EXPECT_EQ(a["start"], "2026-03-30T10:00:00+02:00");
  r.env["RAPPORT_NOW"] = "2026-03-29T09:00";
  auto c = r.ok({"appointment", "cancel", "1", "--at", "2026-03-28 12:00", "--json"}).json();
  EXPECT_EQ(c["notice_hours"], 45.0);  // 46 wall-clock hours, one of them skipped
}

TEST(AppointmentCommands, RefusesBadTimes) {
  Rapport r;
  r.ok({"client", "add", "Alpha"});
  std::string before = r.dump();
  EXPECT_EQ(r.run({"appointment", "add", "Alpha", "--start", "2026-03-11"}).code, 65);
  EXPECT_EQ(
      r.run({"appointment", "add", "Alpha", "--start", "2026-03-11 10:00", "--end", "09:00"}).code,
      65);
  EXPECT_EQ(r.run({"appointment", "add", "Alpha"}).code, 64);
  EXPECT_EQ(r.run({"appointment", "cancel", "7"}).code, 65);
  EXPECT_EQ(r.dump(), before);
}

}  // namespace
}  // namespace rapport::testing
