// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/csv.hpp"

#include <filesystem>

#include "core/error.hpp"
#include "core/text.hpp"
#include "i18n/i18n.hpp"

namespace rapport::importers {
namespace {
constexpr std::size_t kPiece = 1 << 20;

// The delimiter is the one of comma, semicolon and tab seen most in the header line.
char sniff_delimiter(std::string_view text) {
  std::size_t counts[3] = {0, 0, 0};
  bool quoted = false;
  for (char c : text) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '\n') break;
    if (c == ',') ++counts[0];
    if (c == ';') ++counts[1];
    if (c == '\t') ++counts[2];
  }
  if (counts[1] > counts[0] && counts[1] >= counts[2]) return ';';
  if (counts[2] > counts[0]) return '\t';
  return ',';
}
}  // namespace

CsvReader::CsvReader(const std::string& path) : name_(path) {
  charset_ = charset_of_file(path);
  in_ = std::make_unique<std::ifstream>(path, std::ios::binary);
  std::error_code ec;
  total_bytes_ = static_cast<std::size_t>(std::filesystem::file_size(path, ec));
  read_header();
}

CsvReader CsvReader::from_text(std::string text, std::string name) {
  CsvReader r;
  r.name_ = std::move(name);
  r.charset_ = is_utf8(text) ? Charset::utf8 : Charset::windows1252;
  r.buffer_ = r.charset_ == Charset::utf8 ? std::move(text) : windows1252_to_utf8(text);
  r.total_bytes_ = r.read_bytes_ = r.buffer_.size();
  r.eof_ = true;
  r.read_header();
  return r;
}

bool CsvReader::fill() {
  if (eof_ || !in_) return false;
  buffer_.erase(0, pos_);
  pos_ = 0;
  std::string piece(kPiece, '\0');
  in_->read(piece.data(), static_cast<std::streamsize>(piece.size()));
  piece.resize(static_cast<std::size_t>(in_->gcount()));
  read_bytes_ += piece.size();
  if (piece.empty() || !*in_) eof_ = true;
  if (charset_ == Charset::windows1252) {
    buffer_ += windows1252_to_utf8(piece);
  } else {
    buffer_ += piece;
  }
  return !piece.empty();
}

void CsvReader::read_header() {
  if (buffer_.empty()) fill();
  while (!eof_ && buffer_.find('\n') == std::string::npos) fill();
  if (std::string_view(buffer_).starts_with("\xEF\xBB\xBF")) pos_ = 3;
  delimiter_ = sniff_delimiter(std::string_view(buffer_).substr(pos_));
  if (!next())
    throw data_error(trf("{}: the file is empty; a header line was expected.", name_),
                     tr("Export the data again with column headers."));
  for (std::size_t i = 0; i < size(); ++i) {
    header_.emplace_back(text::trim(field(i)));
    header_keys_.push_back(text::fold_case(header_.back()));
  }
}

std::size_t CsvReader::column(std::string_view name) const {
  std::string key = text::fold_case(text::trim(name));
  for (std::size_t i = 0; i < header_keys_.size(); ++i)
    if (header_keys_[i] == key) return i;
  return std::string::npos;
}

double CsvReader::progress() const {
  if (total_bytes_ == 0) return 1.0;
  return static_cast<double>(read_bytes_) / static_cast<double>(total_bytes_);
}

bool CsvReader::next() {
  for (;;) {
    // Skip blank lines.
    for (;;) {
      if (pos_ >= buffer_.size() && !fill()) return false;
      char c = buffer_[pos_];
      if (c == '\r') {
        ++pos_;
      } else if (c == '\n') {
        ++pos_;
        ++line_;
      } else {
        break;
      }
    }
    if (parse_record()) return true;
    // The record runs past what is read: read more and parse it again.
    if (!fill())
      throw data_error(
          trf("{0}:{1}: a quoted field is not closed before the end of the file.", name_, line_),
          tr("Check the quotes of that line; a field that contains quotes doubles "
             "them (\"\")."));
  }
}

// Parses the record at pos_; false (nothing consumed) when it is not complete in the buffer.
bool CsvReader::parse_record() {
  storage_.clear();
  spans_.clear();
  std::size_t p = pos_;
  std::size_t lines = 0;
  const std::size_t n = buffer_.size();
  const char* b = buffer_.data();
  for (;;) {
    std::size_t start = storage_.size();
    if (p < n && b[p] == '"') {
      ++p;
      for (;;) {
        if (p >= n) return false;
        char c = b[p];
        if (c == '"') {
          if (p + 1 >= n && !eof_) return false;
          if (p + 1 < n && b[p + 1] == '"') {
            storage_ += '"';
            p += 2;
            continue;
          }
          ++p;
          break;
        }
        if (c == '\n') ++lines;
        storage_ += c;
        ++p;
      }
      // Text after the closing quote belongs to the field (lenient, as spreadsheets are).
      while (p < n && b[p] != delimiter_ && b[p] != '\n' && b[p] != '\r') storage_ += b[p++];
    } else {
      std::size_t from = p;
      while (p < n && b[p] != delimiter_ && b[p] != '\n' && b[p] != '\r') ++p;
      storage_.append(b + from, p - from);
    }
    spans_.emplace_back(start, storage_.size() - start);
    if (p >= n) {
      if (!eof_) return false;
      break;
    }
    if (b[p] == delimiter_) {
      ++p;
      continue;
    }
    // End of the line: \n, \r\n or a lone \r.
    if (b[p] == '\r') {
      if (p + 1 >= n && !eof_) return false;
      ++p;
      if (p < n && b[p] == '\n') ++p;
    } else {
      ++p;
    }
    ++lines;
    break;
  }
  record_line_ = line_;
  line_ += lines;
  pos_ = p;
  return true;
}

}  // namespace rapport::importers
