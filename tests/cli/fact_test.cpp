// SPDX-License-Identifier: GPL-3.0-or-later
#include "harness.hpp"

namespace rapport::testing {
namespace {

TEST(LogCommand, EveryKindOfFactCanBeLogged) {
  Rapport r;
  r.ok({"client", "add", "Alpha"});
  const char* kinds[] = {"cancellation",
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
  for (const char* kind : kinds) r.ok({"log", "Alpha", kind, "--date", "2026-03-01"});
  auto facts = r.ok({"facts", "Alpha", "--json"}).json();
  ASSERT_EQ(facts.size(), std::size(kinds));
  for (std::size_t i = 0; i < std::size(kinds); ++i) EXPECT_EQ(facts[i]["kind"], kinds[i]);
}

TEST(LogCommand, RecordsEveryDetail) {
  Rapport r;
  r.ok({"client", "add", "Alpha"});
  r.ok({"settings", "set", "user_name", "Alex"});
  r.ok({"agreement", "add", "Alpha", "--title", "Coaching"});
  auto f = r.ok({"log", "Alpha", "cancellation", "--date", "09.03.2026", "--time", "07:15",
                 "--notice", "3h", "--severity", "2", "--mood", "-1", "--agreement", "1", "--note",
                 "Absage per SMS", "--json"})
               .json();
  EXPECT_EQ(f["kind"], "cancellation");
  EXPECT_EQ(f["date"], "2026-03-09");
  EXPECT_EQ(f["time"], "07:15");
  EXPECT_EQ(f["notice_hours"], 3.0);
  EXPECT_EQ(f["severity"], 2);
  EXPECT_EQ(f["mood"], -1);
  EXPECT_EQ(f["agreement_id"], 1);
  EXPECT_EQ(f["note"], "Absage per SMS");
  EXPECT_EQ(f["recorded_by"], "Alex");
  EXPECT_EQ(f["source"], "manual");
  auto extra = r.ok({"log", "Alpha", "Sonderwunsch", "--hours", "2,5", "--amount", "250 €", "--by",
                     "Kim", "--json"},
                    "de")
                   .json();
  EXPECT_EQ(extra["kind"], "out_of_scope_request");
  EXPECT_EQ(extra["date"], "2026-03-10");  // today by the fixed clock
  EXPECT_EQ(extra["hours"], 2.5);
  EXPECT_EQ(extra["amount"], 250.0);
  EXPECT_EQ(extra["recorded_by"], "Kim");
}

TEST(LogCommand, ConfirmsInBothLanguages) {
  Rapport r;
  r.ok({"client", "add", "Alpha"});
  EXPECT_EQ(r.ok({"log", "Alpha", "no_show"}).out,
            "Recorded no-show for \"Alpha\" on 2026-03-10 (fact #1).\n");
  EXPECT_EQ(r.ok({"log", "Alpha", "no_show"}, "de").out,
            "Nicht erschienen für „Alpha“ am 10.03.2026 festgehalten (Vorfall #2).\n");
}

TEST(LogCommand, RefusesBadValuesAndWritesNothing) {
  Rapport r;
  r.ok({"client", "add", "Alpha"});
  r.ok({"client", "add", "Beta"});
  r.ok({"agreement", "add", "Beta", "--title", "B"});
  std::string before = r.dump();
  const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
      {{"log", "Alpha", "tantrum"}, "KIND"},
      {{"log", "Alpha", "note", "--date", "31.02.2026"}, "--date"},
      {{"log", "Alpha", "note", "--time", "25:00"}, "--time"},
      {{"log", "Alpha", "note", "--hours", "-2"}, "--hours"},
      {{"log", "Alpha", "note", "--amount", "zwölf"}, "--amount"},
      {{"log", "Alpha", "note", "--severity", "4"}, "--severity"},
      {{"log", "Alpha", "note", "--mood", "3"}, "--mood"},
      {{"log", "Alpha", "note", "--notice", "3h"}, "--notice"},
      {{"log", "Alpha", "note", "--agreement", "1"}, "--agreement"},
      {{"log", "Alpha", "note", "--agreement", "x"}, "--agreement"},
      {{"log", "Gamma", "note"}, "client"},
  };
  for (const auto& [args, field] : cases) {
    Result res = r.run(args);
    EXPECT_EQ(res.code, 65) << field << ": " << res.err;
    EXPECT_NE(res.err.find("error: " + field), std::string::npos) << res.err;
  }
  EXPECT_EQ(r.dump(), before);
}

TEST(FactsCommand, FiltersByKindAndDate) {
  Rapport r;
  r.ok({"client", "add", "Alpha"});
  r.ok({"log", "Alpha", "cancellation", "--date", "2026-01-05", "--notice", "2h"});
  r.ok({"log", "Alpha", "appreciation", "--date", "2026-02-05"});
  r.ok({"log", "Alpha", "cancellation", "--date", "2026-03-05", "--notice", "30h"});
  EXPECT_EQ(r.ok({"facts", "Alpha", "--kind", "cancellation", "--json"}).json().size(), 2u);
  EXPECT_EQ(r.ok({"facts", "Alpha", "--since", "01.02.2026", "--json"}).json().size(), 2u);
  EXPECT_EQ(
      r.ok({"facts", "Alpha", "--kind", "absage", "--since", "2026-02-01", "--json"}).json().size(),
      1u);
  Result table = r.de({"facts", "Alpha"});
  EXPECT_NE(table.out.find("Wertschätzung"), std::string::npos) << table.out;
  EXPECT_NE(table.out.find("Frist 30 h"), std::string::npos) << table.out;
}

TEST(FactCommands, EditAndRemove) {
  Rapport r;
  r.ok({"client", "add", "Alpha"});
  r.ok({"log", "Alpha", "complaint", "--note", "laut"});
  auto edited = r.ok({"fact", "edit", "1", "--kind", "rude_tone", "--severity", "3", "--note",
                      "sehr laut", "--json"})
                    .json();
  EXPECT_EQ(edited["kind"], "rude_tone");
  EXPECT_EQ(edited["severity"], 3);
  EXPECT_EQ(edited["note"], "sehr laut");
  EXPECT_EQ(edited["date"], "2026-03-10");
  EXPECT_EQ(r.ok({"fact", "remove", "1"}).out, "Deleted fact #1 (rude tone on 2026-03-10).\n");
  EXPECT_TRUE(r.ok({"facts", "Alpha", "--json"}).json().empty());
  Result gone = r.run({"fact", "remove", "1"});
  EXPECT_EQ(gone.code, 65);
  EXPECT_NE(gone.err.find("no fact with id 1"), std::string::npos);
}

}  // namespace
}  // namespace rapport::testing
