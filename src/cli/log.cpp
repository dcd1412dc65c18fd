// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/clients.hpp"
#include "app/json.hpp"
#include "cli/fact_options.hpp"
#include "cli/registry.hpp"
#include "cli/session.hpp"
#include "cli/views.hpp"
#include "core/text.hpp"
#include "i18n/i18n.hpp"

namespace rapport::cli {

namespace {
std::string kinds_list() {
  std::vector<std::string> codes;
  for (const auto& k : fact_kinds()) codes.emplace_back(k.code);
  return text::join(codes, ", ");
}
}  // namespace

Runner define_log(CLI::App& cmd) {
  struct Options {
    std::string client, kind;
    FactOptions fact;
  };
  auto o = std::make_shared<Options>();
  cmd.add_option("CLIENT", o->client, tr("Name, alias or id of the client"))->required();
  cmd.add_option("KIND", o->kind,
                 trf("What happened: {} (German words such as absage or sonderwunsch work too)",
                     kinds_list()))
      ->required();
  add_fact_options(cmd, o->fact);
  return [o](Session& s) {
    Context& ctx = s.context();
    Client c = resolve_client(ctx.store, o->client);
    FactKind kind = parse_fact_kind(o->kind, "KIND");
    Fact f = log_fact(ctx, c, kind, fact_changes(o->fact, ctx.today()));
    if (s.options().json) s.out().print_json(to_json(f));
    s.out().done(trf("Recorded {0} for \"{1}\" on {2} (fact #{3}).", label(f.kind), c.name,
                     format_date(f.date), f.id));
    return 0;
  };
}

}  // namespace rapport::cli
