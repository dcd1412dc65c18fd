// SPDX-License-Identifier: GPL-3.0-or-later
#include "harness.hpp"

namespace rapport::testing {
namespace {

TEST(AgreementCommands, AddWithEveryOptionAndShowAsJson) {
  Rapport r;
  r.ok({"client", "add", "Nordwerk"});
  Result added = r.ok({"agreement",
                       "add",
                       "Nordwerk",
                       "--title",
                       "Rahmenvertrag",
                       "--type",
                       "werkvertrag",
                       "--flat-fee",
                       "48.000,00 €",
                       "--included-hours",
                       "20",
                       "--included-revisions",
                       "2",
                       "--scope-in",
                       "Website",
                       "--scope-in",
                       "Broschüre",
                       "--scope-out",
                       "Fotos",
                       "--start",
                       "01.01.2026",
                       "--term",
                       "12m",
                       "--renewal",
                       "12m",
                       "--notice",
                       "3 months to end of term",
                       "--payment-days",
                       "30",
                       "--cancellation-notice",
                       "48h",
                       "--trust-based",
                       "--form",
                       "written",
                       "--note",
                       "signed"});
  EXPECT_EQ(added.out, "Added agreement \"Rahmenvertrag\" (#1) for \"Nordwerk\".\n");
  auto a = r.ok({"agreement", "show", "1", "--json"}).json();
  EXPECT_EQ(a["client_id"], 1);
  EXPECT_EQ(a["type"], "werkvertrag");
  EXPECT_EQ(a["pricing"], "flat_fee");
  EXPECT_EQ(a["price"], 48000.0);
  EXPECT_EQ(a["price_cents"], 4800000);
  EXPECT_EQ(a["included_hours"], 20.0);
  EXPECT_EQ(a["included_revisions"], 2);
  EXPECT_EQ(a["scope_in"], nlohmann::json::array({"Website", "Broschüre"}));
  EXPECT_EQ(a["scope_out"], nlohmann::json::array({"Fotos"}));
  EXPECT_EQ(a["start"], "2026-01-01");
  EXPECT_EQ(a["term"], "12m");
  EXPECT_EQ(a["renewal"], "12m");
  EXPECT_EQ(a["notice"], "3 months to end of term");
  EXPECT_EQ(a["payment_days"], 30);
  EXPECT_EQ(a["cancellation_notice_hours"], 48.0);
  EXPECT_EQ(a["trust_based"], true);
  EXPECT_EQ(a["form"], "written");
  EXPECT_EQ(a["status"], "running");
  Result shown = r.de({"agreement", "show", "1"});
  EXPECT_NE(shown.out.find("48.000,00 € pauschal"), std::string::npos) << shown.out;
  EXPECT_NE(shown.out.find("12 Monate"), std::string::npos) << shown.out;
}

TEST(AgreementCommands, PricesExcludeEachOther) {
  Rapport r;
  r.ok({"client", "add", "A"});
  Result both =
      r.run({"agreement", "add", "A", "--title", "x", "--hourly-rate", "90", "--retainer", "500"});
  EXPECT_EQ(both.code, 64);
  EXPECT_NE(both.err.find("cannot be used together"), std::string::npos) << both.err;
  Result no_title = r.run({"agreement", "add", "A"});
  EXPECT_EQ(no_title.code, 64);
  EXPECT_NE(no_title.err.find("--title is missing"), std::string::npos) << no_title.err;
}

TEST(AgreementCommands, EditListAndEnd) {
  Rapport r;
  r.ok({"client", "add", "A"});
  r.ok({"client", "add", "B"});
  r.ok({"agreement", "add", "A", "--title", "Coaching", "--hourly-rate", "120", "--scope-in",
        "Sitzungen"});
  r.ok({"agreement", "add", "B", "--title", "Wartung", "--retainer", "300", "--start",
        "2026-01-01"});
  r.ok({"agreement", "edit", "1", "--hourly-rate", "130", "--remove-scope-in", "sitzungen",
        "--scope-out", "Reisen", "--type", "dienstvertrag"});
  auto a = r.ok({"agreement", "show", "1", "--json"}).json();
  EXPECT_EQ(a["price"], 130.0);
  EXPECT_EQ(a["scope_in"], nlohmann::json::array());
  EXPECT_EQ(a["scope_out"], nlohmann::json::array({"Reisen"}));
  EXPECT_EQ(a["type"], "dienstvertrag");
  EXPECT_EQ(r.ok({"agreement", "list", "--json"}).json().size(), 2u);
  EXPECT_EQ(r.ok({"agreement", "list", "B", "--json"}).json().size(), 1u);
  r.ok({"agreement", "end", "2", "--date", "2026-03-01"});
  auto ended = r.ok({"agreement", "show", "2", "--json"}).json();
  EXPECT_EQ(ended["status"], "ended");
  EXPECT_EQ(ended["ended_on"], "2026-03-01");
  EXPECT_EQ(r.ok({"agreement", "list", "--running", "--json"}).json().size(), 1u);
  Result unknown = r.run({"agreement", "show", "9"});
  EXPECT_EQ(unknown.code, 65);
  EXPECT_NE(unknown.err.find("no agreement with id 9"), std::string::npos);
}

TEST(AgreementCommands, BadValuesNameTheOption) {
  Rapport r;
  r.ok({"client", "add", "A"});
  std::string before = r.dump();
  const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
      {{"--term", "forever"}, "--term"},
      {{"--hourly-rate", "viel"}, "--hourly-rate"},
      {{"--start", "31.02.2026"}, "--start"},
      {{"--payment-days", "-3"}, "--payment-days"},
      {{"--type", "kaufvertrag"}, "--type"},
      {{"--cancellation-notice", "bald"}, "--cancellation-notice"},
      {{"--start", "2026-03-01", "--end", "2026-02-01"}, "--end"},
  };
  for (const auto& [extra, field] : cases) {
    std::vector<std::string> args = {"agreement", "add", "A", "--title", "x"};
    args.insert(args.end(), extra.begin(), extra.end());
    Result res = r.run(args);
    EXPECT_EQ(res.code, 65) << field << ": " << res.err;
    EXPECT_NE(res.err.find("error: " + field), std::string::npos) << res.err;
  }
  EXPECT_EQ(r.dump(), before);
}

}  // namespace
}  // namespace rapport::testing
