// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "core/error.hpp"
#include "core/settings.hpp"

namespace rapport {
namespace {

TEST(Settings, NormaliseEveryKey) {
  EXPECT_EQ(normalise_setting("target_rate", "1.234,50 €"), "1234.50");
  EXPECT_EQ(normalise_setting("core_hours", "8:00-17:30"), "08:00-17:30");
  EXPECT_EQ(normalise_setting("core_days", "Mo-Fr"), "mon-fri");
  EXPECT_EQ(normalise_setting("core_days", "mon,tue,thu"), "mon,tue,thu");
  EXPECT_EQ(normalise_setting("core_days", "di,mo,mi"), "mon-wed");
  EXPECT_EQ(normalise_setting("values", " Wertschätzung , Eigenverantwortung,"),
            "Wertschätzung,Eigenverantwortung");
  EXPECT_EQ(normalise_setting("language", "de_DE.UTF-8"), "de");
  EXPECT_EQ(normalise_setting("currency", "chf"), "CHF");
  EXPECT_EQ(normalise_setting("timezone", "Europe/Vienna"), "Europe/Vienna");
  EXPECT_EQ(normalise_setting("bundesland", "by"), "BY");
  EXPECT_EQ(normalise_setting("user_name", " Alex Muster "), "Alex Muster");
}

TEST(Settings, RefuseInvalidValuesAsConfigErrors) {
  const std::pair<const char*, const char*> bad[] = {{"core_hours", "18:00-08:00"},
                                                     {"core_hours", "8-18"},
                                                     {"core_days", "someday"},
                                                     {"language", "fr"},
                                                     {"currency", "EURO"},
                                                     {"timezone", "../etc/passwd"},
                                                     {"bundesland", "XX"},
                                                     {"target_rate", "lots"},
                                                     {"user_name", ""}};
  for (const auto& [key, value] : bad) {
    try {
      normalise_setting(key, value);
      FAIL() << key << "=" << value << " was accepted";
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ErrorCode::config) << key;
      EXPECT_NE(e.message().find(key), std::string::npos) << e.message();
    }
  }
}

TEST(Settings, UnknownKeyListsTheKeys) {
  try {
    normalise_setting("rate", "90");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::usage);
    EXPECT_NE(e.hint().find("target_rate"), std::string::npos);
  }
}

TEST(Settings, CoreHoursAndDaysAreRead) {
  CoreHours h = parse_core_hours("09:00-17:00");
  EXPECT_EQ(h.start_minute, 540);
  EXPECT_EQ(h.end_minute, 1020);
  EXPECT_EQ(parse_core_days("mon-fri"), (std::vector<int>{0, 1, 2, 3, 4}));
  EXPECT_EQ(parse_core_days("sat-mon"), (std::vector<int>{0, 5, 6}));
}

}  // namespace
}  // namespace rapport
