// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/i18n.hpp"

#include "i18n/mo_catalog.hpp"

namespace rapport::i18n {

extern const std::string_view kCatalogDe;

namespace {

thread_local Language current_language = Language::en;

const MoCatalog& german() {
  static const MoCatalog catalog(kCatalogDe);
  return catalog;
}

}  // namespace

Language language() {
  return current_language;
}
void set_language(Language lang) {
  current_language = lang;
}

std::optional<Language> parse_language(std::string_view text) {
  if (text.size() < 2) return std::nullopt;
  std::string_view prefix = text.substr(0, 2);
  if (text.size() > 2 && text[2] != '_' && text[2] != '-' && text[2] != '.' && text[2] != ':')
    return std::nullopt;
  if (prefix == "de") return Language::de;
  if (prefix == "en") return Language::en;
  return std::nullopt;
}

std::string_view language_code(Language lang) {
  return lang == Language::de ? "de" : "en";
}

const char* tr(const char* msgid) {
  if (current_language == Language::en) return msgid;
  const char* translated = german().find(msgid);
  return translated ? translated : msgid;
}

}  // namespace rapport::i18n
