// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "core/error.hpp"
#include "core/kinds.hpp"
#include "i18n/i18n.hpp"

namespace rapport {
namespace {

TEST(FactKinds, EveryKindOfTheDesignExists) {
  const char* codes[] = {"cancellation",
                         "no_show",
                         "broken_agreement",
                         "out_of_scope_request",
                         "revision_round",
                         "rude_tone",
                         "complaint",
                         "dispute",
                         "appreciation",
                         "referral",
                         "call",
                         "meeting",
                         "note"};
  for (const char* c : codes) EXPECT_EQ(code(parse_fact_kind(c, "KIND")), c);
  EXPECT_EQ(fact_kinds().size(), std::size(codes));
}

TEST(FactKinds, AcceptGermanWordsAndSpellings) {
  EXPECT_EQ(parse_fact_kind("Absage", "KIND"), FactKind::cancellation);
  EXPECT_EQ(parse_fact_kind("no-show", "KIND"), FactKind::no_show);
  EXPECT_EQ(parse_fact_kind("Sonderwunsch", "KIND"), FactKind::out_of_scope_request);
  EXPECT_EQ(parse_fact_kind("Wertschätzung", "KIND"), FactKind::appreciation);
  EXPECT_EQ(parse_fact_kind("unhöflicher Ton", "KIND"), FactKind::rude_tone);
  EXPECT_EQ(parse_fact_kind("RUDE TONE", "KIND"), FactKind::rude_tone);
}

TEST(FactKinds, UnknownKindListsTheAllowedOnes) {
  try {
    parse_fact_kind("tantrum", "KIND");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::data);
    EXPECT_NE(e.message().find("KIND"), std::string::npos);
    EXPECT_NE(e.message().find("cancellation, no_show"), std::string::npos);
  }
}

TEST(Labels, AreTranslated) {
  EXPECT_EQ(label(FactKind::cancellation), "cancellation");
  i18n::ScopedLanguage german(i18n::Language::de);
  EXPECT_EQ(label(FactKind::cancellation), "Absage");
  EXPECT_EQ(label(ClientStatus::active), "aktiv");
}

TEST(OtherVocabularies, ParseCodesAndGermanWords) {
  EXPECT_EQ(parse_client_status("Interessent", "--status"), ClientStatus::prospect);
  EXPECT_EQ(parse_contract_type("Werkvertrag", "--type"), ContractType::werkvertrag);
  EXPECT_EQ(parse_termination_form("Textform", "--form"), TerminationForm::text);
  EXPECT_EQ(parse_party("ich", "--by"), Party::me);
  EXPECT_THROW(parse_client_status("asleep", "--status"), Error);
  EXPECT_THROW(fact_kind_from_code("tantrum"), Error);
}

}  // namespace
}  // namespace rapport
