// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "core/error.hpp"
#include "core/money.hpp"
#include "i18n/i18n.hpp"

namespace rapport {
namespace {

TEST(ParseAmount, EnglishAndGermanForms) {
  EXPECT_EQ(parse_amount("1234.50", "--amount"), 123450);
  EXPECT_EQ(parse_amount("1.234,50", "--amount"), 123450);
  EXPECT_EQ(parse_amount("1234,50 €", "--amount"), 123450);
  EXPECT_EQ(parse_amount("1,234.50", "--amount"), 123450);
  EXPECT_EQ(parse_amount("EUR 99", "--amount"), 9900);
  EXPECT_EQ(parse_amount("€ 0,5", "--amount"), 50);
  EXPECT_EQ(parse_amount("1234", "--amount"), 123400);
  EXPECT_EQ(parse_amount("1.234", "--amount"), 123400);  // a German thousands point
  EXPECT_EQ(parse_amount("1.234.567,89", "--amount"), 123456789);
  EXPECT_EQ(parse_amount("0", "--amount"), 0);
}

TEST(ParseAmount, RefusesWhatIsNotAnAmount) {
  for (const char* bad :
       {"", "abc", "12,3456", "1.23.4", "12 Euro 50", "1,,5", "1.2345", ",", "1e5"})
    EXPECT_THROW(parse_amount(bad, "--amount"), Error) << bad;
  try {
    parse_amount("-5", "--amount");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::data);
    EXPECT_NE(e.message().find("negative"), std::string::npos);
  }
}

TEST(FormatMoney, FollowsTheLanguage) {
  EXPECT_EQ(format_money(123450),
            "\xE2\x82\xAC"
            "1,234.50");
  EXPECT_EQ(format_money(-5),
            "-\xE2\x82\xAC"
            "0.05");
  EXPECT_EQ(format_money(100000000, "CHF"), "CHF 1,000,000.00");
  i18n::ScopedLanguage german(i18n::Language::de);
  EXPECT_EQ(format_money(123450), "1.234,50 \xE2\x82\xAC");
  EXPECT_EQ(format_money(99), "0,99 \xE2\x82\xAC");
}

TEST(PlainAmount, IsMachineReadable) {
  EXPECT_EQ(plain_amount(123450), "1234.50");
  EXPECT_EQ(plain_amount(7), "0.07");
}

}  // namespace
}  // namespace rapport
