// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>

#include "i18n/i18n.hpp"
#include "i18n/mo_catalog.hpp"

namespace rapport::i18n {
namespace {

// Builds a little-endian .mo file with the given pairs.
std::string make_mo(const std::vector<std::pair<std::string, std::string>>& pairs) {
  std::string out(28 + pairs.size() * 16, '\0');
  auto put = [&](std::size_t at, std::uint32_t v) { std::memcpy(out.data() + at, &v, 4); };
  put(0, 0x950412de);
  put(8, static_cast<std::uint32_t>(pairs.size()));
  put(12, 28);
  put(16, static_cast<std::uint32_t>(28 + pairs.size() * 8));
  for (std::size_t i = 0; i < pairs.size(); ++i) {
    for (int side = 0; side < 2; ++side) {
      const std::string& s = side == 0 ? pairs[i].first : pairs[i].second;
      std::size_t table = side == 0 ? 28 : 28 + pairs.size() * 8;
      put(table + i * 8, static_cast<std::uint32_t>(s.size()));
      put(table + i * 8 + 4, static_cast<std::uint32_t>(out.size()));
      out += s;
      out += '\0';
    }
  }
  return out;
}

TEST(MoCatalog, ReadsPairsAndSkipsTheHeader) {
  MoCatalog catalog(
      make_mo({{"", "Content-Type: text/plain; charset=UTF-8\n"}, {"Client", "Kunde"}}));
  EXPECT_EQ(catalog.size(), 1u);
  ASSERT_NE(catalog.find("Client"), nullptr);
  EXPECT_STREQ(catalog.find("Client"), "Kunde");
  EXPECT_EQ(catalog.find("Agreement"), nullptr);
}

TEST(MoCatalog, ToleratesGarbage) {
  EXPECT_EQ(MoCatalog("not a catalog at all, just text").size(), 0u);
  EXPECT_EQ(MoCatalog("").size(), 0u);
}

TEST(Translation, GermanComesFromTheEmbeddedCatalog) {
  EXPECT_STREQ(tr("Client"), "Client");
  ScopedLanguage german(Language::de);
  EXPECT_STREQ(tr("Client"), "Kunde");
  EXPECT_EQ(trf("{} days", 3), "3 Tage");
  EXPECT_STREQ(tr("a text nobody translated"), "a text nobody translated");
}

TEST(Language, ParsedFromLocaleNames) {
  EXPECT_EQ(parse_language("de_DE.UTF-8"), Language::de);
  EXPECT_EQ(parse_language("de"), Language::de);
  EXPECT_EQ(parse_language("en_GB"), Language::en);
  EXPECT_EQ(parse_language("C.UTF-8"), std::nullopt);
  EXPECT_EQ(parse_language("dex"), std::nullopt);
}

}  // namespace
}  // namespace rapport::i18n
