// SPDX-License-Identifier: GPL-3.0-or-later
// prep, talk, talks and recap on the real binary: the preparation sheet in every format and
// language, the conversation with its relapse watch, and the call recap as text and .eml.
#include <cstdio>
#include <fstream>
#include <sstream>

#include "harness.hpp"

namespace rapport::testing {
namespace {

// A client with two late cancellations and a rude call in February, and thanks in January.
void canceller(Rapport& r) {
  r.ok({"client", "add", "Praxis Süd", "--email", "empfang@praxis-sued.de"});
  r.ok({"log", "Praxis", "cancellation", "--date", "2026-02-10", "--notice", "2h", "--note",
        "Absage per SMS"});
  r.ok({"log", "Praxis", "cancellation", "--date", "2026-02-24", "--notice", "3h", "--note",
        "Krankheit im Team"});
  r.ok({"log", "Praxis", "rude_tone", "--date", "2026-03-02", "--note", "laut geworden"});
  r.ok(
      {"log", "Praxis", "appreciation", "--date", "2026-01-20", "--note", "Dank für den Workshop"});
}

TEST(Prep, TheSheetHasFactsWishesQuestionsAndTheNextStep) {
  Rapport r;
  canceller(r);
  auto sheet = r.ok({"prep", "Praxis", "--json"}).json();
  ASSERT_EQ(sheet["topics"].size(), 2u);
  const auto& cancel = sheet["topics"][0];
  EXPECT_EQ(cancel["breach"]["metric"], "short_notice_cancellations");
  ASSERT_EQ(cancel["facts"].size(), 2u);
  EXPECT_EQ(cancel["facts"][0]["note"], "Absage per SMS");
  EXPECT_EQ(cancel["own_wish"], false);
  EXPECT_EQ(sheet["follow_up"], "2026-04-07");  // four weeks by default
  EXPECT_EQ(sheet["positives"][0]["note"], "Dank für den Workshop");

  // A wish of the user's own is kept for the next preparation.
  r.ok({"prep", "Praxis", "--wish", "short_notice_cancellations=Absagen bis 24 Stunden vorher",
        "--follow-up", "2026-04-15"});
  sheet = r.ok({"prep", "Praxis", "--json"}).json();
  EXPECT_EQ(sheet["topics"][0]["wish"], "Absagen bis 24 Stunden vorher");
  EXPECT_EQ(sheet["topics"][0]["own_wish"], true);

  Result de = r.de({"prep", "Praxis"});
  EXPECT_NE(de.out.find("Thema 1: kurzfristige Absagen"), std::string::npos) << de.out;
  EXPECT_NE(de.out.find("Mein Wunsch: Absagen bis 24 Stunden vorher"), std::string::npos);
  EXPECT_NE(de.out.find("Wie kommt es bei Ihnen zu den kurzfristigen Absagen?"), std::string::npos);
  EXPECT_NE(de.out.find("[ ] Ein ruhiger Ort ohne Unterbrechungen"), std::string::npos);
  EXPECT_NE(de.out.find("20.01.2026 Wertschätzung"), std::string::npos) << de.out;

  std::string before = r.dump();
  EXPECT_EQ(r.run({"prep", "Praxis", "--wish", "kein Gleichheitszeichen"}).code, 64);
  EXPECT_EQ(r.run({"prep", "Praxis", "--wish", "laune=gut"}).code, 65);
  EXPECT_EQ(r.run({"prep", "Praxis", "--follow-up", "2026-03-01"}).code, 65);
  EXPECT_EQ(r.run({"prep", "Praxis", "--format", "docx"}).code, 64);
  EXPECT_EQ(r.dump(), before);
}

TEST(Prep, RendersInThreeFormatsAndTwoLanguages) {
  Rapport r;
  canceller(r);
  struct Case {
    std::string lang, title, fact, wish;
  };
  const Case cases[] = {
      {"en", "Conversation preparation: Praxis Süd", "Absage per SMS",
       "My wish: Appointments are cancelled in time"},
      {"de", "Gesprächsvorbereitung: Praxis Süd", "Absage per SMS",
       "Mein Wunsch: Termine werden rechtzeitig abgesagt"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.lang);
    std::string md = r.run({"prep", "Praxis", "--format", "md"}, c.lang).out;
    EXPECT_NE(md.find("# " + c.title), std::string::npos) << md;
    EXPECT_NE(md.find(c.wish), std::string::npos) << md;
    EXPECT_NE(md.find(c.fact), std::string::npos);

    auto html_path = r.dir() / ("prep-" + c.lang + ".html");
    ASSERT_EQ(r.run({"prep", "Praxis", "--out", html_path.string()}, c.lang).code, 0);
    std::string html = read_file(html_path);
    EXPECT_NE(html.find("<html lang=\"" + c.lang + "\">"), std::string::npos);
    EXPECT_NE(html.find("<h1>" + c.title + "</h1>"), std::string::npos);
    EXPECT_NE(html.find(c.fact), std::string::npos);

    auto pdf_path = r.dir() / ("prep-" + c.lang + ".pdf");
    ASSERT_EQ(r.run({"prep", "Praxis", "--out", pdf_path.string()}, c.lang).code, 0);
    std::string text = pdf_text(pdf_path);
    EXPECT_NE(text.find(c.title), std::string::npos) << text;
    EXPECT_NE(text.find(c.fact), std::string::npos) << text;
    EXPECT_NE(text.find(c.wish), std::string::npos) << text;
  }
  // A PDF without --out is named after the client and the date.
  Result named = r.run({"prep", "Praxis", "--format", "pdf"}, "de");
  EXPECT_EQ(named.code, 0) << named.err;
  EXPECT_NE(named.out.find("gespraech-praxis-sued-2026-03-10.pdf geschrieben."), std::string::npos)
      << named.out;
  EXPECT_TRUE(std::filesystem::exists(r.dir() / "gespraech-praxis-sued-2026-03-10.pdf"));
}

TEST(Talk, RecordsTheTopicsOfTheDayAndAMeetingFact) {
  Rapport r;
  canceller(r);
  auto talk = r.ok({"talk", "Praxis", "--date", "2026-03-05", "--outcome",
                    "Absagen künftig bis 24 Stunden vorher", "--agreed",
                    "Absage spätestens am Vortag", "--agreed", "Ausfallhonorar danach",
                    "--follow-up", "2026-04-05", "--values-discussed", "--json"})
                  .json();
  ASSERT_EQ(talk["topics"].size(), 2u);
  EXPECT_EQ(talk["topics"][0]["metric"], "short_notice_cancellations");
  EXPECT_EQ(talk["topics"][0]["value"], 2.0);
  EXPECT_EQ(talk["agreed"].size(), 2u);
  auto meetings = r.ok({"facts", "Praxis", "--kind", "meeting", "--json"}).json();
  ASSERT_EQ(meetings.size(), 1u);
  EXPECT_EQ(meetings[0]["date"], "2026-03-05");
  EXPECT_EQ(meetings[0]["id"], talk["fact_id"]);

  Result list = r.de({"talks", "Praxis"});
  EXPECT_NE(list.out.find("05.03.2026  Absagen künftig bis 24 Stunden vorher"), std::string::npos)
      << list.out;

  std::string before = r.dump();
  EXPECT_EQ(r.run({"talk", "Praxis", "--outcome", "x", "--date", "2026-03-11"}).code, 65);
  EXPECT_EQ(r.run({"talk", "Praxis", "--outcome", "x", "--follow-up", "2026-03-10"}).code, 65);
  EXPECT_EQ(r.run({"talk", "Praxis", "--outcome", "  "}).code, 65);
  EXPECT_EQ(r.run({"talk", "Praxis"}).code, 64);
  EXPECT_EQ(r.dump(), before);
}

TEST(Talk, AfterTheFollowUpShowAndStatusSayWhetherEachTopicImproved) {
  Rapport r;
  canceller(r);
  r.ok({"talk", "Praxis", "--date", "2026-03-05", "--outcome", "Klärung", "--follow-up",
        "2026-04-05"});
  // Before the follow-up date: announced, not yet compared.
  Result early = r.ok({"show", "Praxis"});
  EXPECT_NE(early.out.find("From 2026-04-05 on, rapport compares each topic"), std::string::npos)
      << early.out;
  EXPECT_TRUE(r.ok({"status", "--json"}).json()[0]["follow_up"].is_null());

  // A month later: no more cancellations, but the tone again.
  r.env["RAPPORT_NOW"] = "2026-04-06T09:00";
  r.ok({"log", "Praxis", "rude_tone", "--date", "2026-03-30", "--note", "wieder laut"});
  auto status = r.ok({"status", "--json"}).json();
  const auto& follow = status[0]["follow_up"];
  ASSERT_FALSE(follow.is_null());
  EXPECT_EQ(follow["due"], true);
  EXPECT_EQ(follow["topics"][0]["metric"], "short_notice_cancellations");
  EXPECT_EQ(follow["topics"][0]["before"], 2.0);
  EXPECT_EQ(follow["topics"][0]["after"], 0.0);
  EXPECT_EQ(follow["topics"][0]["progress"], "improved");
  EXPECT_EQ(follow["topics"][1]["metric"], "rude_tone");
  EXPECT_EQ(follow["topics"][1]["progress"], "unchanged");

  Result table = r.de({"status"});
  EXPECT_NE(table.out.find("Praxis Süd · Gespräch vom 05.03.2026: kurzfristige Absagen gebessert, "
                           "unhöflicher Ton unverändert"),
            std::string::npos)
      << table.out;
  Result show = r.ok({"show", "Praxis"});
  EXPECT_NE(show.out.find("short-notice cancellations: 2 → 0, improved"), std::string::npos)
      << show.out;
  auto shown = r.ok({"show", "Praxis", "--json"}).json();
  EXPECT_EQ(shown["follow_up"]["topics"][1]["progress"], "unchanged");
}

TEST(Recap, RecordsTheCallAndPrintsTheSummaryToSend) {
  Rapport r;
  canceller(r);
  Result text = r.de({"recap", "Praxis", "--date", "2026-03-09", "--with", "Frau Dr. Süd",
                      "--topic", "Terminabsagen", "--agreed", "Absage bis 24 h vorher", "--open",
                      "Ausfallhonorar", "--next", "Vertrag anpassen"});
  EXPECT_EQ(text.code, 0) << text.err;
  EXPECT_NE(text.out.find("Hallo Frau Dr. Süd,\n\nvielen Dank für unser Telefonat am 09.03.2026."),
            std::string::npos)
      << text.out;
  EXPECT_NE(text.out.find("Vereinbart:\n- Absage bis 24 h vorher\n"), std::string::npos);
  EXPECT_NE(text.out.find("Noch offen:\n- Ausfallhonorar\n"), std::string::npos);
  EXPECT_NE(text.out.find("Nächster Schritt: Vertrag anpassen"), std::string::npos);
  auto calls = r.ok({"facts", "Praxis", "--kind", "call", "--json"}).json();
  ASSERT_EQ(calls.size(), 1u);
  EXPECT_EQ(calls[0]["date"], "2026-03-09");
  EXPECT_NE(calls[0]["note"].get<std::string>().find("Absage bis 24 h vorher"), std::string::npos);

  std::string before = r.dump();
  EXPECT_EQ(r.run({"recap", "Praxis", "--with", "niemand"}).code, 64);  // nothing to summarise
  EXPECT_EQ(r.run({"recap", "Praxis", "--topic", "x", "--out", "recap.docx"}).code, 64);
  EXPECT_EQ(r.run({"recap", "Praxis", "--topic", "x", "--out", "/nonexistent/dir/recap.eml"}).code,
            74);
  EXPECT_EQ(r.dump(), before);
}

TEST(Recap, WritesAnEmlDraftMailProgramsOpen) {
  Rapport r;
  canceller(r);
  auto eml = r.dir() / "recap.eml";
  Result done =
      r.de({"recap", "Praxis", "--with", "Frau Dr. Süd", "--topic", "Terminabsagen", "--agreed",
            "Absage bis 24 h vorher – spätestens am Vortag", "--out", eml.string()});
  EXPECT_EQ(done.code, 0) << done.err;
  // Parsed by Python's email module, as a mail program would.
  std::string script =
      "import email, email.policy, sys\n"
      "m = email.message_from_binary_file(open(sys.argv[1], 'rb'), policy=email.policy.default)\n"
      "print(m['To']); print(m['Subject']); print(m['Date']); print(m.get_content_charset())\n"
      "print(m['X-Unsent']); print(m.get_content())\n";
  std::ofstream(r.dir() / "parse.py") << script;
  std::string parsed =
      capture("python3 '" + (r.dir() / "parse.py").string() + "' '" + eml.string() + "'");
  EXPECT_NE(parsed.find("empfang@praxis-sued.de\n"
                        "Zusammenfassung unseres Telefonats vom 10.03.2026\n"
                        "Tue, 10 Mar 2026 09:00:00 +0100\nutf-8\n1\n"),
            std::string::npos)
      << parsed;
  EXPECT_NE(parsed.find("Hallo Frau Dr. Süd,"), std::string::npos) << parsed;
  EXPECT_NE(parsed.find("- Absage bis 24 h vorher – spätestens am Vortag"), std::string::npos);
  EXPECT_NE(parsed.find("Viele Grüße"), std::string::npos);
}

TEST(Recap, AlsoAsADocument) {
  Rapport r;
  canceller(r);
  auto pdf = r.dir() / "call.pdf";
  r.ok({"recap", "Praxis", "--with", "Dr. Süd", "--topic", "Terminabsagen", "--open",
        "Ausfallhonorar für Sitzungen", "--out", pdf.string()});
  std::string text = pdf_text(pdf);
  EXPECT_NE(text.find("Summary of our call on 2026-03-10"), std::string::npos) << text;
  EXPECT_NE(text.find("Ausfallhonorar für Sitzungen"), std::string::npos) << text;
  std::string md = r.ok({"recap", "Praxis", "--topic", "Rechnung *Nr. 5*", "--format", "md"}).out;
  EXPECT_NE(md.find("- Rechnung \\*Nr. 5\\*"), std::string::npos) << md;
}

}  // namespace
}  // namespace rapport::testing

