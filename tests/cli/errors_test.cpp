// SPDX-License-Identifier: GPL-3.0-or-later
#include <fstream>

#include "harness.hpp"

namespace rapport::testing {
namespace {

TEST(Errors, UnknownOptionIsAUsageErrorWithAHint) {
  Rapport r;
  Result res = r.run({"client", "add", "Alpha", "--colour", "red"});
  EXPECT_EQ(res.code, 64);
  EXPECT_NE(res.err.find("error: unknown option or argument: --colour"), std::string::npos)
      << res.err;
  EXPECT_NE(res.err.find("hint: \"rapport client add --help\" lists the options."),
            std::string::npos)
      << res.err;
  Result de = r.de({"client", "add", "Alpha", "--farbe", "rot"});
  EXPECT_EQ(de.code, 64);
  EXPECT_NE(de.err.find("Fehler: Unbekannte Option oder unbekanntes Argument: --farbe"),
            std::string::npos)
      << de.err;
  EXPECT_EQ(r.dump(), "(no database)");
}

TEST(Errors, MissingArgumentsAndCommands) {
  Rapport r;
  Result no_name = r.run({"client", "add"});
  EXPECT_EQ(no_name.code, 64);
  EXPECT_NE(no_name.err.find("NAME is missing"), std::string::npos) << no_name.err;
  Result no_verb = r.run({"client"});
  EXPECT_EQ(no_verb.code, 64);
  Result no_value = r.run({"log", "A", "note", "--date"});
  EXPECT_EQ(no_value.code, 64);
  EXPECT_NE(no_value.err.find("--date"), std::string::npos) << no_value.err;
  Result bad_lang = r.run({"--lang", "fr", "client", "list"});
  EXPECT_EQ(bad_lang.code, 64);
}

TEST(Errors, AnUnreadableDatabaseIsAnIoError) {
  Rapport r;
  std::filesystem::create_directories(r.dir() / "adir");
  r.env["RAPPORT_DB"] = (r.dir() / "adir").string();
  Result dir = r.run({"client", "list"});
  EXPECT_EQ(dir.code, 74);
  EXPECT_NE(dir.err.find("is a directory"), std::string::npos) << dir.err;

  std::string garbage = (r.dir() / "garbage.db").string();
  {
    std::ofstream out(garbage);
    out << std::string(8192, 'x');
  }
  Result not_db = r.run({"--db", garbage, "client", "list"});
  EXPECT_EQ(not_db.code, 74);
  EXPECT_NE(not_db.err.find("is not a rapport database"), std::string::npos) << not_db.err;
  EXPECT_NE(not_db.err.find("hint: "), std::string::npos);
}

TEST(Errors, DataErrorsChangeNothingInBothLanguages) {
  Rapport r;
  r.ok({"client", "add", "Alpha"});
  std::string before = r.dump();
  const std::vector<std::vector<std::string>> bad = {
      {"log", "Alpha", "note", "--date", "31.02.2026"},
      {"invoice", "add", "Alpha", "--number", "1", "--amount", "12,3,4"},
      {"time", "add", "Alpha", "--hours", "-3"},
      {"log", "Alpha", "wutanfall"},
      {"log", "Nobody", "note"},
  };
  for (const auto& args : bad) {
    for (const char* lang : {"en", "de"}) {
      Result res = r.run(args, lang);
      EXPECT_EQ(res.code, 65) << args[0] << " " << lang << ": " << res.err;
      std::string prefix = std::string(lang) == "de" ? "Fehler: " : "error: ";
      EXPECT_EQ(res.err.rfind(prefix, 0), 0u) << res.err;
    }
  }
  EXPECT_EQ(r.dump(), before);
}

TEST(Errors, GermanImpossibleDateMessage) {
  Rapport r;
  r.ok({"client", "add", "Alpha"});
  Result res = r.de({"log", "Alpha", "note", "--date", "31.02.2026"});
  EXPECT_EQ(res.err,
            "Fehler: --date: „31.02.2026“ ist kein gültiges Datum: 02/2026 hat nur 28 Tage.\n");
}

TEST(GlobalOptions, WorkBeforeAndAfterTheCommand) {
  Rapport r;
  r.ok({"client", "add", "Alpha"});
  EXPECT_EQ(r.ok({"--json", "client", "list"}).json().size(), 1u);
  EXPECT_EQ(r.ok({"client", "list", "--json"}).json().size(), 1u);
  std::string other = (r.dir() / "other.db").string();
  r.ok({"client", "add", "Beta", "--db", other});
  EXPECT_EQ(r.ok({"--db", other, "client", "list", "--json"}).json()[0]["name"], "Beta");
  EXPECT_EQ(r.ok({"client", "add", "Gamma", "--quiet"}).out, "");
}

TEST(GlobalOptions, DefaultDatabaseUnderXdgDataHome) {
  Rapport r;
  r.env.erase("RAPPORT_DB");
  r.ok({"client", "add", "Alpha"});
  EXPECT_TRUE(std::filesystem::exists(r.dir() / "xdg" / "rapport" / "rapport.db"));
}

TEST(Help, InBothLanguagesAndForEveryCommand) {
  Rapport r;
  Result en = r.ok({"--help"});
  EXPECT_NE(en.out.find("client"), std::string::npos);
  EXPECT_NE(en.out.find("Global options"), std::string::npos);
  Result de = r.ok({"--help"}, "de");
  EXPECT_NE(de.out.find("Globale Optionen"), std::string::npos) << de.out;
  Result sub = r.ok({"help", "client", "add"}, "de");
  EXPECT_NE(sub.out.find("--alias"), std::string::npos);
  EXPECT_NE(sub.out.find("Ein weiterer Name"), std::string::npos) << sub.out;
  EXPECT_NE(r.ok({"--version"}).out.find("rapport "), std::string::npos);
}

TEST(DefaultView, WithoutACommandTheClientsAreShown) {
  Rapport r;
  EXPECT_NE(r.ok({}).out.find("No clients yet"), std::string::npos);
  r.ok({"client", "add", "Alpha"});
  EXPECT_NE(r.ok({}).out.find("Alpha"), std::string::npos);
}

}  // namespace
}  // namespace rapport::testing
