// SPDX-License-Identifier: GPL-3.0-or-later
// rapport decide and decisions on the real binary: the advice for each demo story, the
// user's own pros and cons, the checklist, recording a decision, and bad input.
#include "harness.hpp"

namespace rapport::testing {
namespace {

const nlohmann::json* item(const nlohmann::json& items, const std::string& text) {
  for (const auto& i : items)
    if (i["text"] == text) return &i;
  return nullptr;
}

TEST(Decide, EachDemoStoryGetsTheAdviceItsFactsCallFor) {
  Rapport r;
  r.ok({"demo"});
  // Broken agreements went on after the conversation and its follow-up date.
  auto berger = r.ok({"decide", "Berger", "--json"}).json();
  EXPECT_EQ(berger["recommendation"], "leave");
  EXPECT_EQ(berger["rule"], "leave_persisted");
  EXPECT_EQ(berger["last_conversation"]["date"], "2025-11-30");
  // A payment dispute that was never talked through: talk first.
  auto cafe = r.ok({"decide", "Café", "--json"}).json();
  EXPECT_EQ(cafe["recommendation"], "change");
  EXPECT_EQ(cafe["rule"], "change_talk_first");
  EXPECT_EQ(cafe["leaving"]["open_invoices"], 1);
  EXPECT_EQ(cafe["leaving"]["open_amount"], 3332.0);
  // The prospect with the bad gut feeling and the user's heavy cons: decline.
  auto fluxion = r.ok({"decide", "Fluxion", "--json"}).json();
  EXPECT_EQ(fluxion["recommendation"], "leave");
  EXPECT_EQ(fluxion["rule"], "leave_cons_outweigh");
  // The reference client who refers others, and the bakery that recovered after a talk.
  auto gruen = r.ok({"decide", "Grünwerk", "--json"}).json();
  EXPECT_EQ(gruen["recommendation"], "love");
  ASSERT_TRUE(item(gruen["pros"], "A reference for your portfolio"));
  EXPECT_EQ((*item(gruen["pros"], "A reference for your portfolio"))["source"], "reference");
  EXPECT_EQ(r.ok({"decide", "Krume", "--json"}).json()["recommendation"], "love");
  // The biggest client with extras beyond the flat fee: change it, with the dependency shown.
  auto nordwerk = r.ok({"decide", "Nordwerk", "--json"}).json();
  EXPECT_EQ(nordwerk["recommendation"], "change");
  EXPECT_NEAR(nordwerk["leaving"]["revenue_share"].get<double>(), 0.40, 0.01);
  ASSERT_TRUE(item(nordwerk["pros"], "Wichtige Referenz im Maschinenbau"));
  EXPECT_EQ((*item(nordwerk["pros"], "Wichtige Referenz im Maschinenbau"))["source"], "user");
  EXPECT_EQ(nordwerk["leaving"]["running_agreements"].size(), 1u);
}

TEST(Decide, ReadsLikeAdviceInBothLanguages) {
  Rapport r;
  r.ok({"demo"});
  Result en = r.ok({"decide", "Berger"});
  EXPECT_NE(en.out.find("Recommendation: leave it"), std::string::npos) << en.out;
  EXPECT_NE(en.out.find("Still past your limit to leave: broken agreements, after the "
                        "conversation of 2025-11-30"),
            std::string::npos)
      << en.out;
  EXPECT_NE(en.out.find("The choice is yours."), std::string::npos);
  Result de = r.de({"decide", "Berger"});
  EXPECT_NE(de.out.find("Empfehlung: verlassen"), std::string::npos) << de.out;
  EXPECT_NE(de.out.find("Du hast versucht, es zu ändern, und es hat sich nicht geändert."),
            std::string::npos)
      << de.out;
  EXPECT_NE(de.out.find("[x] Habe ich es klar gesagt, in einem festgehaltenen Gespräch? — ja "
                        "(Gespräch vom 30.11.2025)"),
            std::string::npos)
      << de.out;
  EXPECT_NE(de.out.find("Entgangener Umsatz pro Jahr: 10.080,00 €"), std::string::npos) << de.out;
  EXPECT_NE(de.out.find("Kündigung: 4 Wochen zum Monatsende"), std::string::npos) << de.out;
}

TEST(Decide, OwnProsAndConsAreKeptAndEditable) {
  Rapport r;
  r.ok({"client", "add", "Atelier Nord"});
  r.ok({"decide", "Atelier", "--pro", "wichtige Referenz:4", "--con", "Zahlt spät:2", "--pro",
        "Spannende Projekte"});
  auto v = r.ok({"decide", "Atelier", "--json"}).json();
  EXPECT_EQ(v["pro_weight"], 7);
  EXPECT_EQ(v["con_weight"], 2);
  ASSERT_TRUE(item(v["pros"], "Spannende Projekte"));
  EXPECT_EQ((*item(v["pros"], "Spannende Projekte"))["weight"], 3);  // the default weight
  // The same text again changes the weight; --drop removes an item.
  r.ok({"decide", "Atelier", "--con", "zahlt spät:5", "--drop", "Spannende Projekte"});
  v = r.ok({"decide", "Atelier", "--json"}).json();
  EXPECT_EQ(v["pro_weight"], 4);
  EXPECT_EQ(v["con_weight"], 5);
  EXPECT_FALSE(item(v["pros"], "Spannende Projekte"));

  // Bad input changes nothing: a weight out of range, an item that does not exist.
  std::string before = r.dump();
  Result heavy = r.run({"decide", "Atelier", "--pro", "neu:1", "--con", "zu viel:7"});
  EXPECT_EQ(heavy.code, 65);
  EXPECT_NE(heavy.err.find("--con: the weight 7 is not between 1 and 5."), std::string::npos)
      << heavy.err;
  Result unknown = r.run({"decide", "Atelier", "--pro", "neu:1", "--drop", "gibt es nicht"});
  EXPECT_EQ(unknown.code, 65);
  EXPECT_NE(unknown.err.find("Atelier Nord has no pro or con \"gibt es nicht\"."),
            std::string::npos)
      << unknown.err;
  EXPECT_EQ(r.dump(), before);
}

TEST(Decide, TheChecklistTakesAnswersAndConversations) {
  Rapport r;
  r.ok({"client", "add", "Atelier Nord"});
  auto v = r.ok({"decide", "Atelier", "--json"}).json();
  EXPECT_EQ(v["checklist"][0]["question"], "values_known");
  EXPECT_EQ(v["checklist"][0]["answer"], "unknown");
  EXPECT_EQ(v["checklist"][2]["question"], "said_clearly");
  EXPECT_EQ(v["checklist"][2]["answer"], "no");
  r.ok({"decide", "Atelier", "--answer", "values_known=yes", "--answer", "importance_known=nein"});
  v = r.ok({"decide", "Atelier", "--json"}).json();
  EXPECT_EQ(v["checklist"][0]["answer"], "yes");
  EXPECT_EQ(v["checklist"][0]["derived"], false);
  EXPECT_EQ(v["checklist"][0]["basis"], "your answer of 2026-03-10");
  EXPECT_EQ(v["checklist"][1]["answer"], "no");
  r.ok({"talk", "Atelier", "--date", "2026-03-02", "--outcome", "Offen gesprochen", "--follow-up",
        "2026-04-01"});
  v = r.ok({"decide", "Atelier", "--json"}).json();
  EXPECT_EQ(v["checklist"][2]["answer"], "yes");
  EXPECT_EQ(v["checklist"][2]["derived"], true);
  EXPECT_EQ(v["checklist"][3]["basis"], "the follow-up date 2026-04-01 has not come yet");
  EXPECT_EQ(r.run({"decide", "Atelier", "--answer", "values_known"}).code, 64);
  EXPECT_EQ(r.run({"decide", "Atelier", "--answer", "mood=yes"}).code, 65);
}

TEST(Decide, RecordingADecisionKeepsAHistoryWithItsSnapshot) {
  Rapport r;
  r.ok({"demo"});
  Result done = r.ok({"decide", "Café", "--choose", "change", "--next",
                      "Gespräch über die Außenwerbung", "--due", "2026-03-20"});
  EXPECT_NE(done.out.find("Recorded the decision for \"Café Lindenblüte\": change it. Next step: "
                          "Gespräch über die Außenwerbung. Due 2026-03-20."),
            std::string::npos)
      << done.out;
  r.env["RAPPORT_NOW"] = "2026-03-25T10:00";
  r.ok({"decide", "Café", "--choose", "leave", "--next", "Kündigung schreiben"});
  auto history = r.ok({"decisions", "Café", "--json"}).json();
  ASSERT_EQ(history.size(), 2u);
  EXPECT_EQ(history[0]["choice"], "change");
  EXPECT_EQ(history[0]["recommendation"], "change");
  EXPECT_EQ(history[0]["due"], "2026-03-20");
  EXPECT_EQ(history[0]["snapshot"]["rule"], "change_talk_first");
  EXPECT_EQ(history[0]["snapshot"]["client"]["name"], "Café Lindenblüte");
  EXPECT_EQ(history[1]["date"], "2026-03-25");
  EXPECT_EQ(history[1]["choice"], "leave");
  Result table = r.de({"decisions", "Café"});
  EXPECT_NE(table.out.find("10.03.2026  ändern"), std::string::npos) << table.out;
  EXPECT_NE(table.out.find("Kündigung schreiben"), std::string::npos);
  // The last decision shows in the view.
  EXPECT_EQ(r.ok({"decide", "Café", "--json"}).json()["last_decision"]["choice"], "leave");

  std::string before = r.dump();
  EXPECT_EQ(r.run({"decide", "Café", "--next", "ohne Entscheidung"}).code, 64);
  EXPECT_EQ(r.run({"decide", "Café", "--choose", "vielleicht"}).code, 65);
  EXPECT_EQ(r.run({"decide", "Café", "--choose", "leave", "--due", "2026-01-01"}).code, 65);
  EXPECT_EQ(r.dump(), before);
}

TEST(Decide, AsksForTheDecisionOnATerminal) {
  Rapport r;
  r.ok({"demo"});
  Result asked =
      r.run_in_terminal({"decide", "Fluxion"}, "de", "leave\nFreundlich absagen\n2026-03-13\n");
  EXPECT_EQ(asked.code, 0) << asked.out;
  EXPECT_NE(asked.out.find("Entscheidung jetzt festhalten?"), std::string::npos) << asked.out;
  auto history = r.ok({"decisions", "Fluxion", "--json"}).json();
  ASSERT_EQ(history.size(), 1u);
  EXPECT_EQ(history[0]["choice"], "leave");
  EXPECT_EQ(history[0]["next_step"], "Freundlich absagen");
  EXPECT_EQ(history[0]["due"], "2026-03-13");
  // Enter skips: nothing is recorded.
  r.run_in_terminal({"decide", "Grünwerk"}, "en", "\n");
  EXPECT_TRUE(r.ok({"decisions", "Grünwerk", "--json"}).json().empty());
}

TEST(Decide, WritesTheDecisionAsADocument) {
  Rapport r;
  r.ok({"demo"});
  std::string md = r.ok({"decide", "Nordwerk", "--format", "md"}).out;
  EXPECT_NE(md.find("# Love it, change it or leave it: Nordwerk Maschinenbau GmbH"),
            std::string::npos)
      << md;
  EXPECT_NE(md.find("| 4 | Wichtige Referenz im Maschinenbau | your own |"), std::string::npos)
      << md;
  std::string html = r.de({"decide", "Nordwerk", "--format", "html"}).out;
  EXPECT_NE(html.find("<h1>Lieben, ändern oder verlassen: Nordwerk Maschinenbau GmbH</h1>"),
            std::string::npos);
  EXPECT_NE(html.find("Empfehlung: ändern"), std::string::npos);
}

}  // namespace
}  // namespace rapport::testing
