// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A streaming CSV reader for the files time trackers and accounting tools export: comma,
// semicolon or tab (found from the header line), quoted fields with doubled quotes and line
// breaks, CRLF or LF, a BOM, UTF-8 or Windows-1252. It reads in pieces, so a file of a
// million rows needs little memory.
#include <cstddef>
#include <fstream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "importers/charset.hpp"

namespace rapport::importers {

class CsvReader {
 public:
  // Opens a file: checks its charset and reads the header. Throws Error (no_input, data).
  explicit CsvReader(const std::string& path);
  // Reads text already in memory; `name` stands for the file in messages.
  static CsvReader from_text(std::string text, std::string name);

  const std::vector<std::string>& header() const { return header_; }
  // The index of a header (case-insensitive, surrounding spaces ignored), or npos.
  std::size_t column(std::string_view name) const;
  char delimiter() const { return delimiter_; }
  Charset charset() const { return charset_; }
  const std::string& name() const { return name_; }

  // Moves to the next record; false at the end. Blank lines are skipped.
  bool next();
  std::size_t size() const { return spans_.size(); }
  // A field of the current record; empty when the record is shorter.
  std::string_view field(std::size_t i) const {
    if (i >= spans_.size()) return {};
    return std::string_view(storage_).substr(spans_[i].first, spans_[i].second);
  }
  std::size_t line() const { return record_line_; }  // where the current record starts
  double progress() const;                           // 0 … 1 of the bytes read

 private:
  CsvReader() = default;
  bool fill();  // reads the next piece; false at the end of the input
  bool parse_record();
  void read_header();

  std::string name_;
  std::unique_ptr<std::ifstream> in_;
  Charset charset_ = Charset::utf8;
  std::size_t total_bytes_ = 0;
  std::size_t read_bytes_ = 0;
  bool eof_ = false;
  std::string buffer_;  // decoded text not yet consumed starts at pos_
  std::size_t pos_ = 0;
  std::size_t line_ = 1;  // the line pos_ is on
  char delimiter_ = ',';
  std::vector<std::string> header_;
  std::vector<std::string> header_keys_;
  std::string storage_;
  std::vector<std::pair<std::size_t, std::size_t>> spans_;
  std::size_t record_line_ = 0;
};

}  // namespace rapport::importers
