// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/mo_catalog.hpp"

#include <cstdint>
#include <cstring>

namespace rapport::i18n {
namespace {

constexpr std::uint32_t kMagic = 0x950412de;
constexpr std::uint32_t kMagicSwapped = 0xde120495;

std::uint32_t swap_bytes(std::uint32_t v) {
  return (v >> 24) | ((v >> 8) & 0xff00) | ((v << 8) & 0xff0000) | (v << 24);
}

}  // namespace

MoCatalog::MoCatalog(std::string_view bytes) {
  if (bytes.size() < 28) return;
  bool swapped = false;
  auto word = [&](std::size_t offset) -> std::uint32_t {
    if (offset + 4 > bytes.size()) return 0;
    std::uint32_t v;
    std::memcpy(&v, bytes.data() + offset, 4);
    return swapped ? swap_bytes(v) : v;
  };
  std::uint32_t magic = word(0);
  if (magic == kMagicSwapped) {
    swapped = true;
  } else if (magic != kMagic) {
    return;
  }
  const std::uint32_t count = word(8);
  const std::uint32_t originals = word(12);
  const std::uint32_t translations = word(16);
  auto text = [&](std::uint32_t table, std::uint32_t i) -> std::string_view {
    const std::uint32_t length = word(table + i * 8);
    const std::uint32_t offset = word(table + i * 8 + 4);
    if (std::size_t{offset} + length > bytes.size()) return {};
    return bytes.substr(offset, length);
  };
  for (std::uint32_t i = 0; i < count; ++i) {
    std::string_view original = text(originals, i);
    std::string_view translated = text(translations, i);
    if (original.empty() || translated.empty()) continue;  // the header entry
    entries_.emplace(std::string(original), std::string(translated));
  }
}

const char* MoCatalog::find(std::string_view msgid) const {
  auto it = entries_.find(std::string(msgid));
  return it == entries_.end() ? nullptr : it->second.c_str();
}

}  // namespace rapport::i18n
