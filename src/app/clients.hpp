// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/context.hpp"

namespace rapport {

// Finds a client by id (12 or #12), name or alias (case-insensitive), else by a unique
// beginning of a name or alias. Unknown and ambiguous references are data errors that
// name the candidates.
Client resolve_client(const Store& store, std::string_view reference);
// The client's id for an optional reference; nullopt (all clients) when it is empty.
std::optional<Id> resolve_optional_client(const Store& store, std::string_view reference);
// Client names by id, for tables that show records of several clients.
std::map<Id, std::string> client_names(const Store& store);

// Changes to a client; unset fields stay as they are.
struct ClientChanges {
  std::optional<std::string> name;
  std::optional<ClientStatus> status;
  std::optional<std::string> notes;
  std::optional<bool> reference;  // a reference for the portfolio
  std::vector<std::string> add_aliases, remove_aliases;
  std::vector<std::string> add_domains, remove_domains;
  std::vector<std::string> add_emails, remove_emails;
  std::vector<std::string> add_tags, remove_tags;
};

Client add_client(Context& ctx, const std::string& name, const ClientChanges& details);
Client edit_client(Context& ctx, Id id, const ClientChanges& changes);
// Marks the client ended (as of `on`); its agreements stay as they are.
Client end_client(Context& ctx, Id id, Date on);

// What removing a client deleted.
struct RemovedClient {
  Client client;
  std::size_t agreements = 0, facts = 0, time_entries = 0, invoices = 0, payments = 0,
              appointments = 0;
};
// Counts what belongs to the client (to ask before removing it).
RemovedClient client_footprint(const Store& store, const Client& client);
RemovedClient remove_client(Context& ctx, Id id);

}  // namespace rapport
