// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/eml.hpp"

#include <cstdint>
#include <functional>
#include <memory>

#include <fmt/format.h>

namespace rapport::documents {
namespace {

bool is_ascii(const std::string& text) {
  for (unsigned char c : text)
    if (c >= 0x80 || c < 0x20) return false;
  return true;
}

// Base64 (RFC 4648) for encoded words. Written here rather than taken from GLib: linking GLib
// into the binary costs every command a few milliseconds at start, for a dozen lines.
std::string base64(std::string_view bytes) {
  static constexpr char kAlphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  for (std::size_t i = 0; i < bytes.size(); i += 3) {
    std::uint32_t chunk = static_cast<unsigned char>(bytes[i]) << 16;
    if (i + 1 < bytes.size()) chunk |= static_cast<unsigned char>(bytes[i + 1]) << 8;
    if (i + 2 < bytes.size()) chunk |= static_cast<unsigned char>(bytes[i + 2]);
    out += kAlphabet[(chunk >> 18) & 63];
    out += kAlphabet[(chunk >> 12) & 63];
    out += i + 1 < bytes.size() ? kAlphabet[(chunk >> 6) & 63] : '=';
    out += i + 2 < bytes.size() ? kAlphabet[chunk & 63] : '=';
  }
  return out;
}

// RFC 2047 encoded words, split at whole UTF-8 characters so that no word exceeds the line.
std::string encode_header(const std::string& text) {
  if (is_ascii(text) && text.size() < 900) return text;
  std::string out;
  std::size_t start = 0;
  constexpr std::size_t kChunk = 45;  // bytes per word: base64 of 45 bytes is 60 characters
  while (start < text.size()) {
    std::size_t end = std::min(text.size(), start + kChunk);
    while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
    if (!out.empty()) out += "\r\n ";
    out += "=?UTF-8?B?" + base64(std::string_view(text).substr(start, end - start)) + "?=";
    start = end;
  }
  return out;
}

// Quoted-printable (RFC 2045): readable for the ASCII parts, lines of at most 76 characters.
std::string quoted_printable(const std::string& body) {
  std::string out;
  std::size_t column = 0;
  auto put = [&](const std::string& piece) {
    if (column + piece.size() > 75) {
      out += "=\r\n";
      column = 0;
    }
    out += piece;
    column += piece.size();
  };
  for (std::size_t i = 0; i < body.size(); ++i) {
    auto c = static_cast<unsigned char>(body[i]);
    if (c == '\n') {
      // A space before a line break must be encoded, or transports may drop it.
      if (!out.empty() && (out.back() == ' ' || out.back() == '\t')) {
        char last = out.back();
        out.pop_back();
        --column;
        put(fmt::format("={:02X}", static_cast<unsigned char>(last)));
      }
      out += "\r\n";
      column = 0;
    } else if (c == '\r') {
      continue;
    } else if ((c >= 33 && c <= 126 && c != '=') || c == ' ' || c == '\t') {
      put(std::string(1, static_cast<char>(c)));
    } else {
      put(fmt::format("={:02X}", c));
    }
  }
  return out;
}

}  // namespace

std::string render_eml(const MailDraft& draft) {
  std::string to;
  for (const auto& address : draft.to) {
    if (!to.empty()) to += ", ";
    to += address;
  }
  std::string id_source = draft.date + draft.subject + to + draft.body;
  auto id = std::hash<std::string>{}(id_source);
  std::string out;
  out += "Date: " + draft.date + "\r\n";
  if (!draft.from.empty()) out += "From: " + encode_header(draft.from) + "\r\n";
  out += "To: " + to + "\r\n";
  out += "Subject: " + encode_header(draft.subject) + "\r\n";
  out += fmt::format("Message-ID: <{:016x}@{}>\r\n", id, draft.message_id_domain);
  out += "MIME-Version: 1.0\r\n";
  out += "Content-Type: text/plain; charset=UTF-8\r\n";
  out += "Content-Transfer-Encoding: quoted-printable\r\n";
  // Mail programs (Thunderbird, Outlook) open a message marked like this as a draft to send.
  out += "X-Unsent: 1\r\n";
  out += "\r\n";
  out += quoted_printable(draft.body);
  if (!out.ends_with("\r\n")) out += "\r\n";
  return out;
}

}  // namespace rapport::documents
