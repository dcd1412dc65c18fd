// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Translations: English msgids in the source, German from po/de.po (embedded).
#include <fmt/format.h>

#include <optional>
#include <string>
#include <string_view>

namespace rapport::i18n {

enum class Language { en, de };

// The language of the current thread (a CLI call, later a web request).
Language language();
void set_language(Language lang);

// "de", "de_DE.UTF-8", "en" … → a language; nullopt for "C", "POSIX" or unknown ones.
std::optional<Language> parse_language(std::string_view text);
std::string_view language_code(Language lang);

// The translation of an English msgid in the current language.
const char* tr(const char* msgid);

// tr() and then fmt::format with the arguments; the msgid marks them with {} or {0}, {1} ….
template <typename... Args>
std::string trf(const char* msgid, Args&&... args) {
  return fmt::format(fmt::runtime(tr(msgid)), std::forward<Args>(args)...);
}

// Sets the language for the lifetime of this object.
class ScopedLanguage {
 public:
  explicit ScopedLanguage(Language lang) : previous_(language()) { set_language(lang); }
  ~ScopedLanguage() { set_language(previous_); }
  ScopedLanguage(const ScopedLanguage&) = delete;
  ScopedLanguage& operator=(const ScopedLanguage&) = delete;

 private:
  Language previous_;
};

}  // namespace rapport::i18n

// Marks a string for extraction where it is translated later (tables of messages).
#define TR_NOOP(text) text

namespace rapport {
using i18n::tr;
using i18n::trf;
}  // namespace rapport