namespace rapport::testing {
namespace {

TEST(Prep, TheKindOfConversationFollowsTheDecision) {
  Rapport r;
  r.ok({"demo"});
  // A prospect rapport advises to decline: a kind "no", not a change talk.
  auto fluxion = r.ok({"prep", "Fluxion", "--json"}).json();
  EXPECT_EQ(fluxion["kind"], "ending");
  EXPECT_NE(fluxion["purpose"].get<std::string>().find("To decline calmly and kindly"),
            std::string::npos);
  // Nothing about the client's conduct crossed: a check-in.
  EXPECT_EQ(r.ok({"prep", "Grünwerk", "--json"}).json()["kind"], "check_in");
  // The user chose to change it, after all: the sheet prepares that talk.
  EXPECT_EQ(r.ok({"prep", "Berger", "--json"}).json()["kind"], "change");
  r.ok({"decide", "Berger", "--choose", "leave", "--next", "Kündigung zum Monatsende"});
  auto berger = r.ok({"prep", "Berger", "--json"}).json();
  EXPECT_EQ(berger["kind"], "ending");
  EXPECT_EQ(berger["next_step"], "Kündigung zum Monatsende");
  Result de = r.de({"prep", "Berger"});
  EXPECT_NE(de.out.find("Was das Ende bedeutet"), std::string::npos) << de.out;
  EXPECT_NE(de.out.find("Die Zusammenarbeit ruhig und fair beenden"), std::string::npos);
}

}  // namespace
}  // namespace rapport::testing

