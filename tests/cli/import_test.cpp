// SPDX-License-Identifier: GPL-3.0-or-later
// `rapport import` on the fixtures of tests/fixtures/import: every format, idempotency,
// all-or-nothing, charsets, client matching, bank matching and vanished events.
#include <fstream>

#include "harness.hpp"

namespace rapport::testing {
namespace {

std::string fixture(const std::string& name) {
  return std::string(RAPPORT_SOURCE_DIR) + "/tests/fixtures/import/" + name;
}

void add_clients(Rapport& r) {
  r.ok({"client", "add", "Bäckerei Krume", "--domain", "krume.de"});
  r.ok({"client", "add", "Nordwerk GmbH", "--domain", "nordwerk.de"});
  r.ok({"client", "add", "Grünwerk"});
}

double hours_of(const nlohmann::json& entries) {
  double sum = 0;
  for (const auto& e : entries) sum += e["hours"].get<double>();
  return sum;
}

TEST(Import, TogglEntriesWithQuotedLinesTwinsAndMidnight) {
  Rapport r;
  add_clients(r);
  auto j = r.ok({"import", fixture("toggl.csv"), "--json"}).json();
  EXPECT_EQ(j["files"][0]["format"], "toggl");
  EXPECT_EQ(j["files"][0]["rows"], 6);
  EXPECT_EQ(j["files"][0]["added"]["time_entries"], 6);  // the two identical calls are two
  auto entries = r.ok({"time", "list", "--json"}).json();
  ASSERT_EQ(entries.size(), 6u);
  EXPECT_NEAR(hours_of(entries), 2.5 + 20.0 / 60 + 1.75 + 0.25 + 0.25 + 1.0, 0.01);
  EXPECT_EQ(entries[2]["note"], "Jahresbericht · Layout · Korrekturen\nzweite Runde");
  EXPECT_EQ(entries[3]["billable"], false);
  EXPECT_EQ(entries[5]["start"], "23:30");  // runs past midnight: keeps its start and hours
  EXPECT_EQ(entries[5]["hours"], 1.0);

  // The same export again, and then as part of a newer one: nothing twice.
  auto again = r.ok({"import", "toggl", fixture("toggl.csv"), "--json"}).json();
  EXPECT_EQ(again["files"][0]["known"], 6);
  EXPECT_TRUE(again["files"][0]["added"].empty());
  EXPECT_EQ(r.ok({"time", "list", "--json"}).json().size(), 6u);
}

TEST(Import, ANewerOverlappingExportAddsOnlyWhatIsNew) {
  Rapport r;
  add_clients(r);
  r.ok({"import", fixture("toggl.csv")});
  // The newer export repeats four of the rows (the twin calls among them) and adds two.
  auto j = r.ok({"import", fixture("toggl_newer.csv"), "--json"}).json();
  EXPECT_EQ(j["files"][0]["rows"], 6);
  EXPECT_EQ(j["files"][0]["known"], 4);
  EXPECT_EQ(j["files"][0]["added"]["time_entries"], 2);
  EXPECT_EQ(r.ok({"time", "list", "--json"}).json().size(), 8u);
}

TEST(Import, ClockifyKimaiAndHarvestInOneGo) {
  Rapport r;
  add_clients(r);
  auto j = r.ok({"import", fixture("clockify.csv"), fixture("kimai_de.csv"), fixture("harvest.csv"),
                 "--json"})
               .json();
  ASSERT_EQ(j["files"].size(), 3u);
  EXPECT_EQ(j["files"][0]["format"], "clockify");
  EXPECT_EQ(j["files"][1]["format"], "kimai");
  EXPECT_EQ(j["files"][2]["format"], "harvest");
  auto entries = r.ok({"time", "list", "--json"}).json();
  ASSERT_EQ(entries.size(), 6u);
  // Clockify writes US dates and 12-hour times.
  EXPECT_EQ(entries[0]["date"], "2026-02-10");
  EXPECT_EQ(entries[0]["start"], "08:30");
  EXPECT_EQ(entries[1]["end"], "17:45");
  // Kimai's German export is Windows-1252 with semicolons: umlauts and quotes survive.
  EXPECT_EQ(entries[2]["date"], "2026-02-12");
  EXPECT_EQ(entries[2]["note"], "Relaunch Website · Gestaltung · Menü „Brote“ überarbeitet");
  EXPECT_EQ(entries[3]["billable"], false);
  // Harvest: a BOM, CRLF, decimal hours.
  EXPECT_EQ(entries[4]["hours"], 2.5);
  EXPECT_EQ(entries[5]["hours"], 1.25);
  EXPECT_NEAR(hours_of(entries), 3.5 + 4.75 + 3.25 + 0.5 + 2.5 + 1.25, 0.01);
}

TEST(Import, GenericMappingIsSavedAsProfileAndUnknownClientsAreListed) {
  Rapport r;
  add_clients(r);
  // Without a mapping rapport cannot know the columns.
  Result unknown_columns = r.run({"import", fixture("stunden.csv")});
  EXPECT_EQ(unknown_columns.code, 65);
  EXPECT_NE(unknown_columns.err.find("\"Datum\", \"Stunden\", \"Kunde\", \"Notiz\""),
            std::string::npos)
      << unknown_columns.err;
  // A client nobody knows: listed with its rows, and nothing is written.
  std::string before = r.dump();
  Result refused = r.run({"import", fixture("stunden.csv"), "--map",
                          "date=Datum,hours=Stunden,client=Kunde,note=Notiz", "--profile", "mine"});
  EXPECT_EQ(refused.code, 65);
  EXPECT_NE(refused.err.find("\"Studio Lindgrün\": 2 rows"), std::string::npos) << refused.err;
  EXPECT_EQ(r.dump(), before);
  auto j = r.ok({"import", fixture("stunden.csv"), "--map",
                 "date=Datum,hours=Stunden,client=Kunde,note=Notiz", "--profile", "mine",
                 "--create-missing", "--json"})
               .json();
  EXPECT_EQ(j["files"][0]["created_clients"][0], "Studio Lindgrün");
  EXPECT_EQ(j["files"][0]["added"]["time_entries"], 3);
  auto entries = r.ok({"time", "list", "Studio Lindgrün", "--json"}).json();
  EXPECT_NEAR(hours_of(entries), 2.75, 0.001);  // "2" and "0,75"
  // The saved profile reads the file next time by itself.
  auto again = r.ok({"import", fixture("stunden.csv"), "--json"}).json();
  EXPECT_EQ(again["files"][0]["known"], 3);
}

TEST(Import, BadValueNamesFileLineColumnAndChangesNothing) {
  Rapport r;
  add_clients(r);
  std::string before = r.dump();
  Result bad = r.run({"import", "kimai", fixture("bad_duration.csv")});
  EXPECT_EQ(bad.code, 65);
  EXPECT_NE(bad.err.find("bad_duration.csv:3: column \"Dauer\": \"1:3x\" is not a duration"),
            std::string::npos)
      << bad.err;
  EXPECT_EQ(r.dump(), before);  // the good first row is not kept either
  Result german = r.de({"import", "kimai", fixture("bad_duration.csv")});
  EXPECT_NE(german.err.find("Spalte „Dauer“: „1:3x“ ist keine Dauer"), std::string::npos)
      << german.err;
}

TEST(Import, FailureInTheSecondFileKeepsTheFirstOut) {
  Rapport r;
  add_clients(r);
  std::string before = r.dump();
  Result bad = r.run({"import", fixture("toggl.csv"), fixture("bad_duration.csv")});
  EXPECT_EQ(bad.code, 65);
  EXPECT_EQ(r.dump(), before);
}

TEST(Import, DryRunShowsAndWritesNothing) {
  Rapport r;
  add_clients(r);
  std::string before = r.dump();
  auto j = r.ok({"import", fixture("toggl.csv"), "--dry-run", "--json"}).json();
  EXPECT_EQ(j["dry_run"], true);
  EXPECT_EQ(j["files"][0]["added"]["time_entries"], 6);
  EXPECT_EQ(r.dump(), before);
}

TEST(Import, InvoicesFromLexofficeAndSevdesk) {
  Rapport r;
  add_clients(r);
  auto j = r.ok({"import", fixture("lexoffice.csv"), fixture("sevdesk.csv"), "--json"}).json();
  EXPECT_EQ(j["files"][0]["added"]["invoices"], 4);
  EXPECT_EQ(j["files"][0]["added"]["payments"], 1);
  EXPECT_EQ(j["files"][0]["skipped"], 1);  // the draft
  auto invoices = r.ok({"invoice", "list", "--json"}).json();
  ASSERT_EQ(invoices.size(), 5u);
  std::map<std::string, nlohmann::json> by_number;
  for (const auto& i : invoices) by_number[i["number"]] = i;
  // "Bäckerei Krume GmbH" is the client "Bäckerei Krume": the legal form does not matter.
  EXPECT_EQ(by_number["RE-2026-001"]["status"], "paid");
  EXPECT_EQ(by_number["RE-2026-002"]["gross"], 2975.0);
  EXPECT_EQ(by_number["RE-2026-002"]["due"], "2026-01-26");
  EXPECT_EQ(by_number["RE-2026-004"]["status"], "cancelled");
  EXPECT_EQ(by_number["2026-0107"]["net"], 850.0);
  EXPECT_EQ(by_number["2026-0107"]["gross"], 1011.5);
  auto again = r.ok({"import", fixture("lexoffice.csv"), "--json"}).json();
  EXPECT_EQ(again["files"][0]["known"], 4);
}

TEST(Import, InvoicesFromKimai) {
  Rapport r;
  add_clients(r);
  auto j = r.ok({"import", "kimai", fixture("kimai_invoices.csv"), "--json"}).json();
  EXPECT_EQ(j["files"][0]["added"]["invoices"], 3);
  EXPECT_EQ(j["files"][0]["added"]["payments"], 1);
  auto invoices = r.ok({"invoice", "list", "--json"}).json();
  ASSERT_EQ(invoices.size(), 3u);
  EXPECT_EQ(invoices[0]["number"], "KI-2026-01");
  EXPECT_EQ(invoices[0]["net"], 500.0);  // total minus tax
  EXPECT_EQ(invoices[0]["gross"], 595.0);
  EXPECT_EQ(invoices[0]["status"], "paid");
  EXPECT_EQ(invoices[1]["status"], "open");
  EXPECT_EQ(invoices[1]["due"], "2026-03-14");
}

TEST(Import, CamtCreditsAreMatchedToInvoices) {
  Rapport r;
  add_clients(r);
  r.ok({"import", fixture("lexoffice.csv"), fixture("sevdesk.csv")});
  auto j = r.ok({"import", fixture("camt053_v02.xml"), "--json"}).json();
  auto f = j["files"][0];
  EXPECT_EQ(f["format"], "camt053");
  EXPECT_EQ(f["rows"], 4);     // the pending entry is not read
  EXPECT_EQ(f["skipped"], 1);  // the debit
  ASSERT_EQ(f["credits"].size(), 3u);
  EXPECT_EQ(f["credits"][0]["invoice"], "RE-2026-002");
  EXPECT_EQ(f["credits"][0]["amount"], 2975.0);
  EXPECT_NE(f["credits"][0]["reason"].get<std::string>().find("invoice number"), std::string::npos);
  EXPECT_EQ(f["credits"][1]["invoice"], "RE-2026-003");  // by amount and payer name
  EXPECT_EQ(f["credits"][1]["client"], "Bäckerei Krume");
  EXPECT_EQ(f["credits"][2]["assigned"], false);
  auto invoices = r.ok({"invoice", "list", "--json"}).json();
  for (const auto& i : invoices)
    if (i["number"] == "RE-2026-002" || i["number"] == "RE-2026-003") {
      EXPECT_EQ(i["status"], "paid") << i;
    }

  // The credit nobody was found for waits; assigning it records the payment.
  auto waiting = r.ok({"payment", "assign", "--json"}).json();
  ASSERT_EQ(waiting.size(), 1u);
  EXPECT_EQ(waiting[0]["payer"], "Erika Mustermann");
  r.ok({"payment", "assign", std::to_string(waiting[0]["id"].get<int>()), "--client", "Grünwerk"});
  EXPECT_TRUE(r.ok({"payment", "assign", "--json"}).json().empty());
  // The statement again: nothing new.
  auto again = r.ok({"import", fixture("camt053_v02.xml"), "--json"}).json();
  EXPECT_EQ(again["files"][0]["known"], 3);
}

TEST(Import, AnAssignedAccountIsRecognisedNextTime) {
  Rapport r;
  add_clients(r);
  r.ok({"import", fixture("camt053_v02.xml")});
  // Without invoices in rapport, every credit waits; Erika Mustermann pays for Grünwerk.
  std::string erika;
  for (const auto& c : r.ok({"payment", "assign", "--json"}).json())
    if (c["payer"] == "Erika Mustermann") erika = std::to_string(c["id"].get<int>());
  ASSERT_FALSE(erika.empty());
  r.ok({"payment", "assign", erika, "--client", "Grünwerk"});
  r.ok(
      {"invoice", "add", "Grünwerk", "--number", "GW-7", "--date", "2026-03-02", "--amount", "80"});
  // The next credit from the same account, under another spelling of the name, is Grünwerk's.
  auto j = r.ok({"import", fixture("camt053_later.xml"), "--json"}).json();
  auto credit = j["files"][0]["credits"][0];
  EXPECT_EQ(credit["client"], "Grünwerk");
  EXPECT_EQ(credit["invoice"], "GW-7");
  EXPECT_EQ(credit["reason"], "amount and account DE44500105175407324931");
}

TEST(Import, CamtBatchWithPrefixesAndAReturnedCredit) {
  Rapport r;
  add_clients(r);
  r.ok({"client", "add", "Studio Lindgrün"});
  r.ok({"invoice", "add", "Studio Lindgrün", "--number", "RE-2026-010", "--date", "2026-02-01",
        "--amount", "1000", "--gross", "1190"});
  r.ok({"import", fixture("sevdesk.csv")});
  auto j = r.ok({"import", fixture("camt053_v08_prefixed.xml"), "--json"}).json();
  auto f = j["files"][0];
  ASSERT_EQ(f["credits"].size(), 3u);
  EXPECT_EQ(f["credits"][0]["invoice"], "RE-2026-010");  // "RE 2026 010" in the purpose
  EXPECT_EQ(f["credits"][0]["booked_on"], "2026-03-02");
  EXPECT_EQ(f["credits"][1]["invoice"], "2026-0107");
  EXPECT_EQ(f["credits"][1]["amount"], 1011.5);
  EXPECT_EQ(f["credits"][2]["return"], true);
  // The bank took the 1,190.00 back: the invoice is open again.
  auto invoices = r.ok({"invoice", "list", "--json"}).json();
  for (const auto& i : invoices) {
    if (i["number"] == "RE-2026-010") {
      EXPECT_EQ(i["status"], "open") << i;
    }
    if (i["number"] == "2026-0107") {
      EXPECT_EQ(i["status"], "paid") << i;
    }
  }
  auto again = r.ok({"import", fixture("camt053_v08_prefixed.xml"), "--json"}).json();
  EXPECT_EQ(again["files"][0]["known"], 3);
}

TEST(Import, Mt940WithGermanSubfields) {
  Rapport r;
  add_clients(r);
  r.ok({"import", fixture("lexoffice.csv")});
  auto j = r.ok({"import", fixture("statement.sta"), "--json"}).json();
  auto f = j["files"][0];
  EXPECT_EQ(f["format"], "mt940");
  EXPECT_EQ(f["skipped"], 1);  // the direct debit
  ASSERT_EQ(f["credits"].size(), 2u);
  // Booked on 2 January although valued on 31 December; the number spans two lines.
  EXPECT_EQ(f["credits"][0]["booked_on"], "2026-01-02");
  EXPECT_EQ(f["credits"][0]["payer"], "Baeckerei Krume GmbH");
  EXPECT_EQ(f["credits"][0]["purpose"], "Rechnung RE-2026-003 Krume");
  EXPECT_EQ(f["credits"][0]["invoice"], "RE-2026-003");
  EXPECT_EQ(f["credits"][1]["amount"], 250.0);
  EXPECT_EQ(f["credits"][1]["assigned"], false);
}

TEST(Import, CalendarGivesAppointmentsAndCancellationsWithTheirNotice) {
  Rapport r;
  add_clients(r);
  auto j = r.ok({"import", fixture("calendar.ics"), fixture("cancel.ics"), "--json"}).json();
  EXPECT_EQ(j["files"][0]["no_client"], 1);  // the dentist
  EXPECT_EQ(j["files"][0]["no_client_examples"][0]["name"], "Zahnarzt");
  auto appointments = r.ok({"appointment", "list", "--json"}).json();
  ASSERT_EQ(appointments.size(), 9u);  // 5 of 6 weekly jour fixes (one excluded) + 3 + 1
  std::map<std::string, nlohmann::json> by_title;
  for (const auto& a : appointments) by_title[a["title"]] = a;
  EXPECT_EQ(by_title["Abnahme Website"]["start"], "2026-03-03T10:00:00+01:00");
  EXPECT_EQ(by_title["Workshop"]["start"], "2026-03-11T14:00:00+01:00");  // given in UTC
  auto review = by_title["Review Jahresbericht"];
  EXPECT_EQ(review["status"], "cancelled");
  EXPECT_EQ(review["cancelled_by"], "client");  // the client organised it
  // Cancelled 2026-03-05 16:00 UTC, due 2026-03-06 09:00 in Berlin: 16 hours' notice.
  EXPECT_EQ(review["notice_hours"], 16.0);
  auto strategy = by_title["Abgesagt: Strategie"];
  EXPECT_EQ(strategy["status"], "cancelled");  // METHOD:CANCEL
  EXPECT_EQ(strategy["notice_hours"], 9.75);
  // After the change to summer time the weekly meeting stays at 08:00 in Berlin.
  bool summer = false;
  for (const auto& a : appointments)
    if (a["start"] == "2026-03-30T08:00:00+02:00") summer = true;
  EXPECT_TRUE(summer);
  auto facts = r.ok({"facts", "Nordwerk GmbH", "--json"}).json();
  int cancellations = 0;
  for (const auto& fact : facts)
    if (fact["kind"] == "cancellation") ++cancellations;
  EXPECT_EQ(cancellations, 2);
}

TEST(Import, NewerCalendarExportFindsVanishedAndCancelledEvents) {
  Rapport r;
  add_clients(r);
  r.ok({"import", fixture("calendar.ics")});
  r.env["RAPPORT_NOW"] = "2026-03-24T09:00";
  // Without --yes (and no terminal) a vanished event is reported, not changed.
  auto asked = r.ok({"import", fixture("calendar_newer.ics"), "--dry-run", "--json"}).json();
  ASSERT_EQ(asked["files"][0]["vanished"].size(), 1u);
  EXPECT_EQ(asked["files"][0]["vanished"][0]["appointment"]["title"], "Workshop");
  EXPECT_EQ(asked["files"][0]["vanished"][0]["cancelled"], false);
  auto j = r.ok({"import", fixture("calendar_newer.ics"), "--yes", "--json"}).json();
  auto f = j["files"][0];
  EXPECT_EQ(f["vanished"][0]["cancelled"], true);
  EXPECT_EQ(f["updated"], 2);  // the vanished workshop and the cancelled jour fixe
  auto appointments = r.ok({"appointment", "list", "--json"}).json();
  int cancelled = 0;
  for (const auto& a : appointments)
    if (a["status"] == "cancelled") ++cancelled;
  EXPECT_EQ(cancelled, 3);
  // Undoing the newer import reopens both.
  r.ok({"sources", "undo", std::to_string(f["source_id"].get<int>())});
  cancelled = 0;
  for (const auto& a : r.ok({"appointment", "list", "--json"}).json())
    if (a["status"] == "cancelled") ++cancelled;
  EXPECT_EQ(cancelled, 1);
}

TEST(Import, MailMetadataFromMboxAndMaildirWithoutBodies) {
  Rapport r;
  add_clients(r);
  auto j = r.ok({"import", fixture("mail.mbox"), "--json"}).json();
  auto f = j["files"][0];
  EXPECT_EQ(f["format"], "mbox");
  EXPECT_EQ(f["rows"], 6);
  EXPECT_EQ(f["added"]["messages"], 5);
  EXPECT_EQ(f["no_client"], 1);
  EXPECT_EQ(f["no_client_examples"][0]["name"], "shop.example");
  // The Maildir holds four of the same messages: nothing new.
  auto again = r.ok({"import", fixture("maildir"), "--json"}).json();
  EXPECT_EQ(again["files"][0]["format"], "maildir");
  EXPECT_EQ(again["files"][0]["known"], 4);
  // No body and no subject is stored.
  std::string dump = r.dump();
  EXPECT_EQ(dump.find("Korrektur"), std::string::npos);
  EXPECT_EQ(dump.find("eingearbeitet"), std::string::npos);
  // The mail feeds the metrics: three mails from the bakery, two of them outside 08:00–18:00
  // on working days (Monday 07:45, Saturday 22:40), one at Wednesday noon.
  auto show = r.ok({"show", "Bäckerei Krume", "--json"}).json();
  EXPECT_EQ(show["metrics"]["after_hours_share"]["value"], 0.6667);  // JSON rounds to 4 places
  EXPECT_FALSE(show["metrics"]["mail_per_month"]["value"].is_null());
  EXPECT_TRUE(show["metrics"]["hours_per_mail"]["value"].is_null());  // fewer than ten mails
}

TEST(Import, SubjectsOnlyWhenAsked) {
  Rapport r;
  add_clients(r);
  r.ok({"import", fixture("mail.mbox"), "--keep-subjects"});
  std::string dump = r.dump();
  EXPECT_NE(dump.find("Korrektur Speisekarte"), std::string::npos);
  EXPECT_NE(dump.find("Abgesagt: Strategie"), std::string::npos);  // an encoded word, decoded
  EXPECT_EQ(dump.find("eingearbeitet"), std::string::npos);        // bodies never
}

TEST(Import, SourcesListAndUndo) {
  Rapport r;
  add_clients(r);
  std::string before = r.dump();
  r.ok({"import", fixture("stunden.csv"), "--map", "date=Datum,hours=Stunden,client=Kunde",
        "--create-missing"});
  auto sources = r.ok({"sources", "--json"}).json();
  ASSERT_EQ(sources.size(), 1u);
  EXPECT_EQ(sources[0]["format"], "csv");
  EXPECT_EQ(sources[0]["counts"]["time_entries"], 3);
  EXPECT_NE(sources[0]["file"].get<std::string>().find("stunden.csv"), std::string::npos);
  Result undo = r.ok({"sources", "undo", "1"});
  EXPECT_NE(undo.out.find("Import 1 is undone"), std::string::npos) << undo.out;
  EXPECT_TRUE(r.ok({"time", "list", "--json"}).json().empty());
  // The client the import created went with it.
  EXPECT_EQ(r.ok({"client", "list", "--json"}).json().size(), 3u);
  EXPECT_EQ(r.run({"sources", "undo", "1"}).code, 65);
}

}  // namespace
}  // namespace rapport::testing

