// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "core/dates.hpp"
#include "core/error.hpp"
#include "i18n/i18n.hpp"

namespace rapport {
namespace {

using namespace std::chrono;
const Date kToday{year{2026}, month{3}, day{10}};

TEST(ParseDate, AcceptsIsoAndGermanForms) {
  EXPECT_EQ(parse_date("2026-03-10", kToday, "--date"), kToday);
  EXPECT_EQ(parse_date("10.03.2026", kToday, "--date"), kToday);
  EXPECT_EQ(parse_date("10.3.2026", kToday, "--date"), kToday);
  EXPECT_EQ(parse_date("10.03.26", kToday, "--date"), kToday);
  EXPECT_EQ(parse_date(" 2026-03-10 ", kToday, "--date"), kToday);
}

TEST(ParseDate, AcceptsRelativeWordsInBothLanguages) {
  EXPECT_EQ(parse_date("today", kToday, "--date"), kToday);
  EXPECT_EQ(parse_date("Heute", kToday, "--date"), kToday);
  EXPECT_EQ(parse_date("gestern", kToday, "--date"), (Date{year{2026}, month{3}, day{9}}));
  EXPECT_EQ(parse_date("tomorrow", kToday, "--date"), (Date{year{2026}, month{3}, day{11}}));
}

TEST(ParseDate, RefusesImpossibleDatesNamingTheField) {
  try {
    parse_date("31.02.2026", kToday, "--date");
    FAIL() << "31.02.2026 was accepted";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::data);
    EXPECT_NE(e.message().find("--date"), std::string::npos);
    EXPECT_NE(e.message().find("28 days"), std::string::npos);
  }
  EXPECT_THROW(parse_date("2026-13-01", kToday, "--date"), Error);
  EXPECT_THROW(parse_date("29.02.2025", kToday, "--date"), Error);
  EXPECT_NO_THROW(parse_date("29.02.2028", kToday, "--date"));
  EXPECT_THROW(parse_date("next week", kToday, "--date"), Error);
  EXPECT_THROW(parse_date("2026/03/10", kToday, "--date"), Error);
  EXPECT_THROW(parse_date("", kToday, "--date"), Error);
}

TEST(ParseDate, GermanMessage) {
  i18n::ScopedLanguage german(i18n::Language::de);
  try {
    parse_date("31.02.2026", kToday, "--date");
    FAIL();
  } catch (const Error& e) {
    EXPECT_NE(e.message().find("kein gültiges Datum"), std::string::npos) << e.message();
  }
}

TEST(ParseTime, ReadsHoursAndMinutes) {
  EXPECT_EQ(parse_time_of_day("09:30", "--time"), 570);
  EXPECT_EQ(parse_time_of_day("9.30", "--time"), 570);
  EXPECT_EQ(parse_time_of_day("23:59", "--time"), 1439);
  EXPECT_THROW(parse_time_of_day("24:00", "--time"), Error);
  EXPECT_THROW(parse_time_of_day("9", "--time"), Error);
  EXPECT_THROW(parse_time_of_day("09:7", "--time"), Error);
}

TEST(ParseLocalDateTime, NeedsDateAndTime) {
  LocalDateTime t = parse_local_datetime("10.03.2026 14:15", kToday, "--start");
  EXPECT_EQ(t.date, kToday);
  EXPECT_EQ(t.minute_of_day, 14 * 60 + 15);
  EXPECT_EQ(parse_local_datetime("2026-03-10T14:15", kToday, "--start"), t);
  EXPECT_THROW(parse_local_datetime("2026-03-10", kToday, "--start"), Error);
}

TEST(FormatDate, FollowsTheLanguage) {
  EXPECT_EQ(format_date(kToday), "2026-03-10");
  i18n::ScopedLanguage german(i18n::Language::de);
  EXPECT_EQ(format_date(kToday), "10.03.2026");
  EXPECT_EQ(iso_date(kToday), "2026-03-10");
}

TEST(DateArithmetic, MonthEndsAndLeapYears) {
  EXPECT_EQ(add_months(Date{year{2026}, month{1}, day{31}}, 1),
            (Date{year{2026}, month{2}, day{28}}));
  EXPECT_EQ(add_months(Date{year{2028}, month{1}, day{31}}, 1),
            (Date{year{2028}, month{2}, day{29}}));
  EXPECT_EQ(add_days(Date{year{2026}, month{12}, day{31}}, 1),
            (Date{year{2027}, month{1}, day{1}}));
  EXPECT_EQ(days_between(Date{year{2026}, month{2}, day{1}}, Date{year{2026}, month{3}, day{1}}),
            28);
  EXPECT_EQ(weekday_index(kToday), 1);  // a Tuesday
}

}  // namespace
}  // namespace rapport
