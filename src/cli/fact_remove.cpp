// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/facts.hpp"
#include "app/json.hpp"
#include "cli/options.hpp"
#include "cli/registry.hpp"
#include "cli/session.hpp"
#include "i18n/i18n.hpp"

namespace rapport::cli {

Runner define_fact_remove(CLI::App& cmd) {
  auto id = std::make_shared<std::string>();
  cmd.add_option("FACT", *id, tr("Id of the fact"))->required();
  return [id](Session& s) {
    Context& ctx = s.context();
    Fact f = remove_fact(ctx, parse_id(*id, "FACT"));
    if (s.options().json) s.out().print_json(to_json(f));
    s.out().done(trf("Deleted fact #{0} ({1} on {2}).", f.id, label(f.kind), format_date(f.date)));
    return 0;
  };
}

}  // namespace rapport::cli