namespace rapport::testing {
namespace {

TEST(ImportOnATerminal, UnknownNamesAreAskedForAndAMappingIsKeptAsAlias) {
  Rapport r;
  add_clients(r);
  Result first = r.run_in_terminal(
      {"import", fixture("stunden.csv"), "--map", "date=Datum,hours=Stunden,client=Kunde"}, "en",
      "Grünwerk\n");
  EXPECT_EQ(first.code, 0) << first.out;
  EXPECT_NE(first.out.find("\"Studio Lindgrün\" (2 rows) is no client of yours"), std::string::npos)
      << first.out;
  auto entries = r.ok({"time", "list", "Grünwerk", "--json"}).json();
  EXPECT_EQ(entries.size(), 2u);
  // The answer is the rule for next time: the name is now an alias of Grünwerk.
  auto client = r.ok({"client", "show", "Grünwerk", "--json"}).json();
  EXPECT_EQ(client["aliases"][0], "Studio Lindgrün");
}

TEST(ImportOnATerminal, AVanishedEventIsRecordedAsCancelledWhenConfirmed) {
  Rapport r;
  add_clients(r);
  r.ok({"import", fixture("calendar.ics")});
  r.env["RAPPORT_NOW"] = "2026-03-24T09:00";
  Result run = r.run_in_terminal({"import", fixture("calendar_newer.ics")}, "de", "j\n");
  EXPECT_EQ(run.code, 0) << run.out;
  EXPECT_NE(run.out.find("„Workshop“ mit Nordwerk GmbH am 11.03.2026 fehlt im Kalender"),
            std::string::npos)
      << run.out;
  int cancelled = 0;
  for (const auto& a : r.ok({"appointment", "list", "--json"}).json())
    if (a["title"] == "Workshop" && a["status"] == "cancelled") ++cancelled;
  EXPECT_EQ(cancelled, 1);
}

TEST(ImportOnATerminal, SkippingIsAnAnswerToo) {
  Rapport r;
  add_clients(r);
  Result run = r.run_in_terminal(
      {"import", fixture("stunden.csv"), "--map", "date=Datum,hours=Stunden,client=Kunde"}, "de",
      "ü\n");
  EXPECT_EQ(run.code, 0) << run.out;
  EXPECT_NE(run.out.find("2 übersprungen"), std::string::npos) << run.out;
  EXPECT_EQ(r.ok({"time", "list", "--json"}).json().size(), 1u);
}

}  // namespace
}  // namespace rapport::testing
