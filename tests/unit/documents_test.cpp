// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "core/error.hpp"
#include "documents/document.hpp"
#include "documents/eml.hpp"

namespace rapport::documents {
namespace {

Document sample() {
  Document doc;
  doc.title = "Gesprächsvorbereitung: Café <Sonnenschein> & Söhne";
  doc.language = "de";
  doc.meta = {{"Kunde", "Café Sonnenschein"}, {"Datum", "10.03.2026"}};
  doc.sections.push_back(
      {"Was gut läuft", {bullets({"Lob für das Logo *sehr* schön", "2 Empfehlungen"})}});
  doc.sections.push_back(
      {"Rahmen",
       {checklist({"Ruhiger Ort", "Genug Zeit"}, {true, false}), note("Nur Orientierung.")}});
  doc.sections.push_back(
      {"Themen",
       {paragraph("Kurzfristige Absagen: 3 in 90 Tagen, Ausfall 1.234,50 €"),
        table({"Datum", "Was"}, {{"03.02.2026", "Absage 4 h vorher | Mittag"}})}});
  doc.footer = "Erstellt mit rapport";
  doc.file_stem = "gespraech-cafe";
  return doc;
}

TEST(Documents, MarkdownEscapesWhatTheUserTyped) {
  std::string md = render_markdown(sample());
  EXPECT_NE(md.find("# Gesprächsvorbereitung: Café \\<Sonnenschein\\> & Söhne\n"),
            std::string::npos)
      << md;
  EXPECT_NE(md.find("- **Kunde:** Café Sonnenschein"), std::string::npos);
  EXPECT_NE(md.find("## Was gut läuft\n\n- Lob für das Logo \\*sehr\\* schön\n- 2 Empfehlungen"),
            std::string::npos)
      << md;
  EXPECT_NE(md.find("- [x] Ruhiger Ort\n- [ ] Genug Zeit"), std::string::npos) << md;
  EXPECT_NE(md.find("> Nur Orientierung."), std::string::npos);
  EXPECT_NE(
      md.find("| Datum | Was |\n| --- | --- |\n| 03.02.2026 | Absage 4 h vorher \\| Mittag |"),
      std::string::npos)
      << md;
  EXPECT_EQ(md.find("\n\n\n"), std::string::npos) << md;
}

TEST(Documents, HtmlEscapesWhatTheUserTypedAndIsPrintable) {
  std::string html = render_html(sample());
  EXPECT_NE(html.find("<html lang=\"de\">"), std::string::npos);
  EXPECT_NE(html.find("<h1>Gesprächsvorbereitung: Café &lt;Sonnenschein&gt; &amp; Söhne</h1>"),
            std::string::npos)
      << html;
  EXPECT_EQ(html.find("<Sonnenschein>"), std::string::npos);
  EXPECT_NE(html.find("<li>Lob für das Logo *sehr* schön</li>"), std::string::npos);
  EXPECT_NE(html.find("&#x2611;</span> Ruhiger Ort"), std::string::npos) << html;
  EXPECT_NE(html.find("@media print"), std::string::npos);
  EXPECT_NE(html.find("<td>Absage 4 h vorher | Mittag</td>"), std::string::npos);
}

std::string pdf_text(const std::string& pdf) {
  auto dir = std::filesystem::temp_directory_path();
  auto path = dir / ("rapport-doc-test-" + std::to_string(::getpid()) + ".pdf");
  std::ofstream(path, std::ios::binary) << pdf;
  std::string cmd = "pdftotext -enc UTF-8 '" + path.string() + "' -";
  std::string text;
  if (FILE* pipe = ::popen(cmd.c_str(), "r")) {
    char buffer[4096];
    std::size_t n;
    while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) text.append(buffer, n);
    ::pclose(pipe);
  }
  std::filesystem::remove(path);
  return text;
}

TEST(Documents, PdfIsA4WithTheTextAndItsUmlauts) {
  std::string pdf = render_pdf(sample());
  ASSERT_TRUE(pdf.starts_with("%PDF-"));
  EXPECT_NE(pdf.find("/MediaBox [ 0 0 595.28 841.89 ]"), std::string::npos);
  EXPECT_NE(pdf.find("DejaVuSans"), std::string::npos);  // the font is embedded
  std::string text = pdf_text(pdf);
  EXPECT_NE(text.find("Gesprächsvorbereitung: Café <Sonnenschein> & Söhne"), std::string::npos)
      << text;
  EXPECT_NE(text.find("Kurzfristige Absagen: 3 in 90 Tagen, Ausfall 1.234,50 €"), std::string::npos)
      << text;
  EXPECT_NE(text.find("Absage 4 h vorher | Mittag"), std::string::npos) << text;
  EXPECT_NE(text.find("☑"), std::string::npos) << text;
}

TEST(Documents, PdfBreaksLongDocumentsAcrossPages) {
  Document doc = sample();
  std::vector<std::string> many;
  for (int i = 1; i <= 120; ++i) many.push_back("Eintrag Nummer " + std::to_string(i));
  doc.sections.push_back({"Viele", {bullets(many)}});
  std::string text = pdf_text(render_pdf(doc));
  EXPECT_NE(text.find("Eintrag Nummer 120"), std::string::npos);
  EXPECT_NE(text.find('\f'), text.rfind('\f'));  // more than one page
}

TEST(Documents, FormatsByNameAndByFileExtension) {
  EXPECT_EQ(parse_format("PDF"), Format::pdf);
  EXPECT_EQ(parse_format("markdown"), Format::markdown);
  EXPECT_THROW(parse_format("docx"), Error);
  EXPECT_EQ(format_of_path("sheet.html"), Format::html);
  EXPECT_EQ(format_of_path("dir.v2/sheet"), std::nullopt);
  EXPECT_EQ(slug("Café Sonnenschein & Söhne GmbH"), "cafe-sonnenschein-soehne-gmbh");
}

TEST(Documents, MailDraftEncodesNonAsciiSubjectAndBody) {
  MailDraft draft;
  draft.to = {"anna@cafe-sonnenschein.de", "info@cafe-sonnenschein.de"};
  draft.subject = "Zusammenfassung unseres Telefonats vom 10.03.2026 – Grüße";
  draft.body = "Hallo Anna,\nwir haben vereinbart: Änderungen bis Freitag. = gleich \nViele Grüße";
  draft.date = "Tue, 10 Mar 2026 09:00:00 +0100";
  std::string eml = render_eml(draft);
  EXPECT_NE(eml.find("To: anna@cafe-sonnenschein.de, info@cafe-sonnenschein.de\r\n"),
            std::string::npos);
  EXPECT_NE(eml.find("Subject: =?UTF-8?B?"), std::string::npos);
  EXPECT_NE(eml.find("Content-Type: text/plain; charset=UTF-8\r\n"), std::string::npos);
  EXPECT_NE(eml.find("=C3=84nderungen"), std::string::npos);
  EXPECT_NE(eml.find("=3D gleich=20\r\n"), std::string::npos) << eml;
  for (std::size_t i = eml.find("\n"); i != std::string::npos; i = eml.find("\n", i + 1))
    EXPECT_EQ(eml[i - 1], '\r');  // CRLF line ends only
}

}  // namespace
}  // namespace rapport::documents