namespace rapport::testing {
namespace {

// Every document of this chapter, in both languages and all three formats, carries its
// title and its facts — the PDF too, umlauts intact.
TEST(Documents, EveryDocumentInEveryLanguageAndFormat) {
  Rapport r;
  r.ok({"demo"});
  struct Doc {
    std::vector<std::string> args;
    std::string lang, title, fact;
  };
  const std::vector<Doc> docs = {
      {{"decide", "Café"},
       "en",
       "Love it, change it or leave it: Café Lindenblüte",
       "days overdue: 66 days"},
      {{"decide", "Café"},
       "de",
       "Lieben, ändern oder verlassen: Café Lindenblüte",
       "Tage überfällig: 66 Tage"},
      {{"prep", "Café"}, "en", "Conversation preparation: Café Lindenblüte", "Zahlung verweigert"},
      {{"prep", "Café"}, "de", "Gesprächsvorbereitung: Café Lindenblüte", "Zahlung verweigert"},
      {{"recap", "Café", "--with", "Frau Lind", "--agreed", "Außenwerbung separat anbieten"},
       "en",
       "Summary of our call on 2026-03-10",
       "Außenwerbung separat anbieten"},
      {{"recap", "Café", "--with", "Frau Lind", "--agreed", "Außenwerbung separat anbieten"},
       "de",
       "Zusammenfassung unseres Telefonats vom 10.03.2026",
       "Außenwerbung separat anbieten"},
  };
  int n = 0;
  for (const auto& doc : docs) {
    for (const std::string format : {"md", "html", "pdf"}) {
      SCOPED_TRACE(doc.args[0] + " " + doc.lang + " " + format);
      auto path = r.dir() / ("doc-" + std::to_string(++n) + "." + format);
      std::vector<std::string> args = doc.args;
      args.insert(args.end(), {"--out", path.string()});
      Result written = r.run(args, doc.lang);
      ASSERT_EQ(written.code, 0) << written.err;
      std::string text = format == "pdf" ? pdf_text(path) : read_file(path);
      std::string title = format == "html" ? "<h1>" + doc.title + "</h1>" : doc.title;
      EXPECT_NE(text.find(title), std::string::npos) << text;
      EXPECT_NE(text.find(doc.fact), std::string::npos) << text;
    }
  }
}

}  // namespace
}  // namespace rapport::testing
