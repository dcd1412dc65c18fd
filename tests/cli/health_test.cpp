// SPDX-License-Identifier: GPL-3.0-or-later
// status, show and check on the real binary; the clock stands at Tuesday 2026-03-10 09:00.
#include "harness.hpp"

namespace rapport::testing {
namespace {

// Four clients, one per band: red (an invoice 70 days overdue), yellow (rude tone last
// week), green (work, payment and thanks) and unknown (nothing recorded).
void four_clients(Rapport& r) {
  r.ok({"client", "add", "Rot GmbH"});
  r.ok({"invoice", "add", "Rot", "--number", "R-1", "--date", "2025-12-01", "--due", "2025-12-30",
        "--amount", "800"});
  r.ok({"client", "add", "Gelb KG"});
  r.ok({"log", "Gelb", "rude_tone", "--date", "2026-03-03", "--note", "laut am Telefon"});
  r.ok({"client", "add", "Grün AG"});
  r.ok({"time", "add", "Grün", "--date", "2026-02-02", "--hours", "10"});
  r.ok({"invoice", "add", "Grün", "--number", "G-1", "--date", "2026-02-03", "--amount", "1000"});
  r.ok({"payment", "add", "Grün", "--date", "2026-02-10", "--amount", "1000", "--invoice", "G-1"});
  r.ok({"log", "Grün", "appreciation", "--date", "2026-02-20"});
  r.ok({"client", "add", "Neu OHG"});
}

TEST(Status, WorstFirstWithReasonsAndTheirFacts) {
  Rapport r;
  four_clients(r);
  auto status = r.ok({"status", "--json"}).json();
  ASSERT_EQ(status.size(), 4u);
  EXPECT_EQ(status[0]["client"]["name"], "Rot GmbH");
  EXPECT_EQ(status[0]["band"], "red");
  EXPECT_EQ(status[1]["client"]["name"], "Gelb KG");
  EXPECT_EQ(status[1]["band"], "yellow");
  EXPECT_EQ(status[2]["band"], "green");
  EXPECT_EQ(status[3]["band"], "unknown");
  EXPECT_TRUE(status[3]["score"].is_null());
  EXPECT_LE(status[0]["score"].get<int>(), 33);
  EXPECT_GE(status[2]["score"].get<int>(), 67);

  const auto& red = status[0]["reasons"][0];
  EXPECT_EQ(red["metric"], "max_days_overdue");
  EXPECT_EQ(red["value"], 70.0);
  EXPECT_EQ(red["level"], "leave");
  EXPECT_EQ(red["threshold"]["comparison"], ">=");
  EXPECT_EQ(red["threshold"]["value"], "60");
  EXPECT_EQ(red["evidence"][0]["type"], "invoice");
  EXPECT_EQ(red["evidence"][0]["what"], "R-1");
  const auto& yellow = status[1]["reasons"][0];
  EXPECT_EQ(yellow["metric"], "rude_tone");
  EXPECT_EQ(yellow["evidence"][0]["type"], "fact");
  EXPECT_EQ(yellow["evidence"][0]["id"], 1);
  EXPECT_EQ(yellow["evidence"][0]["date"], "2026-03-03");
  EXPECT_EQ(status[2]["effective_rate"], 100.0);
  EXPECT_EQ(status[2]["days_late_avg"], 0.0);
}

TEST(Status, TableInBothLanguagesAndAsTheDefaultView) {
  Rapport r;
  four_clients(r);
  Result en = r.ok({});
  EXPECT_NE(en.out.find("● red"), std::string::npos) << en.out;
  EXPECT_NE(en.out.find("days overdue: 70 days (>= 60 in 1y)"), std::string::npos) << en.out;
  EXPECT_LT(en.out.find("Rot GmbH"), en.out.find("Gelb KG"));
  EXPECT_LT(en.out.find("Gelb KG"), en.out.find("Grün AG"));
  Result de = r.ok({"status"}, "de");
  EXPECT_NE(de.out.find("● rot"), std::string::npos) << de.out;
  EXPECT_NE(de.out.find("Tage überfällig: 70 Tage (>= 60 in 1y)"), std::string::npos) << de.out;
  EXPECT_NE(de.out.find("100,00 € pro Stunde"), std::string::npos) << de.out;
}

TEST(Status, EndedClientsOnlyWithAll) {
  Rapport r;
  four_clients(r);
  r.ok({"client", "end", "Neu"});
  EXPECT_EQ(r.ok({"status", "--json"}).json().size(), 3u);
  EXPECT_EQ(r.ok({"status", "--all", "--json"}).json().size(), 4u);
  EXPECT_EQ(r.run({"status", "--window", "forever"}).code, 65);
}

TEST(Show, EveryMetricWithItsTrend) {
  Rapport r;
  four_clients(r);
  auto show = r.ok({"show", "Grün", "--json"}).json();
  EXPECT_EQ(show["band"], "green");
  const auto& m = show["metrics"];
  for (const char* name :
       {"revenue", "hours", "effective_rate", "scope_creep", "included_hours_burn",
        "revision_rounds", "short_notice_cancellations", "no_shows", "days_late_avg",
        "overdue_open", "revenue_share", "after_hours_share", "mood", "team_dread", "positives"})
    EXPECT_TRUE(m.contains(name)) << name;
  EXPECT_EQ(m["revenue"]["value"], 1000.0);
  EXPECT_EQ(m["hours"]["value"], 10.0);
  EXPECT_EQ(m["effective_rate"]["value"], 100.0);
  EXPECT_EQ(m["positives"]["value"], 1.0);
  EXPECT_EQ(m["positives"]["last_90_days"], 1.0);
  EXPECT_TRUE(m["mood"]["value"].is_null()) << "no mood recorded: unknown, never 0";
  EXPECT_TRUE(m["included_hours_burn"]["value"].is_null());
  EXPECT_NEAR(m["revenue_share"]["value"].get<double>(), 1000.0 / 1800.0, 1e-4);
  Result text = r.ok({"show", "Gelb"}, "de");
  EXPECT_NE(text.out.find("Überschrittene Schmerzgrenzen"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("Vorfall #1 03.03.2026 unhöflicher Ton"), std::string::npos) << text.out;
}

TEST(Show, AgreementBurn) {
  Rapport r;
  r.ok({"client", "add", "A"});
  r.ok({"agreement", "add", "A", "--title", "Website", "--flat-fee", "3000", "--included-hours",
        "10", "--included-revisions", "2", "--start", "2026-01-01"});
  r.ok({"time", "add", "A", "--date", "2026-02-01", "--hours", "12", "--agreement", "1"});
  r.ok({"log", "A", "revision_round", "--date", "2026-02-05", "--agreement", "1"});
  auto show = r.ok({"show", "A", "--json"}).json();
  EXPECT_EQ(show["metrics"]["included_hours_burn"]["value"], 1.2);
  EXPECT_EQ(show["metrics"]["revision_rounds"]["value"], 0.5);
  EXPECT_EQ(show["reasons"][0]["metric"], "included_hours_burn");
  Result text = r.ok({"show", "A"});
  EXPECT_NE(text.out.find("hours: 12 h of 10 h (120 %)"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("revision rounds: 1 of 2 (50 %)"), std::string::npos) << text.out;
}

TEST(Status, ShortNoticeAcrossTheDaylightSavingChange) {
  Rapport r;
  r.env["RAPPORT_NOW"] = "2026-03-30T09:00";
  r.ok({"client", "add", "A"});
  // 10:00 on Saturday to 10:00 on Sunday is 23 real hours: the clocks went forward.
  r.ok({"appointment", "add", "A", "--start", "2026-03-29 10:00"});
  r.ok({"appointment", "cancel", "1", "--at", "2026-03-28 10:00"});
  r.ok({"appointment", "add", "A", "--start", "2026-03-27 10:00"});
  r.ok({"appointment", "cancel", "2", "--at", "2026-03-27 08:00"});
  auto show = r.ok({"show", "A", "--json"}).json();
  EXPECT_EQ(show["metrics"]["short_notice_cancellations"]["value"], 2.0);
  EXPECT_EQ(show["band"], "yellow");
}

TEST(Check, ReportsChangesAndExitsOneWhileALeaveThresholdIsBreached) {
  Rapport r;
  four_clients(r);
  Result first = r.run({"check"});
  EXPECT_EQ(first.code, 1);
  EXPECT_NE(first.out.find("Rot GmbH: red"), std::string::npos) << first.out;
  EXPECT_NE(first.out.find("+ max_days_overdue >= 60 (1y)"), std::string::npos) << first.out;
  Result again = r.run({"check"});
  EXPECT_EQ(again.code, 1);
  EXPECT_EQ(again.out, "") << "nothing changed";
  r.ok({"payment", "add", "Rot", "--amount", "800", "--invoice", "R-1"});
  Result paid = r.run({"check"});
  EXPECT_EQ(paid.code, 0) << paid.err;
  // Paid at last, but 70 days late: still a matter to address.
  EXPECT_NE(paid.out.find("Rot GmbH: red → yellow"), std::string::npos) << paid.out;
  EXPECT_NE(paid.out.find("no longer: max_days_overdue:leave"), std::string::npos) << paid.out;
  auto json = r.run({"check", "--json"}).json();
  EXPECT_EQ(json["leave"], false);
  EXPECT_TRUE(json["changes"].empty());
}

TEST(Check, NotifyKeepsQuietOutsideCoreHours) {
  Rapport r;
  four_clients(r);
  r.env["RAPPORT_NOW"] = "2026-03-14T11:00";  // a Saturday
  Result weekend = r.run({"check", "--notify"});
  EXPECT_EQ(weekend.code, 0);
  EXPECT_EQ(weekend.out, "");
  r.env["RAPPORT_NOW"] = "2026-03-16T19:30";  // Monday evening
  EXPECT_EQ(r.run({"check", "--notify"}).out, "");
  Result forced = r.run({"check", "--notify", "--force"});
  EXPECT_EQ(forced.code, 1);
  EXPECT_NE(forced.out.find("Rot GmbH"), std::string::npos);
  r.ok({"settings", "set", "core_hours", "10:00-20:00"});
  r.ok({"log", "Grün", "rude_tone", "--date", "2026-03-16"});
  Result in_hours = r.run({"check", "--notify"}, "de");
  EXPECT_EQ(in_hours.code, 1);
  EXPECT_NE(in_hours.out.find("Grün AG: grün → gelb"), std::string::npos) << in_hours.out;
}

}  // namespace
}  // namespace rapport::testing
