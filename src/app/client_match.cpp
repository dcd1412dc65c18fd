// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/client_match.hpp"

#include <algorithm>

#include "core/text.hpp"

namespace rapport {

std::string matching_key(std::string_view name) {
  std::string folded = text::fold_case(name);
  std::string spelled;
  for (std::size_t i = 0; i < folded.size(); ++i) {
    std::string_view rest = std::string_view(folded).substr(i);
    if (rest.starts_with("\xC3\xA4")) {
      spelled += "ae";
      ++i;
    } else if (rest.starts_with("\xC3\xB6")) {
      spelled += "oe";
      ++i;
    } else if (rest.starts_with("\xC3\xBC")) {
      spelled += "ue";
      ++i;
    } else if (rest.starts_with("\xC3\x9F")) {
      spelled += "ss";
      ++i;
    } else {
      char c = folded[i];
      bool word =
          (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80;
      spelled += word ? c : ' ';
    }
  }
  static const std::vector<std::string> kLegalForms = {
      "gmbh", "mbh", "ag",  "ug",      "kg",   "ohg", "gbr",
      "e k",  "ek",  "e v", "ev",      "co",   "se",  "haftungsbeschraenkt",
      "ltd",  "llc", "inc", "limited", "corp", "plc", "bv",
      "sarl"};
  std::vector<std::string> words;
  for (const std::string& w : text::split(spelled, ' '))
    if (!w.empty()) words.push_back(w);
  // Legal forms at the end, e.g. "Acme GmbH & Co. KG" → "acme".
  while (words.size() > 1) {
    const std::string& last = words.back();
    bool legal = std::find(kLegalForms.begin(), kLegalForms.end(), last) != kLegalForms.end() ||
                 (words.size() > 2 && last == "k" && words[words.size() - 2] == "e");
    if (!legal) break;
    words.pop_back();
    if (last == "k" && !words.empty() && words.back() == "e") words.pop_back();
  }
  std::string key;
  for (const auto& w : words) key += (key.empty() ? "" : " ") + w;
  return key;
}

ClientMatcher::ClientMatcher(const std::vector<Client>& clients) {
  for (const auto& c : clients) add(c);
}

void ClientMatcher::add(const Client& c) {
  auto name = [&](const std::string& n) {
    std::string key = matching_key(n);
    if (key.empty()) return;
    names_.emplace(key, c.id);
    words_.emplace_back(key, c.id);
  };
  name(c.name);
  for (const auto& a : c.aliases) name(a);
  for (const auto& e : c.emails) addresses_.emplace(text::fold_case(text::trim(e)), c.id);
  for (const auto& d : c.domains) {
    std::string domain = text::fold_case(text::trim(d));
    if (domain.starts_with("@")) domain.erase(0, 1);
    domains_.emplace(domain, c.id);
  }
  handles_[c.id] = !c.emails.empty() || !c.domains.empty();
  std::stable_sort(words_.begin(), words_.end(),
                   [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
}

std::optional<Id> ClientMatcher::by_name(std::string_view name) const {
  auto it = names_.find(matching_key(name));
  if (it == names_.end()) return std::nullopt;
  return it->second;
}

std::optional<Id> ClientMatcher::by_address(std::string_view address) const {
  std::string a = text::fold_case(text::trim(address));
  if (auto it = addresses_.find(a); it != addresses_.end()) return it->second;
  auto at = a.rfind('@');
  if (at == std::string::npos) return std::nullopt;
  for (std::string domain = a.substr(at + 1); !domain.empty();) {
    if (auto it = domains_.find(domain); it != domains_.end()) return it->second;
    auto dot = domain.find('.');
    if (dot == std::string::npos) break;
    domain.erase(0, dot + 1);
    if (domain.find('.') == std::string::npos) break;  // never match a bare top-level domain
  }
  return std::nullopt;
}

std::optional<Id> ClientMatcher::in_text(std::string_view text) const {
  std::string haystack = " ";
  haystack.append(matching_key(text)).append(" ");
  for (const auto& [words, id] : words_) {
    // Words bounded by spaces on both sides (the haystack starts and ends with one).
    for (auto at = haystack.find(words); at != std::string::npos; at = haystack.find(words, at + 1))
      if (haystack[at - 1] == ' ' && haystack[at + words.size()] == ' ') return id;
  }
  return std::nullopt;
}

bool ClientMatcher::has_handles(Id client_id) const {
  auto it = handles_.find(client_id);
  return it != handles_.end() && it->second;
}

}  // namespace rapport
