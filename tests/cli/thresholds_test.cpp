// SPDX-License-Identifier: GPL-3.0-or-later
#include <fstream>

#include "harness.hpp"

namespace rapport::testing {
namespace {

nlohmann::json find_rule(const nlohmann::json& rules, const std::string& metric,
                         const std::string& level) {
  for (const auto& r : rules)
    if (r["metric"] == metric && r["level"] == level) return r;
  return nullptr;
}

TEST(Thresholds, DefaultsShipAndAreListedInBothLanguages) {
  Rapport r;
  auto rules = r.ok({"thresholds", "list", "--json"}).json();
  auto snc = find_rule(rules, "short_notice_cancellations", "address");
  ASSERT_FALSE(snc.is_null());
  EXPECT_EQ(snc["comparison"], ">=");
  EXPECT_EQ(snc["value"], "2");
  EXPECT_EQ(snc["window"], "90d");
  EXPECT_EQ(find_rule(rules, "rude_tone", "leave")["value"], "3");
  EXPECT_EQ(find_rule(rules, "effective_rate", "address")["value"], "80%");
  EXPECT_EQ(find_rule(rules, "max_days_overdue", "leave")["value"], "60");
  Result en = r.ok({"thresholds", "list"});
  EXPECT_NE(en.out.find("shipped defaults"), std::string::npos);
  Result de = r.ok({"thresholds", "list"}, "de");
  EXPECT_NE(de.out.find("ansprechen"), std::string::npos) << de.out;
  EXPECT_NE(de.out.find("kurzfristige Absagen"), std::string::npos) << de.out;
}

TEST(Thresholds, SetReplacesTheRuleOfTheSameMetricAndLevel) {
  Rapport r;
  EXPECT_EQ(r.ok({"thresholds", "set", "short_notice_cancellations", ">=", "3", "--window", "6m",
                  "--level", "address", "--note", "Drei sind zu viel"})
                .out,
            "Threshold set: short_notice_cancellations >= 3 (6m) → address\n");
  r.ok({"thresholds", "set", "short_notice_cancellations", ">=", "5", "--level", "leave"});
  auto rules = r.ok({"thresholds", "list", "--json"}).json();
  auto address = find_rule(rules, "short_notice_cancellations", "address");
  EXPECT_EQ(address["value"], "3");
  EXPECT_EQ(address["window"], "6m");
  EXPECT_EQ(address["note"], "Drei sind zu viel");
  EXPECT_EQ(find_rule(rules, "short_notice_cancellations", "leave")["window"], "1y");
  EXPECT_EQ(r.ok({"thresholds", "list"}).out.find("shipped defaults"), std::string::npos);
}

TEST(Thresholds, TheUsersRulesDecideTheBand) {
  Rapport r;
  r.ok({"client", "add", "A"});
  r.ok({"log", "A", "cancellation", "--date", "2026-03-01", "--notice", "2h"});
  EXPECT_EQ(r.ok({"status", "--json"}).json()[0]["band"], "green");
  r.ok({"thresholds", "set", "short_notice_cancellations", ">=", "1", "--window", "30d", "--level",
        "leave"});
  auto status = r.ok({"status", "--json"}).json();
  EXPECT_EQ(status[0]["band"], "red");
  EXPECT_EQ(status[0]["reasons"][0]["evidence"][0]["date"], "2026-03-01");
  r.ok({"thresholds", "remove", "short_notice_cancellations", "--level", "leave"});
  EXPECT_EQ(r.ok({"status", "--json"}).json()[0]["band"], "green");
}

TEST(Thresholds, InvalidRulesAreRefusedAndChangeNothing) {
  Rapport r;
  r.ok({"thresholds", "set", "rude_tone", ">=", "2"});
  std::string before = r.dump();
  Result metric = r.run({"thresholds", "set", "politeness", ">=", "1"});
  EXPECT_EQ(metric.code, 65);
  EXPECT_NE(metric.err.find("METRIC: \"politeness\" is not a metric"), std::string::npos)
      << metric.err;
  EXPECT_NE(metric.err.find("hint: The metrics are: revenue, hours,"), std::string::npos)
      << metric.err;
  EXPECT_EQ(r.run({"thresholds", "set", "rude_tone", "~", "1"}).code, 65);
  EXPECT_EQ(r.run({"thresholds", "set", "rude_tone", ">=", "viele"}).code, 65);
  EXPECT_EQ(r.run({"thresholds", "set", "rude_tone", ">=", "1", "--level", "panic"}).code, 65);
  EXPECT_EQ(r.run({"thresholds", "remove", "no_shows", "--level", "leave"}).code, 65);
  EXPECT_EQ(r.dump(), before);
}

TEST(Thresholds, ResetExportImportAndEdit) {
  Rapport r;
  r.ok({"thresholds", "set", "rude_tone", ">=", "2", "--level", "address"});
  std::string file = (r.dir() / "rules.toml").string();
  r.ok({"thresholds", "export", "--out", file});
  r.ok({"thresholds", "reset", "--yes"});
  EXPECT_EQ(
      find_rule(r.ok({"thresholds", "list", "--json"}).json(), "rude_tone", "address")["value"],
      "1");
  Result imported = r.ok({"thresholds", "import", file});
  EXPECT_NE(imported.out.find("Imported"), std::string::npos);
  auto rules = r.ok({"thresholds", "list", "--json"}).json();
  EXPECT_EQ(find_rule(rules, "rude_tone", "address")["value"], "2");

  // The editor is any program; this one rewrites the value in place.
  r.env["EDITOR"] = "sed -i \"s/value = '2'/value = '4'/\"";
  r.ok({"thresholds", "edit"});
  EXPECT_EQ(
      find_rule(r.ok({"thresholds", "list", "--json"}).json(), "rude_tone", "address")["value"],
      "4");

  r.env["EDITOR"] = "sed -i \"s/metric = 'rude_tone'/metric = 'rudeness'/\"";
  std::string before = r.dump();
  Result broken = r.run({"thresholds", "edit"});
  EXPECT_EQ(broken.code, 65);
  EXPECT_NE(broken.err.find("is not a metric"), std::string::npos) << broken.err;
  EXPECT_EQ(r.dump(), before);
}

TEST(Thresholds, ImportErrorsNameFileLineAndField) {
  Rapport r;
  r.ok({"thresholds", "list"});
  std::string file = (r.dir() / "bad.toml").string();
  {
    std::ofstream out(file);
    out << "[[threshold]]\nmetric = \"rude_tone\"\ncomparison = \">=\"\nvalue = \"1\"\nlevel = "
           "\"address\"\n\n"
           "[[threshold]]\nmetric = \"no_shows\"\ncomparison = \">=\"\nvalue = \"zwei\"\nlevel = "
           "\"address\"\n";
  }
  std::string before = r.dump();
  Result bad = r.run({"thresholds", "import", file});
  EXPECT_EQ(bad.code, 65);
  EXPECT_NE(bad.err.find("bad.toml:10: value: \"zwei\" does not fit no_shows"), std::string::npos)
      << bad.err;
  {
    std::ofstream out(file);
    out << "[[threshold]]\nmetric = \"rude_tone\"\nvalue = \n";
  }
  Result syntax = r.run({"thresholds", "import", file});
  EXPECT_EQ(syntax.code, 65);
  EXPECT_NE(syntax.err.find("bad.toml:3:"), std::string::npos) << syntax.err;
  EXPECT_EQ(r.run({"thresholds", "import", (r.dir() / "missing.toml").string()}).code, 66);
  EXPECT_EQ(r.dump(), before);
}

}  // namespace
}  // namespace rapport::testing
