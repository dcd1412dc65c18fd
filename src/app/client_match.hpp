// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Finding the client an imported record belongs to: by name or alias (also without a legal
// form such as GmbH), by e-mail address or domain, or by a name or alias in a title.
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/types.hpp"

namespace rapport {

class ClientMatcher {
 public:
  explicit ClientMatcher(const std::vector<Client>& clients);
  void add(const Client& client);

  std::optional<Id> by_name(std::string_view name) const;
  // An address of a client, else its domain or a parent domain (mail.acme.de → acme.de).
  std::optional<Id> by_address(std::string_view address) const;
  // A client whose name or alias appears as words in the text (the longest wins).
  std::optional<Id> in_text(std::string_view text) const;
  bool has_handles(Id client_id) const;

 private:
  std::unordered_map<std::string, Id> names_;
  std::unordered_map<std::string, Id> addresses_;
  std::unordered_map<std::string, Id> domains_;
  std::vector<std::pair<std::string, Id>> words_;  // folded names and aliases, longest first
  std::unordered_map<Id, bool> handles_;
};

// A name folded for matching: lower case, umlauts and ß spelled out, without a legal form
// (GmbH, AG, UG, KG, e.K., mbH, Ltd, Inc …) and punctuation.
std::string matching_key(std::string_view name);

}  // namespace rapport
