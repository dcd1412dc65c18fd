// SPDX-License-Identifier: GPL-3.0-or-later
#include "harness.hpp"

namespace rapport::testing {
namespace {

TEST(SettingsCommands, ShowDefaultsSetAndReset) {
  Rapport r;
  auto s = r.ok({"settings", "show", "--json"}).json();
  for (const char* key : {"target_rate", "core_hours", "core_days", "values", "language",
                          "currency", "timezone", "bundesland", "user_name"})
    EXPECT_TRUE(s.contains(key)) << key;
  EXPECT_EQ(s["timezone"]["value"], "Europe/Berlin");
  EXPECT_EQ(s["timezone"]["default"], true);
  EXPECT_EQ(s["core_hours"]["value"], "08:00-18:00");

  EXPECT_EQ(r.ok({"settings", "set", "target_rate", "95,00 €"}).out, "target_rate = 95.00\n");
  r.ok({"settings", "set", "core_days", "Mo-Do"});
  r.ok({"settings", "set", "values", "Wertschätzung, Eigenverantwortung"});
  r.ok({"settings", "set", "bundesland", "by"});
  r.ok({"settings", "set", "timezone", "Europe/Vienna"});
  s = r.ok({"settings", "show", "--json"}).json();
  EXPECT_EQ(s["target_rate"]["value"], "95.00");
  EXPECT_EQ(s["core_days"]["value"], "mon-thu");
  EXPECT_EQ(s["values"]["value"], "Wertschätzung,Eigenverantwortung");
  EXPECT_EQ(s["bundesland"]["value"], "BY");
  EXPECT_EQ(s["timezone"]["value"], "Europe/Vienna");
  EXPECT_EQ(s["timezone"]["default"], false);
  r.ok({"settings", "set", "timezone", ""});
  EXPECT_EQ(r.ok({"settings", "show", "--json"}).json()["timezone"]["value"], "Europe/Berlin");
}

TEST(SettingsCommands, InvalidValuesAreConfigErrors) {
  Rapport r;
  r.ok({"settings", "show"});
  std::string before = r.dump();
  Result zone = r.run({"settings", "set", "timezone", "Mars/Olympus"});
  EXPECT_EQ(zone.code, 78);
  EXPECT_NE(zone.err.find("hint: "), std::string::npos);
  Result hours = r.run({"settings", "set", "core_hours", "18-8"});
  EXPECT_EQ(hours.code, 78);
  EXPECT_NE(hours.err.find("error: core_hours"), std::string::npos);
  Result key = r.run({"settings", "set", "rate", "90"});
  EXPECT_EQ(key.code, 64);
  EXPECT_NE(key.err.find("target_rate"), std::string::npos);
  EXPECT_EQ(r.dump(), before);
}

TEST(SettingsCommands, TheLanguageSettingSwitchesTheInterface) {
  Rapport r;
  r.ok({"client", "add", "Alpha"});
  r.ok({"settings", "set", "language", "de"});
  Result german = r.run({"client", "list"}, "en");
  EXPECT_NE(german.out.find("Kunde"), std::string::npos) << german.out;
  Result english = r.run({"client", "list", "--lang", "en"}, "de");
  EXPECT_NE(english.out.find("Client"), std::string::npos) << english.out;
}

TEST(SettingsCommands, UserNameAndTimezoneAreUsed) {
  Rapport r;
  r.ok({"client", "add", "Alpha"});
  r.ok({"settings", "set", "user_name", "Alex Muster"});
  EXPECT_EQ(r.ok({"log", "Alpha", "note", "--json"}).json()["recorded_by"], "Alex Muster");
  r.ok({"settings", "set", "timezone", "America/New_York"});
  auto a = r.ok({"appointment", "add", "Alpha", "--start", "2026-03-12 10:00", "--json"}).json();
  EXPECT_EQ(a["start"], "2026-03-12T10:00:00-04:00");
  EXPECT_EQ(a["zone"], "America/New_York");
}

}  // namespace
}  // namespace rapport::testing
