// SPDX-License-Identifier: GPL-3.0-or-later
// The readers of src/importers on small inputs: charsets, CSV quoting, values in German and
// English, bank statements, calendars and mail headers; and client name matching.
#include <gtest/gtest.h>

#include "app/client_match.hpp"
#include "core/error.hpp"
#include "importers/bank.hpp"
#include "importers/calendar.hpp"
#include "importers/charset.hpp"
#include "importers/csv.hpp"
#include "importers/keys.hpp"
#include "importers/mail.hpp"
#include "importers/tables.hpp"
#include "importers/values.hpp"

namespace rapport::importers {
namespace {

using namespace std::chrono;

Date ymd(int y, unsigned m, unsigned d) {
  return Date{year{y}, month{m}, day{d}};
}

TEST(Charset, ValidUtf8StaysAnythingElseIsWindows1252) {
  EXPECT_TRUE(is_utf8("Gr\xC3\xBCnwerk"));
  EXPECT_FALSE(is_utf8("Gr\xFCnwerk"));
  EXPECT_FALSE(is_utf8("\xC3"));  // cut off in the middle of a character
  EXPECT_EQ(windows1252_to_utf8("Gr\xFCnwerk \x84"
                                "Brote\x93 \x80"),
            "Grünwerk „Brote“ €");
  EXPECT_EQ(windows1252_to_utf8("a\x81z"), "a\xEF\xBF\xBDz");  // unassigned: U+FFFD
  EXPECT_EQ(strip_bom("\xEF\xBB\xBF"
                      "Datum"),
            "Datum");
  // Checked in pieces, a character split between two pieces is still valid.
  Utf8Check check;
  check.feed("Gr\xC3");
  check.feed("\xBCn");
  EXPECT_TRUE(check.valid());
}

TEST(Csv, QuotesSeparatorsAndLineBreaks) {
  auto csv = CsvReader::from_text(
      "Datum;Notiz;Stunden\r\n"
      "01.03.2026;\"Text mit ; und \"\"Zitat\"\"\";1,5\r\n"
      "\r\n"
      "02.03.2026;\"zwei\nZeilen\";2\n"
      "03.03.2026;ohne Ende;3",
      "x.csv");
  EXPECT_EQ(csv.delimiter(), ';');
  ASSERT_EQ(csv.header().size(), 3u);
  EXPECT_EQ(csv.column("notiz"), 1u);
  ASSERT_TRUE(csv.next());
  EXPECT_EQ(csv.line(), 2u);
  EXPECT_EQ(csv.field(1), "Text mit ; und \"Zitat\"");
  ASSERT_TRUE(csv.next());  // the blank line is skipped
  EXPECT_EQ(csv.line(), 4u);
  EXPECT_EQ(csv.field(1), "zwei\nZeilen");
  ASSERT_TRUE(csv.next());
  EXPECT_EQ(csv.line(), 6u);  // the quoted line break counted
  EXPECT_EQ(csv.field(2), "3");
  EXPECT_EQ(csv.field(7), "");  // beyond the row: empty
  EXPECT_FALSE(csv.next());
}

TEST(Csv, AnOpenQuoteNamesItsLine) {
  auto csv = CsvReader::from_text("a,b\n1,\"open\n2,3\n", "open.csv");
  try {
    while (csv.next()) {
    }
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::data);
    EXPECT_NE(e.message().find("open.csv:2"), std::string::npos) << e.message();
  }
}

TEST(Values, DatesInTheFormsExportsUse) {
  EXPECT_EQ(read_date("2026-03-10"), ymd(2026, 3, 10));
  EXPECT_EQ(read_date("2026-03-10T09:00:00+01:00"), ymd(2026, 3, 10));
  EXPECT_EQ(read_date("10.03.2026"), ymd(2026, 3, 10));
  EXPECT_EQ(read_date("10.3.26"), ymd(2026, 3, 10));
  EXPECT_EQ(read_date("03/10/2026"), ymd(2026, 3, 10));  // US: month first
  EXPECT_EQ(read_date("25/03/2026"), ymd(2026, 3, 25));  // no month 25: day first
  EXPECT_FALSE(read_date("31.02.2026"));
  EXPECT_FALSE(read_date("März"));
}

TEST(Values, ClockTimesAndDurations) {
  EXPECT_EQ(read_clock("09:05"), 9 * 60 + 5);
  EXPECT_EQ(read_clock("9:05:31"), 9 * 60 + 6);  // seconds rounded
  EXPECT_EQ(read_clock("12:00 AM"), 0);
  EXPECT_EQ(read_clock("01:15 PM"), 13 * 60 + 15);
  EXPECT_EQ(read_clock("2026-03-10 14:30:00"), 14 * 60 + 30);
  EXPECT_FALSE(read_clock("25:00"));
  EXPECT_EQ(read_duration("1:30"), 90);
  EXPECT_EQ(read_duration("01:30:29"), 90);
  EXPECT_EQ(read_duration("01:30:30"), 91);
  EXPECT_EQ(read_duration("1,5"), 90);
  EXPECT_EQ(read_duration("0.25"), 15);
  EXPECT_EQ(read_duration("1h30m"), 90);
  EXPECT_EQ(read_duration("45m"), 45);
  EXPECT_FALSE(read_duration("1:3x"));
  EXPECT_FALSE(read_duration("-1"));
}

TEST(Values, AmountsAndYesNo) {
  EXPECT_EQ(read_signed_amount("1.234,56"), 123456);
  EXPECT_EQ(read_signed_amount("1,234.56"), 123456);
  EXPECT_EQ(read_signed_amount("-12,00 €"), -1200);
  EXPECT_EQ(read_signed_amount("2975.00"), 297500);
  EXPECT_FALSE(read_signed_amount("12,3,4"));
  EXPECT_EQ(read_yes_no("Ja"), true);
  EXPECT_EQ(read_yes_no(""), false);
  EXPECT_EQ(read_yes_no("WAHR"), true);
  EXPECT_FALSE(read_yes_no("vielleicht"));
}

TEST(Tables, ExportsAreRecognisedByTheirHeaders) {
  auto toggl = CsvReader::from_text(
      "User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,"
      "End time,Duration,Tags\n",
      "t.csv");
  EXPECT_EQ(detect_table(toggl)->format, "toggl");
  auto kimai = CsvReader::from_text(
      "Datum;Von;Bis;Dauer;Benutzer;Kunde;Projekt;Tätigkeit;Beschreibung\n", "k.csv");
  EXPECT_EQ(detect_table(kimai)->format, "kimai");
  auto lexoffice = CsvReader::from_text(
      "Rechnungsnummer;Rechnungsdatum;Kunde;Nettobetrag;Bruttobetrag;Status\n", "l.csv");
  auto map = detect_table(lexoffice);
  ASSERT_TRUE(map);
  EXPECT_EQ(map->kind, TableKind::invoices);
  auto other = CsvReader::from_text("Tag;Zeit;Wer\n", "o.csv");
  EXPECT_FALSE(detect_table(other));
  EXPECT_THROW(parse_mapping("date=Tag,hours=Zeitraum", other), Error);  // no such column
  EXPECT_THROW(parse_mapping("datum=Tag", other), Error);                // no such field
  EXPECT_EQ(parse_mapping("date=Tag,hours=Zeit,client=Wer", other).index.at("client"), 2u);
}

TEST(Bank, Mt940ReadsSubfieldsAndTheTurnOfTheYear) {
  std::string sta =
      ":20:X\n:25:DE1/2\n:60F:C251230EUR0,00\n"
      ":61:2512310102CR476,00NTRFNONREF//B1\n"
      ":86:166?00GUTSCHRIFT?20EREF+E1?21SVWZ+RE-2026-\n003 Danke?31DE12?32Bäckerei ?33Krume\n"
      ":61:260105RC12,50NMSCNONREF\n"
      ":62F:C260108EUR0,00\n";
  auto entries = read_mt940(sta, "s.sta");
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].booked_on, ymd(2026, 1, 2));
  EXPECT_TRUE(entries[0].credit);
  EXPECT_EQ(entries[0].amount, 47600);
  EXPECT_EQ(entries[0].remittance, "RE-2026-003 Danke");
  EXPECT_EQ(entries[0].name, "Bäckerei Krume");
  EXPECT_EQ(entries[0].iban, "DE12");
  EXPECT_EQ(entries[0].reference, "B1");
  EXPECT_TRUE(entries[1].reversal);
  EXPECT_FALSE(entries[1].credit);
  EXPECT_THROW(read_mt940("hello", "x.sta"), Error);
}

