// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/document.hpp"

#include "core/error.hpp"
#include "core/text.hpp"
#include "i18n/i18n.hpp"

namespace rapport::documents {

Block paragraph(std::string text) {
  Block b;
  b.kind = Block::Kind::paragraph;
  b.text = std::move(text);
  return b;
}

Block note(std::string text) {
  Block b;
  b.kind = Block::Kind::note;
  b.text = std::move(text);
  return b;
}

Block bullets(std::vector<std::string> items) {
  Block b;
  b.kind = Block::Kind::bullets;
  b.items = std::move(items);
  return b;
}

Block checklist(std::vector<std::string> items, std::vector<bool> ticked) {
  Block b;
  b.kind = Block::Kind::checklist;
  ticked.resize(items.size(), false);
  b.items = std::move(items);
  b.ticked = std::move(ticked);
  return b;
}

Block table(std::vector<std::string> header, std::vector<std::vector<std::string>> rows) {
  Block b;
  b.kind = Block::Kind::table;
  for (auto& row : rows) row.resize(header.size());
  b.header = std::move(header);
  b.rows = std::move(rows);
  return b;
}

Format parse_format(std::string_view text) {
  std::string t = text::fold_case(text);
  if (t == "md" || t == "markdown") return Format::markdown;
  if (t == "html" || t == "htm") return Format::html;
  if (t == "pdf") return Format::pdf;
  throw usage_error(trf("\"{}\" is not a document format.", text), tr("Use md, html or pdf."));
}

std::string_view extension(Format format) {
  switch (format) {
    case Format::markdown:
      return "md";
    case Format::html:
      return "html";
    case Format::pdf:
      return "pdf";
  }
  return "md";
}

std::optional<Format> format_of_path(std::string_view path) {
  auto dot = path.rfind('.');
  if (dot == std::string_view::npos || path.find('/', dot) != std::string_view::npos)
    return std::nullopt;
  std::string ext = text::fold_case(path.substr(dot + 1));
  if (ext == "md" || ext == "markdown") return Format::markdown;
  if (ext == "html" || ext == "htm") return Format::html;
  if (ext == "pdf") return Format::pdf;
  return std::nullopt;
}

std::string render(const Document& doc, Format format) {
  switch (format) {
    case Format::markdown:
      return render_markdown(doc);
    case Format::html:
      return render_html(doc);
    case Format::pdf:
      return render_pdf(doc);
  }
  return render_markdown(doc);
}

std::string slug(std::string_view text) {
  static const std::pair<std::string_view, std::string_view> kSpelled[] = {
      {"ä", "ae"}, {"ö", "oe"}, {"ü", "ue"}, {"Ä", "ae"}, {"Ö", "oe"}, {"Ü", "ue"}, {"ß", "ss"},
      {"é", "e"},  {"è", "e"},  {"á", "a"},  {"à", "a"},  {"ó", "o"},  {"ç", "c"},  {"ñ", "n"}};
  std::string out;
  bool dash = false;
  for (std::size_t i = 0; i < text.size();) {
    auto c = static_cast<unsigned char>(text[i]);
    if (std::isalnum(c) && c < 0x80) {
      if (dash && !out.empty()) out += '-';
      dash = false;
      out += static_cast<char>(std::tolower(c));
      ++i;
      continue;
    }
    bool spelled = false;
    for (auto [from, to] : kSpelled) {
      if (text.substr(i).starts_with(from)) {
        if (dash && !out.empty()) out += '-';
        dash = false;
        out += to;
        i += from.size();
        spelled = true;
        break;
      }
    }
    if (spelled) continue;
    dash = true;
    ++i;
    while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
  }
  return out.empty() ? std::string("document") : out;
}

}  // namespace rapport::documents
