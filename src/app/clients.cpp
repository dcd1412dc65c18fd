// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/clients.hpp"

#include <algorithm>
#include <charconv>

#include "app/list_edit.hpp"
#include "core/error.hpp"
#include "core/text.hpp"
#include "i18n/i18n.hpp"

namespace rapport {
namespace {

std::optional<Id> as_id(std::string_view ref) {
  if (ref.starts_with('#')) ref.remove_prefix(1);
  Id id = 0;
  auto [ptr, ec] = std::from_chars(ref.data(), ref.data() + ref.size(), id);
  if (ec != std::errc() || ptr != ref.data() + ref.size() || id <= 0) return std::nullopt;
  return id;
}

bool names_match(const Client& c, std::string_view ref, bool prefix) {
  auto match = [&](const std::string& candidate) {
    return prefix ? text::starts_with_folded(candidate, ref) : text::equals_folded(candidate, ref);
  };
  return match(c.name) || std::any_of(c.aliases.begin(), c.aliases.end(), match);
}

std::string candidate_list(const std::vector<Client>& clients) {
  std::vector<std::string> names;
  for (const auto& c : clients) names.push_back(fmt::format("{} (#{})", c.name, c.id));
  return text::join(names, ", ");
}

constexpr const char* kNotRecorded = TR_NOOP("{0}: \"{1}\" is not recorded for this client.");

std::string normalise_domain(std::string_view raw) {
  std::string d = text::fold_case(text::trim(raw));
  if (d.starts_with('@')) d.erase(0, 1);
  bool ok = d.find('.') != std::string::npos && d.front() != '.' && d.back() != '.' &&
            std::all_of(d.begin(), d.end(), [](char c) {
              return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' ||
                     static_cast<unsigned char>(c) >= 0x80;
            });
  if (!ok)
    throw data_error(
        trf("--domain: \"{}\" is not a mail domain; expected e.g. example.de.", text::trim(raw)));
  return d;
}

std::string normalise_email(std::string_view raw) {
  std::string e(text::trim(raw));
  auto at = e.find('@');
  bool ok = at != std::string::npos && at > 0 && e.find('@', at + 1) == std::string::npos &&
            e.find(' ') == std::string::npos && e.find('.', at) != std::string::npos &&
            e.back() != '.';
  if (!ok)
    throw data_error(trf("--email: \"{}\" is not an e-mail address; expected e.g. anna@example.de.",
                         text::trim(raw)));
  return e;
}

void apply_changes(Client& c, const ClientChanges& ch) {
  if (ch.name) {
    std::string name(text::trim(*ch.name));
    if (name.empty()) throw data_error(tr("name: a client needs a name."));
    c.name = name;
  }
  if (ch.status) c.status = *ch.status;
  if (ch.notes) c.notes = *ch.notes;
  if (ch.reference) c.reference = *ch.reference;
  edit_values(c.aliases, ch.add_aliases, ch.remove_aliases, "--alias", kNotRecorded);
  std::vector<std::string> domains, removed_domains, emails, removed_emails;
  for (const auto& d : ch.add_domains) domains.push_back(normalise_domain(d));
  for (const auto& d : ch.remove_domains) removed_domains.push_back(normalise_domain(d));
  for (const auto& e : ch.add_emails) emails.push_back(normalise_email(e));
  for (const auto& e : ch.remove_emails) removed_emails.push_back(normalise_email(e));
  edit_values(c.domains, domains, removed_domains, "--domain", kNotRecorded);
  edit_values(c.emails, emails, removed_emails, "--email", kNotRecorded);
  edit_values(c.tags, ch.add_tags, ch.remove_tags, "--tag", kNotRecorded);
}

// A name or alias must not be taken by another client, or references become ambiguous.
void check_names_free(const Store& store, const Client& c) {
  for (const auto& other : store.clients()) {
    if (other.id == c.id) continue;
    std::vector<std::string> mine = c.aliases;
    mine.insert(mine.begin(), c.name);
    for (const auto& n : mine) {
      if (names_match(other, n, false))
        throw data_error(
            trf("The name \"{0}\" is already used by the client \"{1}\" (#{2}).", n, other.name,
                other.id),
            tr("Choose another name or alias; names identify clients in every command."));
    }
  }
}

}  // namespace

Client resolve_client(const Store& store, std::string_view raw) {
  std::string_view ref = text::trim(raw);
  if (ref.empty())
    throw data_error(tr("client: the client is empty."),
                     tr("Name a client, e.g. \"Nordlicht\" or #3."));
  if (auto id = as_id(ref)) {
    if (auto c = store.client(*id)) return *c;
  }
  auto all = store.clients();
  std::vector<Client> exact, prefixed;
  for (const auto& c : all) {
    if (names_match(c, ref, false)) exact.push_back(c);
    if (names_match(c, ref, true)) prefixed.push_back(c);
  }
  if (exact.size() == 1) return exact.front();
  if (exact.empty() && prefixed.size() == 1) return prefixed.front();
  const auto& candidates = exact.empty() ? prefixed : exact;
  if (candidates.size() > 1)
    throw data_error(
        trf("client: \"{0}\" is ambiguous; it could be {1}.", ref, candidate_list(candidates)),
        tr("Write more of the name, or use the id, e.g. #3."));
  std::string hint =
      tr("\"rapport client list\" shows all clients; \"rapport client add NAME\" adds one.");
  auto best = std::min_element(all.begin(), all.end(), [&](const Client& a, const Client& b) {
    return text::edit_distance(a.name, ref) < text::edit_distance(b.name, ref);
  });
  if (best != all.end() && text::edit_distance(best->name, ref) <= 2)
    hint = trf("Did you mean \"{}\"?", best->name);
  throw data_error(trf("client: there is no client \"{}\".", ref), hint);
}

std::optional<Id> resolve_optional_client(const Store& store, std::string_view reference) {
  if (text::trim(reference).empty()) return std::nullopt;
  return resolve_client(store, reference).id;
}

std::map<Id, std::string> client_names(const Store& store) {
  std::map<Id, std::string> names;
  for (const auto& c : store.clients()) names[c.id] = c.name;
  return names;
}

Client add_client(Context& ctx, const std::string& name, const ClientChanges& details) {
  Client c;
  ClientChanges with_name = details;
  with_name.name = name;
  apply_changes(c, with_name);
  if (c.status == ClientStatus::ended) c.ended_on = ctx.today();
  ctx.store.transaction([&] {
    check_names_free(ctx.store, c);
    c.id = ctx.store.add_client(c);
  });
  return c;
}

Client edit_client(Context& ctx, Id id, const ClientChanges& changes) {
  Client c;
  ctx.store.transaction([&] {
    auto found = ctx.store.client(id);
    if (!found) throw data_error(trf("There is no client with id {}.", id));
    c = *found;
    ClientStatus before = c.status;
    apply_changes(c, changes);
    if (c.status == ClientStatus::ended && before != ClientStatus::ended) c.ended_on = ctx.today();
    if (c.status != ClientStatus::ended) c.ended_on.reset();
    check_names_free(ctx.store, c);
    ctx.store.update_client(c);
  });
  return c;
}

Client end_client(Context& ctx, Id id, Date on) {
  Client c;
  ctx.store.transaction([&] {
    auto found = ctx.store.client(id);
    if (!found) throw data_error(trf("There is no client with id {}.", id));
    c = *found;
    c.status = ClientStatus::ended;
    c.ended_on = on;
    ctx.store.update_client(c);
  });
  return c;
}

RemovedClient client_footprint(const Store& store, const Client& client) {
  RemovedClient r;
  r.client = client;
  r.agreements = store.agreements(client.id).size();
  r.facts = store.facts(FactQuery{client.id, std::nullopt, std::nullopt}).size();
  DateRange ever{kBeginningOfTime, kEndOfTime};
  r.time_entries =
      static_cast<std::size_t>(store.time_totals({ever}, client.id)[client.id][ever].entries);
  r.invoices = store.invoices(client.id).size();
  r.payments = store.payments(client.id).size();
  r.appointments = store.appointments(client.id).size();
  return r;
}

RemovedClient remove_client(Context& ctx, Id id) {
  RemovedClient removed;
  ctx.store.transaction([&] {
    auto found = ctx.store.client(id);
    if (!found) throw data_error(trf("There is no client with id {}.", id));
    removed = client_footprint(ctx.store, *found);
    ctx.store.remove_client(id);
  });
  return removed;
}

}  // namespace rapport
