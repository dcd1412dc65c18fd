// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "core/text.hpp"

namespace rapport::text {
namespace {

TEST(Text, FoldsGermanUpperCase) {
  EXPECT_EQ(fold_case("ÄÖÜ Müller GmbH"), "äöü müller gmbh");
  EXPECT_TRUE(equals_folded("BÄCKEREI", "bäckerei"));
  EXPECT_TRUE(starts_with_folded("Nordwerk Maschinenbau", "NORD"));
}

TEST(Text, SplitsTrimsAndJoins) {
  EXPECT_EQ(split(" a, b ,,c ", ','), (std::vector<std::string>{"a", "b", "c"}));
  EXPECT_EQ(join({"a", "b"}, ", "), "a, b");
  EXPECT_EQ(trim("  x \n"), "x");
}

TEST(Text, WidthCountsCodePoints) {
  EXPECT_EQ(display_width("Müller"), 6u);
  EXPECT_EQ(display_width("1.234,50 €"), 10u);
}

TEST(Text, EditDistance) {
  EXPECT_EQ(edit_distance("Nordwerk", "nordwerc"), 1u);
  EXPECT_EQ(edit_distance("", "abc"), 3u);
}

TEST(Text, Utf8Validation) {
  EXPECT_TRUE(is_valid_utf8("Grüße €"));
  EXPECT_FALSE(
      is_valid_utf8("Gr\xFC\xDF"
                    "e"));
  EXPECT_FALSE(is_valid_utf8("\xE2\x82"));
}

}  // namespace
}  // namespace rapport::text
