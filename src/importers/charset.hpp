// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The charset of imported files. The rule that works for what freelancers' tools export:
// valid UTF-8 is UTF-8, anything else is Windows-1252 (German Excel); a BOM is dropped.
#include <cstddef>
#include <string>
#include <string_view>

namespace rapport::importers {

enum class Charset { utf8, windows1252 };

// Checks UTF-8 piece by piece, so that a large file is checked without holding it.
class Utf8Check {
 public:
  void feed(std::string_view bytes);
  bool valid() const { return valid_ && pending_ == 0; }
  bool broken() const { return !valid_; }

 private:
  bool valid_ = true;
  int pending_ = 0;  // continuation bytes still expected
};

bool is_utf8(std::string_view bytes);
Charset charset_of_file(const std::string& path);
// Windows-1252 to UTF-8; its five unassigned bytes become U+FFFD.
std::string windows1252_to_utf8(std::string_view bytes);
std::string_view strip_bom(std::string_view text);
// Reads a whole file as UTF-8 text (for formats whose files are small: XML, MT940, iCalendar).
std::string read_text_file(const std::string& path);

}  // namespace rapport::importers