TEST(Bank, CamtVersion04BatchWithAmountDetails) {
  std::string xml = R"(<?xml version="1.0"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.04"><BkToCstmrStmt><Stmt>
<Ntry><Amt Ccy="EUR">300.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>
<BookgDt><Dt>2026-04-01</Dt></BookgDt><AcctSvcrRef>B-1</AcctSvcrRef><NtryDtls>
<TxDtls><AmtDtls><TxAmt><Amt Ccy="EUR">100.00</Amt></TxAmt></AmtDtls>
<RltdPties><UltmtDbtr><Nm>Erste Kundin</Nm></UltmtDbtr></RltdPties>
<RmtInf><Ustrd>RE-1</Ustrd><Ustrd>Teil 2</Ustrd></RmtInf></TxDtls>
<TxDtls><AmtDtls><TxAmt><Amt Ccy="EUR">200.00</Amt></TxAmt></AmtDtls>
<RltdPties><Dbtr><Nm>Zweiter Kunde</Nm></Dbtr><DbtrAcct><Id><IBAN>DE02</IBAN></Id></DbtrAcct></RltdPties>
<RmtInf><Strd><CdtrRefInf><Ref>RF18RE2</Ref></CdtrRefInf></Strd></RmtInf></TxDtls>
</NtryDtls></Ntry></Stmt></BkToCstmrStmt></Document>)";
  auto entries = read_camt053(xml, "v04.xml");
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].amount, 10000);
  EXPECT_EQ(entries[0].name, "Erste Kundin");  // the ultimate debtor when no debtor is named
  EXPECT_EQ(entries[0].remittance, "RE-1 Teil 2");
  EXPECT_EQ(entries[1].amount, 20000);
  EXPECT_EQ(entries[1].iban, "DE02");
  EXPECT_EQ(entries[1].remittance, "RF18RE2");  // a structured creditor reference
  EXPECT_EQ(entries[1].booked_on, ymd(2026, 4, 1));
}

