// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>

namespace rapport::i18n {

// A compiled gettext catalog (.mo), read into memory. Plural forms are not used.
class MoCatalog {
 public:
  // Parses the bytes of a .mo file; an empty or malformed one gives an empty catalog.
  explicit MoCatalog(std::string_view bytes);
  // The translation, or nullptr when the catalog has none.
  const char* find(std::string_view msgid) const;
  std::size_t size() const { return entries_.size(); }

 private:
  std::unordered_map<std::string, std::string> entries_;
};

}  // namespace rapport::i18n
