// SPDX-License-Identifier: GPL-3.0-or-later
#include "harness.hpp"

namespace rapport::testing {
namespace {

TEST(ClientCommands, AddShowsAndListsInEnglish) {
  Rapport r;
  Result added = r.ok({"client", "add", "Müller GmbH", "--alias", "MG", "--domain", "mueller.de",
                       "--email", "anna@mueller.de", "--tag", "print", "--note", "Seit 2024"});
  EXPECT_EQ(added.out, "Added client \"Müller GmbH\" (#1).\n");
  auto c = r.ok({"client", "show", "mg", "--json"}).json();
  EXPECT_EQ(c["name"], "Müller GmbH");
  EXPECT_EQ(c["aliases"], nlohmann::json::array({"MG"}));
  EXPECT_EQ(c["domains"], nlohmann::json::array({"mueller.de"}));
  EXPECT_EQ(c["emails"], nlohmann::json::array({"anna@mueller.de"}));
  EXPECT_EQ(c["tags"], nlohmann::json::array({"print"}));
  EXPECT_EQ(c["status"], "active");
  EXPECT_EQ(c["notes"], "Seit 2024");
  Result list = r.ok({"client", "list"});
  EXPECT_NE(list.out.find("Müller GmbH"), std::string::npos);
  EXPECT_NE(list.out.find("no running agreement"), std::string::npos);
}

TEST(ClientCommands, AddInGerman) {
  Rapport r;
  Result added = r.ok({"client", "add", "Bäckerei Krume", "--status", "Interessent"}, "de");
  EXPECT_EQ(added.out, "Kunde „Bäckerei Krume“ angelegt (#1).\n");
  Result list = r.de({"client", "list"});
  EXPECT_NE(list.out.find("Interessent"), std::string::npos) << list.out;
  EXPECT_NE(list.out.find("keine laufende Vereinbarung"), std::string::npos) << list.out;
  EXPECT_EQ(r.ok({"client", "list", "--json"}).json()[0]["status"], "prospect");
}

TEST(ClientCommands, ClientsAreFoundByNameAliasIdOrUniqueBeginning) {
  Rapport r;
  r.ok({"client", "add", "Nordwerk Maschinenbau", "--alias", "NWM"});
  r.ok({"client", "add", "Nordlicht Design"});
  EXPECT_EQ(r.ok({"client", "show", "nordwerk maschinenbau", "--json"}).json()["id"], 1);
  EXPECT_EQ(r.ok({"client", "show", "nwm", "--json"}).json()["id"], 1);
  EXPECT_EQ(r.ok({"client", "show", "#2", "--json"}).json()["id"], 2);
  EXPECT_EQ(r.ok({"client", "show", "2", "--json"}).json()["id"], 2);
  EXPECT_EQ(r.ok({"client", "show", "Nordl", "--json"}).json()["id"], 2);

  Result ambiguous = r.run({"client", "show", "Nord"});
  EXPECT_EQ(ambiguous.code, 65);
  EXPECT_NE(ambiguous.err.find("ambiguous"), std::string::npos);
  EXPECT_NE(ambiguous.err.find("Nordwerk Maschinenbau (#1)"), std::string::npos);
  EXPECT_NE(ambiguous.err.find("Nordlicht Design (#2)"), std::string::npos);
  EXPECT_NE(ambiguous.err.find("hint:"), std::string::npos);

  Result unknown = r.run({"client", "show", "Nordlict Design"});
  EXPECT_EQ(unknown.code, 65);
  EXPECT_EQ(unknown.err,
            "error: client: there is no client \"Nordlict Design\".\nhint: Did you mean "
            "\"Nordlicht Design\"?\n");
  Result unbekannt = r.de({"client", "show", "Südwind"});
  EXPECT_EQ(unbekannt.code, 65);
  EXPECT_NE(unbekannt.err.find("Fehler: Kunde: Es gibt keinen Kunden „Südwind“."),
            std::string::npos)
      << unbekannt.err;
}

TEST(ClientCommands, NamesAndAddressesAreUnique) {
  Rapport r;
  r.ok({"client", "add", "Alpha", "--email", "team@alpha.de"});
  std::string before = r.dump();
  Result same_name = r.run({"client", "add", "ALPHA"});
  EXPECT_EQ(same_name.code, 65);
  EXPECT_NE(same_name.err.find("already used"), std::string::npos);
  // The client row is written first, the address then fails: the whole command is undone.
  Result same_mail = r.run({"client", "add", "Beta", "--email", "Team@Alpha.de"});
  EXPECT_EQ(same_mail.code, 65);
  EXPECT_NE(same_mail.err.find("already belongs to the client \"Alpha\""), std::string::npos)
      << same_mail.err;
  EXPECT_EQ(r.dump(), before);
}

TEST(ClientCommands, EditChangesOnlyWhatIsGiven) {
  Rapport r;
  r.ok({"client", "add", "Alpha", "--alias", "A1", "--tag", "x", "--note", "alt"});
  r.ok({"client", "edit", "alpha", "--name", "Alpha AG", "--alias", "A2", "--remove-alias", "a1",
        "--remove-tag", "x", "--status", "paused", "--domain", "@Alpha.DE"});
  auto c = r.ok({"client", "show", "Alpha AG", "--json"}).json();
  EXPECT_EQ(c["aliases"], nlohmann::json::array({"A2"}));
  EXPECT_EQ(c["tags"], nlohmann::json::array());
  EXPECT_EQ(c["status"], "paused");
  EXPECT_EQ(c["notes"], "alt");
  EXPECT_EQ(c["domains"], nlohmann::json::array({"alpha.de"}));
  Result missing = r.run({"client", "edit", "Alpha AG", "--remove-alias", "nope"});
  EXPECT_EQ(missing.code, 65);
  EXPECT_NE(missing.err.find("--remove-alias"), std::string::npos);
}

TEST(ClientCommands, EndMarksTheRelationshipAndWarnsAboutRunningAgreements) {
  Rapport r;
  r.ok({"client", "add", "Alpha"});
  r.ok({"agreement", "add", "Alpha", "--title", "Retainer", "--retainer", "500"});
  Result ended = r.ok({"client", "end", "Alpha", "--date", "01.03.2026"});
  EXPECT_NE(ended.out.find("ended on 2026-03-01"), std::string::npos);
  EXPECT_NE(ended.err.find("still running"), std::string::npos);
  auto c = r.ok({"client", "show", "Alpha", "--json"}).json();
  EXPECT_EQ(c["status"], "ended");
  EXPECT_EQ(c["ended_on"], "2026-03-01");
  EXPECT_TRUE(r.ok({"client", "list", "--json"}).json().empty());
  EXPECT_EQ(r.ok({"client", "list", "--all", "--json"}).json().size(), 1u);
}

TEST(ClientCommands, ListCountsTheHoursOfTheLastYear) {
  Rapport r;  // today is 2026-03-10
  r.ok({"client", "add", "Alpha"});
  r.ok({"client", "add", "Beta"});
  r.ok({"time", "add", "Alpha", "--date", "2025-03-10", "--hours", "10"});  // a year ago: out
  r.ok({"time", "add", "Alpha", "--date", "2025-03-11", "--hours", "2"});
  r.ok({"time", "add", "Alpha", "--date", "2025-12-01", "--hours", "3"});
  r.ok({"time", "add", "Alpha", "--date", "2026-03-09", "--hours", "1.5"});
  r.ok({"time", "add", "Beta", "--date", "2026-03-02", "--hours", "4"});
  auto list = r.ok({"client", "list", "--json"}).json();
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0]["hours_last_year"], 6.5);
  EXPECT_EQ(list[1]["hours_last_year"], 4);
  EXPECT_EQ(r.ok({"client", "remove", "Alpha", "--yes", "--json"}).json()["time_entries"], 4);
}