TEST(Bank, CamtBadAmountNamesTheLine) {
  std::string xml =
      "<Document><BkToCstmrStmt><Stmt>\n<Ntry>\n<Amt>12,x</Amt><CdtDbtInd>CRDT</CdtDbtInd>"
      "<BookgDt><Dt>2026-01-02</Dt></BookgDt></Ntry></Stmt></BkToCstmrStmt></Document>";
  try {
    read_camt053(xml, "k.xml");
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_NE(e.message().find("k.xml:3: column \"Amt\": \"12,x\""), std::string::npos)
        << e.message();
  }
  EXPECT_THROW(read_camt053("<a/>", "k.xml"), Error);
}

TEST(Calendar, ZonesRecurrenceAndCancellation) {
  std::string ics =
      "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:a\nDTSTAMP:20260301T000000Z\n"
      "DTSTART;TZID=Europe/Berlin:20260323T090000\nDURATION:PT1H\nRRULE:FREQ=WEEKLY;COUNT=2\n"
      "SUMMARY:Jour fixe\nEND:VEVENT\nBEGIN:VEVENT\nUID:b\nDTSTAMP:20260301T000000Z\n"
      "LAST-MODIFIED:20260302T120000Z\nDTSTART:20260305T100000\nSTATUS:CANCELLED\n"
      "ATTENDEE:mailto:Jens@Krume.de\nEND:VEVENT\nEND:VCALENDAR\n";
  Instant horizon = sys_days{ymd(2027, 1, 1)};
  auto cal = read_ics(ics, "c.ics", "Europe/Berlin", horizon);
  ASSERT_EQ(cal.events.size(), 3u);
  // 09:00 in Berlin is 08:00 UTC in winter and 07:00 UTC after the change to summer time.
  EXPECT_EQ(cal.events[0].start, sys_days{ymd(2026, 3, 23)} + hours{8});
  EXPECT_EQ(cal.events[1].start, sys_days{ymd(2026, 3, 30)} + hours{7});
  EXPECT_EQ(*cal.events[1].end - cal.events[1].start, hours{1});
  EXPECT_NE(cal.events[0].occurrence, cal.events[1].occurrence);
  const auto& cancelled = cal.events[2];
  EXPECT_TRUE(cancelled.cancelled);
  EXPECT_EQ(cancelled.start, sys_days{ymd(2026, 3, 5)} + hours{9});  // floating: Berlin
  EXPECT_EQ(*cancelled.changed_at, sys_days{ymd(2026, 3, 2)} + hours{12});
  EXPECT_EQ(cancelled.attendees.at(0), "jens@krume.de");
  EXPECT_THROW(read_ics("no calendar", "c.ics", "Europe/Berlin", horizon), Error);
}

