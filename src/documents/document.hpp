// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A document rapport writes for the user (a decision record, a conversation sheet, a call
// recap …) as plain structure, rendered to Markdown, HTML or PDF from the same content.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rapport::documents {

struct Block {
  enum class Kind { paragraph, bullets, checklist, table, note } kind = Kind::paragraph;
  std::string text;                            // paragraph, note
  std::vector<std::string> items;              // bullets, checklist
  std::vector<bool> ticked;                    // checklist: one per item
  std::vector<std::string> header;             // table
  std::vector<std::vector<std::string>> rows;  // table: one cell per header column
};

Block paragraph(std::string text);
Block note(std::string text);  // set apart: a hint, a warning, a disclaimer
Block bullets(std::vector<std::string> items);
Block checklist(std::vector<std::string> items, std::vector<bool> ticked = {});
Block table(std::vector<std::string> header, std::vector<std::vector<std::string>> rows);

struct Section {
  std::string heading;
  std::vector<Block> blocks;
};

struct Document {
  std::string title;
  std::vector<std::pair<std::string, std::string>> meta;  // "Client" → "Café Sonnenschein"
  std::vector<Section> sections;
  std::string footer;     // a line at the end (and on every PDF page)
  std::string language;   // "de" or "en", for the HTML lang attribute
  std::string file_stem;  // e.g. "gespraech-cafe-sonnenschein-2026-03-10"
};

enum class Format { markdown, html, pdf };

// "md", "markdown", "html", "pdf"; a usage error listing them otherwise.
Format parse_format(std::string_view text);
std::string_view extension(Format format);
// The format a file name asks for by its extension, if it names one.
std::optional<Format> format_of_path(std::string_view path);

std::string render_markdown(const Document& doc);
std::string render_html(const Document& doc);
std::string render_pdf(const Document& doc);  // the bytes of an A4 PDF
std::string render(const Document& doc, Format format);

// A file name part from free text: lower case ASCII, umlauts spelled out, dashes.
std::string slug(std::string_view text);

}  // namespace rapport::documents