TEST(ClientCommands, RemoveAsksAndRemovesEverything) {
  Rapport r;
  r.ok({"client", "add", "Alpha"});
  r.ok({"client", "add", "Beta"});
  r.ok({"log", "Alpha", "note", "--note", "x"});
  r.ok({"log", "Beta", "note", "--note", "y"});
  r.ok({"invoice", "add", "Alpha", "--number", "1", "--amount", "100"});
  std::string before = r.dump();
  Result refused = r.run({"client", "remove", "Alpha"});  // no terminal to ask on
  EXPECT_EQ(refused.code, 64);
  EXPECT_NE(refused.err.find("--yes"), std::string::npos);
  EXPECT_EQ(r.dump(), before);

  // On a terminal it asks; anything but yes keeps everything.
  Result declined = r.run_in_terminal({"client", "remove", "Alpha"}, "de", "n\n");
  EXPECT_EQ(declined.code, 1);
  EXPECT_NE(declined.out.find("„Alpha“ mit 0 Vereinbarungen, 1 Vorfällen"), std::string::npos)
      << declined.out;
  EXPECT_NE(declined.out.find("Es wurde nichts gelöscht."), std::string::npos) << declined.out;
  EXPECT_EQ(r.dump(), before);

  auto removed = r.ok({"client", "remove", "Alpha", "--yes", "--json"}).json();
  EXPECT_EQ(removed["facts"], 1);
  EXPECT_EQ(removed["invoices"], 1);
  EXPECT_EQ(r.run({"client", "show", "Alpha"}).code, 65);
  EXPECT_EQ(r.ok({"facts", "Beta", "--json"}).json().size(), 1u);
  EXPECT_TRUE(r.ok({"invoice", "list", "--json"}).json().empty());

  Result confirmed = r.run_in_terminal({"client", "remove", "Beta"}, "en", "y\n");
  EXPECT_EQ(confirmed.code, 0) << confirmed.out;
  EXPECT_NE(confirmed.out.find("Deleted \"Beta\""), std::string::npos) << confirmed.out;
  EXPECT_TRUE(r.ok({"client", "list", "--all", "--json"}).json().empty());
}

}  // namespace
}  // namespace rapport::testing
