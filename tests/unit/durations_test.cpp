// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "core/durations.hpp"
#include "core/error.hpp"
#include "i18n/i18n.hpp"

namespace rapport {
namespace {

using namespace std::chrono;

TEST(ParseHours, DecimalsColonsAndUnits) {
  EXPECT_EQ(parse_hours("1.5", "--hours"), 90);
  EXPECT_EQ(parse_hours("1,5", "--hours"), 90);
  EXPECT_EQ(parse_hours("1:30", "--hours"), 90);
  EXPECT_EQ(parse_hours("2h", "--hours"), 120);
  EXPECT_EQ(parse_hours("2h30m", "--hours"), 150);
  EXPECT_EQ(parse_hours("90min", "--hours"), 90);
  EXPECT_EQ(parse_hours("2,5 Std", "--hours"), 150);
  EXPECT_EQ(parse_hours("0", "--hours"), 0);
}

TEST(ParseHours, RefusesNegativeAndNonsense) {
  try {
    parse_hours("-2", "--hours");
    FAIL();
  } catch (const Error& e) {
    EXPECT_NE(e.message().find("--hours"), std::string::npos);
    EXPECT_NE(e.message().find("negative"), std::string::npos);
  }
  for (const char* bad : {"", "abc", "1:3x", "1:75", "2h30", "1.2.3", "h"})
    EXPECT_THROW(parse_hours(bad, "--hours"), Error) << bad;
}

TEST(ParseNotice, HoursByDefault) {
  EXPECT_EQ(parse_notice("3h", "--notice"), 180);
  EXPECT_EQ(parse_notice("24", "--notice"), 24 * 60);
  EXPECT_EQ(parse_notice("2d", "--notice"), 48 * 60);
  EXPECT_EQ(parse_notice("90m", "--notice"), 90);
  EXPECT_EQ(parse_notice("2 Tage", "--notice"), 48 * 60);
  EXPECT_THROW(parse_notice("-3h", "--notice"), Error);
  EXPECT_THROW(parse_notice("soon", "--notice"), Error);
}

TEST(FormatHours, ShortestDecimal) {
  EXPECT_EQ(format_hours(90), "1.5 h");
  EXPECT_EQ(format_hours(120), "2 h");
  EXPECT_EQ(format_hours(100), "1.67 h");
  i18n::ScopedLanguage german(i18n::Language::de);
  EXPECT_EQ(format_hours(90), "1,5 h");
}

TEST(Periods, ParseInBothLanguages) {
  EXPECT_EQ(parse_period("12m", "--term"), (Period{12, PeriodUnit::months}));
  EXPECT_EQ(parse_period("1y", "--term"), (Period{1, PeriodUnit::years}));
  EXPECT_EQ(parse_period("6 months", "--term"), (Period{6, PeriodUnit::months}));
  EXPECT_EQ(parse_period("2 Wochen", "--term"), (Period{2, PeriodUnit::weeks}));
  EXPECT_EQ(parse_period("30 Tage", "--term"), (Period{30, PeriodUnit::days}));
  EXPECT_EQ(parse_period("3 Jahre", "--term"), (Period{3, PeriodUnit::years}));
  EXPECT_THROW(parse_period("0m", "--term"), Error);
  EXPECT_THROW(parse_period("m", "--term"), Error);
  EXPECT_THROW(parse_period("12 fortnights", "--term"), Error);
  EXPECT_EQ(period_code(Period{12, PeriodUnit::months}), "12m");
  EXPECT_EQ(add_period(Date{year{2026}, month{1}, day{31}}, Period{1, PeriodUnit::months}),
            (Date{year{2026}, month{2}, day{28}}));
}

TEST(Periods, FormatInBothLanguages) {
  EXPECT_EQ(format_period(Period{1, PeriodUnit::months}), "1 month");
  EXPECT_EQ(format_period(Period{12, PeriodUnit::months}), "12 months");
  i18n::ScopedLanguage german(i18n::Language::de);
  EXPECT_EQ(format_period(Period{12, PeriodUnit::months}), "12 Monate");
  EXPECT_EQ(format_period(Period{1, PeriodUnit::years}), "1 Jahr");
}

TEST(Windows, AllOrAPeriod) {
  EXPECT_FALSE(parse_window("all", "--window").has_value());
  EXPECT_FALSE(parse_window("alle", "--window").has_value());
  EXPECT_EQ(parse_window("90d", "--window"), (Period{90, PeriodUnit::days}));
  EXPECT_EQ(parse_window("6m", "--window"), (Period{6, PeriodUnit::months}));
  EXPECT_THROW(parse_window("forever", "--window"), Error);
}

}  // namespace
}  // namespace rapport
