// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// --format and --out of the commands that write documents, and the terminal view of a
// document when neither is given.
#include "cli/options.hpp"
#include "cli/session.hpp"
#include "documents/document.hpp"

namespace rapport::cli {

struct DocumentOptions {
  TextOption format, out;
  bool given() const { return format.given() || out.given(); }
};

void add_document_options(CLI::App& cmd, DocumentOptions& o);

// Without --format and --out: the document on the terminal. Otherwise Markdown or HTML on
// stdout, or the file of --out; a PDF goes to a file named after the client and the date.
void emit_document(Session& s, const documents::Document& doc, const DocumentOptions& o);
void print_document(Output& out, const documents::Document& doc);
// Writes bytes to a file, replacing it; an I/O error names the file.
void write_file(const std::string& path, const std::string& bytes);

}  // namespace rapport::cli
