// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The options `client add` and `client edit` share.
#include "app/clients.hpp"
#include "cli/options.hpp"

namespace rapport::cli {

struct ClientOptions {
  std::vector<std::string> aliases, domains, emails, tags;
  std::vector<std::string> remove_aliases, remove_domains, remove_emails, remove_tags;
  TextOption status, note, name;
  bool reference = false, no_reference = false;
};

// `editing` adds --name and the --remove-… options.
void add_client_options(CLI::App& cmd, ClientOptions& o, bool editing);
ClientChanges client_changes(const ClientOptions& o);

}  // namespace rapport::cli
