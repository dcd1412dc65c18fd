// SPDX-License-Identifier: GPL-3.0-or-later
// Every command speaks German and English: the same session run in both languages.
#include "harness.hpp"

namespace rapport::testing {
namespace {

struct Step {
  std::vector<std::string> args;
  std::string english;  // a piece of what it prints in English
  std::string german;   // and in German
};

const std::vector<Step> kSession = {
    {{"client", "add", "Alpha", "--email", "a@alpha.de"},
     "Added client \"Alpha\" (#1).",
     "Kunde „Alpha“ angelegt (#1)."},
    {{"client", "edit", "Alpha", "--tag", "reference"},
     "Changed client \"Alpha\" (#1).",
     "Kunde „Alpha“ (#1) geändert."},
    {{"client", "show", "Alpha"}, "E-mail addresses:", "E-Mail-Adressen:"},
    {{"agreement", "add", "Alpha", "--title", "Coaching", "--hourly-rate", "120", "--start",
      "2026-01-01"},
     "Added agreement \"Coaching\" (#1) for \"Alpha\".",
     "Vereinbarung „Coaching“ (#1) für „Alpha“ angelegt."},
    {{"agreement", "edit", "1", "--payment-days", "30"}, "Payment terms:", "Zahlungsziel:"},
    {{"agreement", "list"}, "running", "läuft"},
    {{"agreement", "show", "1"}, "€120.00 per hour", "120,00 € pro Stunde"},
    {{"log", "Alpha", "referral"},
     "Recorded referral for \"Alpha\" on 2026-03-10 (fact #1).",
     "Empfehlung für „Alpha“ am 10.03.2026 festgehalten (Vorfall #1)."},
    {{"fact", "edit", "1", "--mood", "2"},
     "Changed fact #1: referral on 2026-03-10.",
     "Vorfall #1 geändert: Empfehlung am 10.03.2026."},
    {{"facts", "Alpha"}, "mood +2", "Stimmung +2"},
    {{"fact", "remove", "1"},
     "Deleted fact #1 (referral on 2026-03-10).",
     "Vorfall #1 gelöscht (Empfehlung am 10.03.2026)."},
    {{"time", "add", "Alpha", "--hours", "2"},
     "Recorded 2 h for \"Alpha\" on 2026-03-10.",
     "2 h für „Alpha“ am 10.03.2026 erfasst."},
    {{"time", "list"},
     "In all: 2 h, of which 0 h out of scope.",
     "Insgesamt: 2 h, davon 0 h außerhalb des Umfangs."},
    {{"invoice", "add", "Alpha", "--number", "R1", "--amount", "240", "--date", "2026-02-01"},
     "Recorded invoice R1 for \"Alpha\": €240.00, due 2026-03-03.",
     "Rechnung R1 für „Alpha“ erfasst: 240,00 €, fällig am 03.03.2026."},
    {{"invoice", "list", "--overdue"}, "overdue 7 days", "7 Tage überfällig"},
    {{"payment", "add", "Alpha", "--amount", "240", "--invoice", "R1"},
     "Invoice R1 is paid.",
     "Rechnung R1 ist bezahlt."},
    {{"payment", "list"}, "Reference", "Verwendungszweck"},
    {{"appointment", "add", "Alpha", "--start", "2026-03-10 20:00"},
     "Recorded appointment #1 with \"Alpha\" on 2026-03-10 20:00.",
     "Termin #1 mit „Alpha“ am 10.03.2026 20:00 erfasst."},
    {{"appointment", "cancel", "1"},
     "That is short notice: the agreed notice is 24 h.",
     "Das ist kurzfristig: Die vereinbarte Frist ist 24 h."},
    {{"appointment", "list"},
     "cancelled by client, 11 h before",
     "abgesagt von Kunde, 11 h vorher"},
    {{"settings", "set", "core_hours", "09:00-17:00"},
     "core_hours = 09:00-17:00",
     "core_hours = 09:00-17:00"},
    {{"settings", "show"}, "your working days", "deine Arbeitstage"},
    {{"client", "list"}, "1 running agreement", "1 laufende Vereinbarung"},
    {{"client", "end", "Alpha", "--date", "2026-03-10"},
     "Marked \"Alpha\" as ended on 2026-03-10.",
     "„Alpha“ zum 10.03.2026 als beendet markiert."},
    {{"agreement", "end", "1"},
     "Agreement \"Coaching\" (#1) ended on 2026-03-10.",
     "Vereinbarung „Coaching“ (#1) endete am 10.03.2026."},
    {{"client", "remove", "Alpha", "--yes"},
     "Deleted \"Alpha\" with 1 agreements",
     "„Alpha“ mit 1 Vereinbarungen"},
    {{"demo"}, "Added the demo data: 10 clients", "Demodaten angelegt: 10 Kunden"},
};

void run_session(const std::string& lang) {
  Rapport r;
  for (const auto& step : kSession) {
    Result res = r.run(step.args, lang);
    std::string command;
    for (const auto& a : step.args) command += a + " ";
    EXPECT_EQ(res.code, 0) << lang << ": rapport " << command << "\n" << res.err;
    const std::string& expected = lang == "de" ? step.german : step.english;
    EXPECT_NE(res.out.find(expected), std::string::npos) << lang << ": rapport " << command << "\n"
                                                         << res.out;
  }
}

TEST(Languages, EveryCommandInEnglish) {
  run_session("en");
}
TEST(Languages, EveryCommandInGerman) {
  run_session("de");
}

}  // namespace
}  // namespace rapport::testing
