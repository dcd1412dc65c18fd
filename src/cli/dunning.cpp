// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/clients.hpp"
#include "app/contract.hpp"
#include "app/json.hpp"
#include "cli/document_output.hpp"
#include "cli/registry.hpp"
#include "cli/session.hpp"
#include "documents/builders.hpp"
#include "i18n/i18n.hpp"

namespace rapport::cli {

Runner define_dunning(CLI::App& cmd) {
  struct Options {
    std::string client;
    TextOption level;
    DocumentOptions document;
  };
  auto o = std::make_shared<Options>();
  cmd.add_option("CLIENT", o->client, tr("Name, alias or id of the client"))->required();
  add_text(cmd, "--level", o->level,
           tr("1 friendly reminder (default), 2 reminder with interest and the flat fee, 3 last "
              "reminder"),
           "1|2|3");
  add_document_options(cmd, o->document);
  return [o](Session& s) {
    Context& ctx = s.context();
    Client c = resolve_client(ctx.store, o->client);
    int level = int_of(o->level, 1, 3).value_or(1);
    Dunning d = dunning(ctx, c, level);
    if (s.options().json) {
      s.out().print_json(to_json(d));
      return 0;
    }
    emit_document(s, documents::dunning_document(d, ctx.settings.currency), o->document);
    return 0;
  };
}

}  // namespace rapport::cli
