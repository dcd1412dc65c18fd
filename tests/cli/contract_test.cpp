// SPDX-License-Identifier: GPL-3.0-or-later
// contract end, contract letter, invoice interest, dunning and base-rate on the real binary,
// on the demo agreements and on constructed cases.
#include <cstdio>
#include <fstream>
#include <sstream>

#include "harness.hpp"

namespace rapport::testing {
namespace {

const nlohmann::json* route(const nlohmann::json& end, const std::string& kind) {
  for (const auto& r : end["routes"])
    if (r["kind"] == kind) return &r;
  return nullptr;
}

TEST(ContractEnd, TheDemoAgreementsGetExplainedAnswers) {
  Rapport r;
  r.ok({"demo"});
  // Kanzlei Berger: a service contract with "4 Wochen zum Monatsende".
  auto berger = r.ok({"contract", "end", "1", "--json"}).json();
  EXPECT_EQ(berger["receipt"]["date"], "2026-03-10");
  const auto* ordinary = route(berger, "ordinary");
  ASSERT_TRUE(ordinary);
  EXPECT_EQ((*ordinary)["end"], "2026-04-30");
  EXPECT_EQ((*ordinary)["latest_receipt"], "2026-04-02");
  ASSERT_TRUE(route(berger, "trust"));
  EXPECT_EQ((*route(berger, "trust"))["open"], true);  // consulting based on trust
  EXPECT_NE(berger["disclaimer"].get<std::string>().find("not legal advice"), std::string::npos);
  // Nordwerk: a renewing framework agreement, "3 Monate zum Ende der Laufzeit".
  auto nordwerk = r.ok({"contract", "end", "2", "--want-end", "2026-09-15", "--json"}).json();
  EXPECT_EQ((*route(nordwerk, "ordinary"))["end"], "2026-09-15");
  EXPECT_EQ((*route(nordwerk, "ordinary"))["latest_receipt"], "2026-06-15");
  EXPECT_EQ((*route(nordwerk, "free_termination"))["open"], false);  // not for the contractor
  // Café: the client's free termination of the finished logo job is gone.
  auto cafe = r.ok({"contract", "end", "3", "--by", "client", "--json"}).json();
  EXPECT_EQ((*route(cafe, "free_termination"))["open"], false);
  // Hoffmann: the client ends the retainer by an e-mail on Friday evening.
  auto hoffmann = r.ok({"contract", "end", "5", "--by", "client", "--sent", "13.03.2026 19:30",
                        "--via", "email", "--json"})
                      .json();
  EXPECT_EQ(hoffmann["receipt"]["date"], "2026-03-16");
  EXPECT_EQ((*route(hoffmann, "ordinary"))["end"], "2026-04-30");

  Result de = r.de({"contract", "end", "1"});
  EXPECT_NE(de.out.find("Ordentliche Kündigung  frühestes Ende: 30.04.2026"), std::string::npos)
      << de.out;
  EXPECT_NE(de.out.find("keine Rechtsberatung"), std::string::npos);
  EXPECT_NE(de.out.find("Textform"), std::string::npos);
  Result en = r.ok({"contract", "end", "4"});  // hourly coaching without a clause
  EXPECT_NE(en.out.find("An hourly fee has no notice period of its own"), std::string::npos)
      << en.out;
}

TEST(ContractEnd, TheBundeslandDecidesTheHolidays) {
  Rapport r;
  r.ok({"client", "add", "Kunde"});
  r.ok({"agreement", "add", "Kunde", "--title", "Beratung", "--type", "dienstvertrag", "--retainer",
        "1000", "--notice", "1 Monat zum Monatsende"});
  auto by_default = r.ok({"contract", "end", "1", "--sent", "2026-06-03 19:00", "--json"}).json();
  EXPECT_EQ(by_default["receipt"]["date"], "2026-06-04");
  r.ok({"settings", "set", "bundesland", "BY"});  // Corpus Christi on 4 June
  auto bayern = r.ok({"contract", "end", "1", "--sent", "2026-06-03 19:00", "--json"}).json();
  EXPECT_EQ(bayern["receipt"]["date"], "2026-06-05");
  EXPECT_EQ(bayern["bundesland"], "BY");
}

TEST(ContractEnd, FeePeriodAndUnreadableClauses) {
  Rapport r;
  r.ok({"client", "add", "Kunde"});
  r.ok({"agreement", "add", "Kunde", "--title", "Betreuung", "--type", "dienstvertrag",
        "--retainer", "3000", "--fee-period", "quarter"});
  auto a = r.ok({"agreement", "show", "1", "--json"}).json();
  EXPECT_EQ(a["fee_period"], "quarter");
  auto end = r.ok({"contract", "end", "1", "--json"}).json();
  EXPECT_EQ((*route(end, "ordinary"))["end"], "2026-06-30");  // six weeks to a quarter end
  EXPECT_EQ(end["fee_period_assumed"], false);

  std::string before = r.dump();
  Result bad = r.run({"agreement", "add", "Kunde", "--title", "X", "--notice", "angemessen"});
  EXPECT_EQ(bad.code, 65);
  EXPECT_NE(bad.err.find("rapport cannot read the notice clause \"angemessen\""), std::string::npos)
      << bad.err;
  EXPECT_NE(bad.err.find("3 Monate zum Ende der Laufzeit"), std::string::npos);
  EXPECT_EQ(r.run({"agreement", "edit", "1", "--fee-period", "fortnight"}).code, 65);
  EXPECT_EQ(r.run({"contract", "end", "1", "--via", "email"}).code, 64);
  EXPECT_EQ(r.run({"contract", "end", "1", "--sent", "heute", "--via", "fax"}).code, 65);
  EXPECT_EQ(r.run({"contract", "end", "99"}).code, 65);
  EXPECT_EQ(r.dump(), before);
}

TEST(ContractLetter, ADraftInEveryFormatAndLanguage) {
  Rapport r;
  r.ok({"demo"});
  std::string md = r.de({"contract", "letter", "5", "--end", "30.04.2026", "--format", "md"}).out;
  EXPECT_NE(md.find("# Kündigung der Vereinbarung „Website-Wartung“"), std::string::npos) << md;
  EXPECT_NE(md.find("fristgerecht zum 30.04.2026, hilfsweise zum nächstmöglichen Zeitpunkt"),
            std::string::npos)
      << md;
  EXPECT_NE(md.find("Bitte bestätigen Sie mir schriftlich den Erhalt"), std::string::npos);
  EXPECT_NE(md.find("muss das Schreiben dem Kunden bis zum 31.03.2026 zugehen"), std::string::npos)
      << md;
  EXPECT_NE(md.find("keine Rechtsberatung"), std::string::npos);
  auto html = r.dir() / "letter.html";
  r.ok({"contract", "letter", "5", "--end", "2026-04-30", "--out", html.string()});
  EXPECT_NE(
      read_file(html).find("with effect from 2026-04-30, or otherwise at the next possible date"),
      std::string::npos);
  auto pdf = r.dir() / "letter.pdf";
  r.ok({"contract", "letter", "1", "--end", "2026-03-10", "--reason",
        "Wiederholte Beleidigungen vor dem Team", "--out", pdf.string()});
  std::string text = pdf_text(pdf);
  EXPECT_NE(text.find("for cause, without notice"), std::string::npos) << text;
  EXPECT_NE(text.find("Beleidigungen"), std::string::npos) << text;
  EXPECT_EQ(r.run({"contract", "letter", "5", "--end", "2026-01-01", "--format", "md"}).code, 65);
  EXPECT_EQ(r.run({"contract", "letter", "5"}).code, 64);
}

TEST(InvoiceInterest, DefaultInterestFeeAndLimitation) {
  Rapport r;
  r.ok({"client", "add", "Nordlicht GmbH"});
  r.ok({"invoice", "add", "Nordlicht", "--number", "R-1", "--date", "2026-02-02", "--amount",
        "5000"});
  auto i = r.ok({"invoice", "interest", "R-1", "--until", "2026-04-14", "--json"}).json();
  EXPECT_EQ(i["default_from"], "2026-03-05");  // LAW.md P1
  EXPECT_EQ(i["paragraph"], "§ 286 Abs. 3 BGB");
  EXPECT_EQ(i["spans"][0]["days"], 41);
  EXPECT_EQ(i["interest"], 57.68);
  EXPECT_EQ(i["flat_fee"], 40.0);
  EXPECT_EQ(i["limitation"]["last_day"], "2029-12-31");
  // A reminder received earlier brings the default forward.
  auto reminded = r.ok({"invoice", "interest", "R-1", "--reminder", "2026-02-20", "--json"}).json();
  EXPECT_EQ(reminded["default_from"], "2026-02-21");
  // Paid on time: no default, no fee.
  r.ok({"invoice", "add", "Nordlicht", "--number", "R-2", "--date", "2026-02-10", "--amount",
        "100"});
  r.ok({"payment", "add", "Nordlicht", "--amount", "100", "--date", "2026-02-20", "--invoice",
        "R-2"});
  auto paid = r.ok({"invoice", "interest", "R-2", "--json"}).json();
  EXPECT_EQ(paid["in_default"], false);
  EXPECT_EQ(paid["flat_fee"], 0.0);
  Result de = r.de({"invoice", "interest", "R-1", "--until", "2026-04-14"});
  EXPECT_NE(de.out.find("10,27 %"), std::string::npos) << de.out;
  EXPECT_NE(de.out.find("Verzugszinsen bis 14.04.2026: 57,68 €"), std::string::npos) << de.out;
  EXPECT_EQ(r.run({"invoice", "interest", "R-9"}).code, 65);
}

TEST(Dunning, RemindersAtThreeLevels) {
  Rapport r;
  r.ok({"demo"});
  auto d = r.ok({"dunning", "Hoffmann", "--level", "2", "--json"}).json();
  EXPECT_EQ(d["level"], 2);
  EXPECT_EQ(d["open"], 1071.0);
  EXPECT_EQ(d["fees"], 40.0);
  EXPECT_GT(d["interest"].get<double>(), 0.0);
  EXPECT_EQ(d["pay_by"], "2026-03-17");
  auto notes = r.ok({"facts", "Hoffmann", "--kind", "note", "--json"}).json();
  EXPECT_NE(notes.back()["note"].get<std::string>().find("level 2: 5-415"), std::string::npos);
  std::string one = r.de({"dunning", "Hoffmann", "--format", "md"}).out;
  EXPECT_NE(one.find("# Zahlungserinnerung"), std::string::npos) << one;
  EXPECT_EQ(one.find("Pauschale"), std::string::npos);  // level 1 claims no fee
  std::string three = r.de({"dunning", "Hoffmann", "--level", "3", "--format", "md"}).out;
  EXPECT_NE(three.find("# Letzte Mahnung"), std::string::npos);
  EXPECT_NE(three.find("gerichtlichen Mahnbescheid"), std::string::npos);
  EXPECT_NE(three.find("bis zum 20.03.2026"), std::string::npos) << three;
  std::string before = r.dump();
  EXPECT_EQ(r.run({"dunning", "Grünwerk"}).code, 65);  // nothing overdue
  EXPECT_NE(r.run({"dunning", "Hoffmann", "--level", "4"}).code, 0);
  EXPECT_EQ(r.dump(), before);
}

TEST(BaseRate, ShippedAndAdded) {
  Rapport r;
  auto rates = r.ok({"base-rate", "list", "--json"}).json();
  EXPECT_EQ(rates.back()["from"], "2026-01-01");
  EXPECT_EQ(rates.back()["percent"], 1.27);
  r.ok({"base-rate", "add", "2026-07-01", "1,02"});
  rates = r.ok({"base-rate", "list", "--json"}).json();
  EXPECT_EQ(rates.back()["from"], "2026-07-01");
  EXPECT_EQ(rates.back()["shipped"], false);
  EXPECT_EQ(r.run({"base-rate", "add", "2026-03-01", "1"}).code, 65);
  EXPECT_EQ(r.run({"base-rate", "add", "2026-07-01", "viel"}).code, 65);
  EXPECT_NE(r.de({"base-rate", "list"}).out.find("10,27 %"), std::string::npos);
}

TEST(Decide, LeavingShowsEachAgreementsEarliestEnd) {
  Rapport r;
  r.ok({"demo"});
  auto v = r.ok({"decide", "Berger", "--json"}).json();
  EXPECT_EQ(v["leaving"]["running_agreements"][0]["earliest_end"], "2026-04-30");
}

}  // namespace
}  // namespace rapport::testing
