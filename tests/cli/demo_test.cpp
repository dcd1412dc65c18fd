// SPDX-License-Identifier: GPL-3.0-or-later
#include <map>
#include <set>

#include "harness.hpp"

namespace rapport::testing {
namespace {

nlohmann::json find(const nlohmann::json& clients, const std::string& name) {
  for (const auto& c : clients)
    if (c["name"] == name) return c;
  ADD_FAILURE() << "no client " << name;
  return {};
}

TEST(Demo, TheDemoFlagUsesItsOwnSeededDatabase) {
  Rapport r;
  Result shown = r.ok({"--demo"});
  EXPECT_NE(shown.out.find("Café Lindenblüte"), std::string::npos) << shown.out;
  EXPECT_TRUE(std::filesystem::exists(r.dir() / "xdg" / "rapport" / "demo.db"));
  EXPECT_FALSE(std::filesystem::exists(r.db()));  // the user's own database is untouched
  auto clients = r.ok({"--demo", "client", "list", "--all", "--json"}).json();
  EXPECT_GE(clients.size(), 8u);
  // Seeded once: a second run shows the same data.
  EXPECT_EQ(r.ok({"--demo", "client", "list", "--all", "--json"}).json().size(), clients.size());
}

TEST(Demo, TheStoriesShowInTheData) {
  Rapport r;
  r.ok({"demo"});
  auto clients = r.ok({"client", "list", "--all", "--json"}).json();
  // The client who refused to pay after delivery: a dispute and an invoice long overdue.
  auto cafe = find(clients, "Café Lindenblüte");
  EXPECT_GT(cafe["overdue_amount"].get<double>(), 0);
  EXPECT_GT(cafe["max_days_overdue"].get<int>(), 30);
  EXPECT_EQ(r.ok({"facts", "Café", "--kind", "dispute", "--json"}).json().size(), 1u);
  // The short-notice canceller: several cancellations with a few hours' notice.
  auto cancellations = r.ok({"facts", "Sommer", "--kind", "cancellation", "--json"}).json();
  EXPECT_GE(cancellations.size(), 4u);
  int short_notice = 0;
  for (const auto& f : cancellations) short_notice += f["notice_hours"].get<double>() < 24 ? 1 : 0;
  EXPECT_GE(short_notice, 3);
  // The biggest client asking for extras beyond the flat fee.
  auto extras = r.ok({"facts", "Nordwerk", "--kind", "out_of_scope_request", "--json"}).json();
  EXPECT_GE(extras.size(), 5u);
  double biggest = 0;
  for (const auto& c : clients) biggest = std::max(biggest, c["revenue_last_year"].get<double>());
  EXPECT_EQ(find(clients, "Nordwerk Maschinenbau GmbH")["revenue_last_year"].get<double>(),
            biggest);
  // The reference client who refers others, and the prospect with a bad feeling.
  EXPECT_GE(r.ok({"facts", "Grünwerk", "--kind", "referral", "--json"}).json().size(), 2u);
  EXPECT_EQ(find(clients, "Grünwerk Stiftung")["overdue_amount"], 0.0);
  EXPECT_EQ(find(clients, "Fluxion Labs")["status"], "prospect");
  EXPECT_LT(r.ok({"facts", "Fluxion", "--json"}).json()[0]["mood"].get<int>(), 0);
  // The late payer and the relationship that ended.
  EXPECT_GT(find(clients, "Hoffmann Immobilien")["overdue_amount"].get<double>(), 0);
  EXPECT_EQ(find(clients, "Atelier Farbraum")["status"], "ended");
  // The one that recovered: problems before a meeting, appreciation after it.
  auto krume = r.ok({"facts", "Krume", "--json"}).json();
  std::string meeting_date;
  for (const auto& f : krume)
    if (f["kind"] == "meeting") meeting_date = f["date"];
  ASSERT_FALSE(meeting_date.empty());
  for (const auto& f : krume) {
    if (f["kind"] == "rude_tone" || f["kind"] == "cancellation") {
      EXPECT_LT(f["date"].get<std::string>(), meeting_date);
    }
    if (f["kind"] == "appreciation") {
      EXPECT_GT(f["date"].get<std::string>(), meeting_date);
    }
  }
}

TEST(Demo, TheStoriesComeOutInTheBandsAReaderExpects) {
  Rapport r;
  r.ok({"demo"});
  std::map<std::string, std::string> bands;
  for (const auto& s : r.ok({"status", "--json"}).json()) bands[s["client"]["name"]] = s["band"];
  EXPECT_EQ(bands["Café Lindenblüte"], "red");  // refuses to pay, 60+ days overdue
  EXPECT_EQ(bands["Kanzlei Berger & Partner"],
            "red");  // no ownership: agreements broken again and again
  EXPECT_EQ(bands["Nordwerk Maschinenbau GmbH"], "yellow");  // extras beyond the flat fee
  EXPECT_EQ(bands["Praxis Dr. Sommer"], "yellow");           // short-notice cancellations
  EXPECT_EQ(bands["Hoffmann Immobilien"], "yellow");         // pays late
  EXPECT_EQ(bands["Fluxion Labs"], "yellow");                // a bad gut feeling
  EXPECT_EQ(bands["Grünwerk Stiftung"], "green");            // the reference
  EXPECT_EQ(bands["Bäckerei Krume"], "green");               // recovered after a conversation
  EXPECT_EQ(bands["Verlag Seitenwind"], "green");
  EXPECT_EQ(bands.count("Atelier Farbraum"), 0u);  // ended
  auto status = r.ok({"status", "--json"}).json();
  EXPECT_EQ(status[0]["band"], "red");
  EXPECT_EQ(status.back()["band"], "green");
  // The reasons are the ones of the story.
  auto nordwerk = r.ok({"show", "Nordwerk", "--json"}).json();
  std::set<std::string> reasons;
  for (const auto& reason : nordwerk["reasons"]) reasons.insert(reason["metric"]);
  EXPECT_TRUE(reasons.count("scope_creep"));
  EXPECT_TRUE(reasons.count("revision_rounds"));
  EXPECT_EQ(r.ok({"show", "Sommer", "--json"}).json()["reasons"][0]["metric"],
            "short_notice_cancellations");
}

TEST(Demo, RefusesADatabaseWithClients) {
  Rapport r;
  r.ok({"client", "add", "Alpha"});
  std::string before = r.dump();
  EXPECT_EQ(r.run({"demo"}).code, 65);
  EXPECT_EQ(r.dump(), before);
}

}  // namespace
}  // namespace rapport::testing
