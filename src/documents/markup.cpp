// SPDX-License-Identifier: GPL-3.0-or-later
// Markdown and HTML from the mustache templates in templates/. Every value the user typed
// goes through the template's escaping form ({{x}}): HTML entities for HTML, backslashes
// for Markdown.
#include <mstch/mstch.hpp>

#include <mutex>

#include "documents/document.hpp"

namespace rapport::documents {
extern const std::string_view kDocumentHtml;
extern const std::string_view kDocumentMarkdown;
extern const std::string_view kDocumentCss;

namespace {

std::string escape_html(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

// Characters that would start Markdown syntax are escaped; a line break would end a list
// item or a table cell, so it becomes a space.
std::string escape_markdown(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '\\':
      case '`':
      case '*':
      case '_':
      case '[':
      case ']':
      case '<':
      case '>':
      case '#':
      case '|':
        out += '\\';
        out += c;
        break;
      case '\n':
      case '\r':
        out += ' ';
        break;
      default:
        out += c;
    }
  }
  return out;
}

mstch::map text_item(const std::string& text) {
  return mstch::map{{"text", text}};
}

mstch::map block_context(const Block& block) {
  mstch::map m{{"is_paragraph", block.kind == Block::Kind::paragraph},
               {"is_note", block.kind == Block::Kind::note},
               {"is_bullets", block.kind == Block::Kind::bullets},
               {"is_checklist", block.kind == Block::Kind::checklist},
               {"is_table", block.kind == Block::Kind::table},
               {"text", block.text}};
  mstch::array items;
  for (std::size_t i = 0; i < block.items.size(); ++i) {
    auto item = text_item(block.items[i]);
    item["ticked"] = i < block.ticked.size() && block.ticked[i];
    items.emplace_back(std::move(item));
  }
  m["items"] = std::move(items);
  mstch::array header;
  for (const auto& h : block.header) header.emplace_back(text_item(h));
  m["header"] = std::move(header);
  mstch::array rows;
  for (const auto& row : block.rows) {
    mstch::array cells;
    for (const auto& cell : row) cells.emplace_back(text_item(cell));
    rows.emplace_back(mstch::map{{"cells", std::move(cells)}});
  }
  m["rows"] = std::move(rows);
  return m;
}

mstch::map document_context(const Document& doc) {
  mstch::array meta;
  for (const auto& [label, value] : doc.meta)
    meta.emplace_back(mstch::map{{"label", label}, {"value", value}});
  mstch::array sections;
  for (const auto& section : doc.sections) {
    mstch::array blocks;
    for (const auto& block : section.blocks) blocks.emplace_back(block_context(block));
    sections.emplace_back(mstch::map{{"heading", section.heading}, {"blocks", std::move(blocks)}});
  }
  return mstch::map{{"title", doc.title},
                    {"language", doc.language.empty() ? std::string("en") : doc.language},
                    {"has_meta", !doc.meta.empty()},
                    {"meta", std::move(meta)},
                    {"sections", std::move(sections)},
                    {"has_footer", !doc.footer.empty()},
                    {"footer", doc.footer}};
}

// mstch keeps its escape function in a global: one render at a time sets its own.
std::mutex render_mutex;

std::string render_with(std::string_view tmpl, const Document& doc,
                        std::string (*escape)(const std::string&),
                        const std::map<std::string, std::string>& partials = {}) {
  std::lock_guard lock(render_mutex);
  mstch::config::escape = escape;
  return mstch::render(std::string(tmpl), document_context(doc), partials);
}

// Blank lines the template leaves between blocks collapse to one.
std::string tidy_markdown(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  int newlines = 0;
  for (char c : text) {
    if (c == '\n') {
      if (++newlines > 2) continue;
    } else {
      newlines = 0;
    }
    out += c;
  }
  while (!out.empty() && out.back() == '\n') out.pop_back();
  out += '\n';
  return out;
}

}  // namespace

std::string render_markdown(const Document& doc) {
  return tidy_markdown(render_with(kDocumentMarkdown, doc, escape_markdown));
}

std::string render_html(const Document& doc) {
  return render_with(kDocumentHtml, doc, escape_html, {{"css", std::string(kDocumentCss)}});
}

}  // namespace rapport::documents
