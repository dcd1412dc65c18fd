// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/json.hpp"
#include "cli/fact_options.hpp"
#include "cli/registry.hpp"
#include "cli/session.hpp"
#include "cli/views.hpp"
#include "i18n/i18n.hpp"

namespace rapport::cli {

Runner define_fact_edit(CLI::App& cmd) {
  struct Options {
    std::string id;
    TextOption kind;
    FactOptions fact;
  };
  auto o = std::make_shared<Options>();
  cmd.add_option("FACT", o->id, tr("Id of the fact"))->required();
  add_text(cmd, "--kind", o->kind, tr("Another kind"), tr("KIND"));
  add_fact_options(cmd, o->fact);
  return [o](Session& s) {
    Context& ctx = s.context();
    FactChanges changes = fact_changes(o->fact, ctx.today());
    if (o->kind.given()) changes.kind = parse_fact_kind(o->kind.value, "--kind");
    Fact f = edit_fact(ctx, parse_id(o->id, "FACT"), changes);
    if (s.options().json) s.out().print_json(to_json(f));
    s.out().done(trf("Changed fact #{0}: {1} on {2}.", f.id, label(f.kind), format_date(f.date)));
    return 0;
  };
}

}  // namespace rapport::cli
