// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/document_output.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "core/error.hpp"
#include "i18n/i18n.hpp"

namespace rapport::cli {

using documents::Block;
using documents::Format;

void add_document_options(CLI::App& cmd, DocumentOptions& o) {
  add_text(cmd, "--format", o.format,
           tr("Write the document as md, html or pdf (default: shown on the terminal)"),
           "md|html|pdf");
  add_text(cmd, "--out", o.out,
           tr("Write the document to this file (the format follows its extension)"), tr("FILE"));
}

void write_file(const std::string& path, const std::string& bytes) {
  // Written beside the target and renamed, so that a failed write leaves no half file.
  std::filesystem::path target(path);
  std::filesystem::path temp = target;
  temp += ".rapport-tmp";
  {
    std::ofstream file(temp, std::ios::binary | std::ios::trunc);
    if (file) file.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!file) {
      int err = errno;
      std::error_code ignored;
      std::filesystem::remove(temp, ignored);
      throw Error(ErrorCode::io, trf("{0} cannot be written: {1}.", path, std::strerror(err)),
                  tr("Check that the directory exists and is writable."));
    }
  }
  std::error_code ec;
  std::filesystem::rename(temp, target, ec);
  if (ec) {
    std::filesystem::remove(temp, ec);
    throw Error(ErrorCode::io, trf("{0} cannot be written: {1}.", path, ec.message()),
                tr("Check that the directory exists and is writable."));
  }
}

void emit_document(Session& s, const documents::Document& doc, const DocumentOptions& o) {
  if (!o.given()) {
    print_document(s.out(), doc);
    return;
  }
  std::optional<Format> format;
  if (o.format.given()) format = documents::parse_format(o.format.value);
  if (o.out.given() && !format) format = documents::format_of_path(o.out.value);
  if (!format)
    throw usage_error(trf("--out: {} does not say which format to write.", o.out.value),
                      tr("End the file name with .md, .html or .pdf, or add --format."));
  std::string bytes = documents::render(doc, *format);
  std::string path = o.out.given() ? o.out.value : std::string();
  if (path.empty() && *format == Format::pdf)
    path = doc.file_stem + "." + std::string(documents::extension(*format));
  if (path.empty() || path == "-") {
    s.out().out() << bytes;
    return;
  }
  write_file(path, bytes);
  s.out().done(trf("Wrote {}.", path));
}

void print_document(Output& out, const documents::Document& doc) {
  out.line(out.paint(doc.title, Colour::bold));
  Details meta;
  for (const auto& [label, value] : doc.meta) meta.add(label, value);
  meta.print(out);
  for (const auto& section : doc.sections) {
    out.line();
    out.line(out.paint(section.heading, Colour::bold));
    for (const auto& block : section.blocks) {
      switch (block.kind) {
        case Block::Kind::paragraph:
          out.line("  " + block.text);
          break;
        case Block::Kind::note:
          out.line("  " + out.paint(block.text, Colour::dim));
          break;
        case Block::Kind::bullets:
          for (const auto& item : block.items) out.line("  • " + item);
          break;
        case Block::Kind::checklist:
          for (std::size_t i = 0; i < block.items.size(); ++i)
            out.line(std::string("  ") + (block.ticked[i] ? "[x] " : "[ ] ") + block.items[i]);
          break;
        case Block::Kind::table: {
          Table table(block.header);
          table.indent(2);
          for (const auto& row : block.rows) table.add(row);
          table.print(out);
          break;
        }
      }
    }
  }
  if (!doc.footer.empty()) {
    out.line();
    out.line(out.paint(doc.footer, Colour::dim));
  }
}

}  // namespace rapport::cli
