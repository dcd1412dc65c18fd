// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/charset.hpp"

#include <iconv.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <memory>
#include <vector>

#include "core/error.hpp"
#include "i18n/i18n.hpp"

namespace rapport::importers {

void Utf8Check::feed(std::string_view bytes) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const auto* end = p + bytes.size();
  while (valid_ && p < end) {
    if (pending_ == 0) {
      // ASCII runs are the common case: skip them eight bytes at a time.
      while (end - p >= 8) {
        std::uint64_t word;
        std::memcpy(&word, p, 8);
        if (word & 0x8080808080808080ULL) break;
        p += 8;
      }
      if (p == end) break;
      unsigned char c = *p++;
      if (c < 0x80) continue;
      if (c >= 0xC2 && c <= 0xDF) {
        pending_ = 1;
      } else if (c >= 0xE0 && c <= 0xEF) {
        pending_ = 2;
      } else if (c >= 0xF0 && c <= 0xF4) {
        pending_ = 3;
      } else {
        valid_ = false;
      }
    } else {
      if ((*p++ & 0xC0) != 0x80) valid_ = false;
      --pending_;
    }
  }
}

bool is_utf8(std::string_view bytes) {
  Utf8Check check;
  check.feed(bytes);
  return check.valid();
}

namespace {
std::ifstream open_input(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    throw Error(ErrorCode::no_input, trf("{} cannot be read.", path),
                tr("Check the path and that the file is readable."));
  return in;
}
}  // namespace

Charset charset_of_file(const std::string& path) {
  std::ifstream in = open_input(path);
  std::vector<char> buffer(1 << 20);
  Utf8Check check;
  while (in) {
    in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    check.feed(std::string_view(buffer.data(), static_cast<std::size_t>(in.gcount())));
    if (check.broken()) return Charset::windows1252;  // one bad sequence decides it
  }
  return check.valid() ? Charset::utf8 : Charset::windows1252;
}

std::string windows1252_to_utf8(std::string_view bytes) {
  struct Closer {
    void operator()(void* cd) const { iconv_close(static_cast<iconv_t>(cd)); }
  };
  iconv_t raw = iconv_open("UTF-8", "WINDOWS-1252");
  if (raw == reinterpret_cast<iconv_t>(-1))
    throw Error(ErrorCode::software, tr("The charset converter for Windows-1252 is missing."));
  std::unique_ptr<void, Closer> cd(raw);
  std::string out;
  out.resize(bytes.size() * 3 + 4);
  char* in_ptr = const_cast<char*>(bytes.data());
  std::size_t in_left = bytes.size();
  char* out_ptr = out.data();
  std::size_t out_left = out.size();
  while (in_left > 0) {
    if (iconv(raw, &in_ptr, &in_left, &out_ptr, &out_left) != static_cast<std::size_t>(-1)) break;
    if (errno != EILSEQ && errno != EINVAL) break;
    // An unassigned byte (0x81, 0x8D, 0x8F, 0x90, 0x9D): the replacement character.
    std::memcpy(out_ptr, "\xEF\xBF\xBD", 3);
    out_ptr += 3;
    out_left -= 3;
    ++in_ptr;
    --in_left;
  }
  out.resize(out.size() - out_left);
  return out;
}

std::string_view strip_bom(std::string_view text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  return text;
}

std::string read_text_file(const std::string& path) {
  std::ifstream in = open_input(path);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::string text = is_utf8(bytes) ? std::move(bytes) : windows1252_to_utf8(bytes);
  if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
  return text;
}

}  // namespace rapport::importers