TEST(Mail, HeadersOnlyWithFoldingAndEncodedWords) {
  std::string mbox =
      "From a@b Mon Mar  2 07:45:00 2026\n"
      "From: \"Krume, Jens\" <Jens@Krume.de>\nTo: mara@fuchs.de,\n  team@fuchs.de\n"
      "Date: Mon, 02 Mar 2026 07:45:00 +0100\nSubject: =?UTF-8?Q?Gr=C3=BC=C3=9Fe?=\n"
      "Message-ID: <m1@krume.de>\n\nBody\nFrom inside the body is no new message\n\n"
      "From x@y Tue Mar  3 08:00:00 2026\nFrom: x@y.de\nIn-Reply-To: <m1@krume.de>\n\nHi\n";
  std::vector<MailHeader> headers;
  read_mbox_bytes(
      mbox, [&](const MailHeader& h) { headers.push_back(h); }, true);
  ASSERT_EQ(headers.size(), 2u);
  EXPECT_EQ(headers[0].from, "jens@krume.de");
  ASSERT_EQ(headers[0].to.size(), 2u);
  EXPECT_EQ(headers[0].to[1], "team@fuchs.de");
  EXPECT_EQ(headers[0].subject, "Grüße");
  EXPECT_EQ(headers[0].message_id, "m1@krume.de");
  EXPECT_EQ(*headers[0].sent_at, sys_days{ymd(2026, 3, 2)} + hours{6} + minutes{45});
  EXPECT_EQ(headers[1].thread, "m1@krume.de");
  EXPECT_FALSE(headers[1].sent_at);  // no Date header
}

TEST(Mail, DatesInTheCommonFormAndTheOthers) {
  auto date_of = [](const std::string& date) {
    std::optional<Instant> at;
    read_mbox_bytes("From a\nDate: " + date + "\n\nx\n",
                    [&](const MailHeader& h) { at = h.sent_at; });
    return at;
  };
  Instant expected = sys_days{ymd(2026, 3, 2)} + hours{6} + minutes{45};
  EXPECT_EQ(date_of("Mon, 02 Mar 2026 07:45:00 +0100"), expected);
  EXPECT_EQ(date_of("2 Mar 2026 06:45 GMT"), expected);
  EXPECT_EQ(date_of("Sun, 01 Mar 2026 22:45:00 -0800"), expected);
  EXPECT_EQ(date_of("Mon, 2 Mar 2026 07:45:00 +0100 (CET)"), expected);  // a comment: GMime
  EXPECT_EQ(date_of("Mon, 02 Mar 26 01:45:00 EST"), expected);           // obsolete: GMime
  EXPECT_FALSE(date_of("sometime"));
}

TEST(Keys, StableAndSeparated) {
  EXPECT_EQ(import_key({"a", "b"}), import_key({"a", "b"}));
  EXPECT_NE(import_key({"ab", "c"}), import_key({"a", "bc"}));
}

TEST(ClientMatching, NamesAddressesAndTitles) {
  Client krume;
  krume.id = 1;
  krume.name = "Bäckerei Krume";
  krume.domains = {"krume.de"};
  Client nord;
  nord.id = 2;
  nord.name = "Nordwerk";
  nord.aliases = {"NW Gruppe"};
  nord.emails = {"chefin@web.de"};
  ClientMatcher m({krume, nord});
  EXPECT_EQ(m.by_name("BAECKEREI KRUME GMBH"), 1);
  EXPECT_EQ(m.by_name("Bäckerei Krume e.K."), 1);
  EXPECT_EQ(m.by_name("Nordwerk GmbH & Co. KG"), 2);
  EXPECT_EQ(m.by_name("nw gruppe"), 2);
  EXPECT_FALSE(m.by_name("Krume"));
  EXPECT_EQ(m.by_address("jens@mail.krume.de"), 1);
  EXPECT_EQ(m.by_address("chefin@web.de"), 2);
  EXPECT_FALSE(m.by_address("someone@web.de"));  // the address, not the whole domain
  EXPECT_EQ(m.in_text("Jour fixe Bäckerei Krume"), 1);
  EXPECT_FALSE(m.in_text("Nordwerkstatt"));  // whole words only
}

}  // namespace
}  // namespace rapport::importers
