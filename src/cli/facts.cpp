// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/clients.hpp"
#include "app/json.hpp"
#include "cli/options.hpp"
#include "cli/registry.hpp"
#include "cli/session.hpp"
#include "cli/views.hpp"
#include "i18n/i18n.hpp"

namespace rapport::cli {

Runner define_facts(CLI::App& cmd) {
  struct Options {
    std::string client;
    TextOption kind, since;
  };
  auto o = std::make_shared<Options>();
  cmd.add_option("CLIENT", o->client, tr("Name, alias or id of the client"))->required();
  add_text(cmd, "--kind", o->kind, tr("Only facts of this kind"), tr("KIND"));
  add_text(cmd, "--since", o->since, tr("Only facts on or after this date"), type_date());
  return [o](Session& s) {
    Context& ctx = s.context();
    Client c = resolve_client(ctx.store, o->client);
    FactQuery query{c.id, std::nullopt, date_of(o->since, ctx.today())};
    if (o->kind.given()) query.kind = parse_fact_kind(o->kind.value, "--kind");
    auto facts = ctx.store.facts(query);
    if (s.options().json) {
      s.out().print_json_list(facts, [&](const auto& f) { return to_json(f); });
      return 0;
    }
    print_fact_table(s.out(), facts);
    return 0;
  };
}

}  // namespace rapport::cli
