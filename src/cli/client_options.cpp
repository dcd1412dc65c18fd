// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/client_options.hpp"

#include "i18n/i18n.hpp"

namespace rapport::cli {

void add_client_options(CLI::App& cmd, ClientOptions& o, bool editing) {
  add_list(cmd, "--alias", o.aliases, tr("Another name the client goes by (repeatable)"),
           tr("NAME"));
  add_list(cmd, "--domain", o.domains,
           tr("A mail domain of the client, e.g. example.de (repeatable)"), tr("DOMAIN"));
  add_list(cmd, "--email", o.emails, tr("An e-mail address of the client (repeatable)"),
           tr("ADDRESS"));
  add_text(cmd, "--status", o.status, tr("prospect, active, paused or ended (default: active)"),
           "prospect|active|paused|ended");
  add_list(cmd, "--tag", o.tags, tr("A tag, e.g. reference or agency (repeatable)"), tr("TAG"));
  add_text(cmd, "--note", o.note, tr("Your notes about the client"), type_text());
  auto* reference = cmd.add_flag("--reference", o.reference,
                                 tr("The client is a reference for your portfolio (weighs in "
                                    "decisions)"));
  if (editing)
    cmd.add_flag("--no-reference", o.no_reference, tr("The client is no longer a reference"))
        ->excludes(reference);
  if (editing) {
    add_text(cmd, "--name", o.name, tr("A new name"), tr("NAME"));
    add_list(cmd, "--remove-alias", o.remove_aliases, tr("Remove an alias"), tr("NAME"));
    add_list(cmd, "--remove-domain", o.remove_domains, tr("Remove a mail domain"), tr("DOMAIN"));
    add_list(cmd, "--remove-email", o.remove_emails, tr("Remove an e-mail address"), tr("ADDRESS"));
    add_list(cmd, "--remove-tag", o.remove_tags, tr("Remove a tag"), tr("TAG"));
  }
}

ClientChanges client_changes(const ClientOptions& o) {
  ClientChanges ch;
  ch.name = text_of(o.name);
  if (o.status.given()) ch.status = parse_client_status(o.status.value, "--status");
  ch.notes = text_of(o.note);
  if (o.reference) ch.reference = true;
  if (o.no_reference) ch.reference = false;
  ch.add_aliases = o.aliases;
  ch.remove_aliases = o.remove_aliases;
  ch.add_domains = o.domains;
  ch.remove_domains = o.remove_domains;
  ch.add_emails = o.emails;
  ch.remove_emails = o.remove_emails;
  ch.add_tags = o.tags;
  ch.remove_tags = o.remove_tags;
  return ch;
}

}  // namespace rapport::cli
