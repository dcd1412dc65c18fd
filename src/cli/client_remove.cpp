// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/clients.hpp"
#include "app/json.hpp"
#include "cli/registry.hpp"
#include "cli/session.hpp"
#include "core/error.hpp"
#include "i18n/i18n.hpp"

namespace rapport::cli {

Runner define_client_remove(CLI::App& cmd) {
  auto ref = std::make_shared<std::string>();
  cmd.add_option("CLIENT", *ref, tr("Name, alias or id of the client"))->required();
  return [ref](Session& s) {
    Context& ctx = s.context();
    Client c = resolve_client(ctx.store, *ref);
    RemovedClient footprint = client_footprint(ctx.store, c);
    std::string what =
        trf("{0} agreements, {1} facts, {2} time entries, {3} invoices, {4} payments and {5} "
            "appointments",
            footprint.agreements, footprint.facts, footprint.time_entries, footprint.invoices,
            footprint.payments, footprint.appointments);
    if (!s.confirm(trf("Delete \"{0}\" with {1}? This cannot be undone.", c.name, what))) {
      s.out().err() << tr("Nothing was deleted.") << '\n';
      return 1;
    }
    RemovedClient removed = remove_client(ctx, c.id);
    if (s.options().json) s.out().print_json(to_json(removed));
    s.out().done(trf("Deleted \"{0}\" with {1}.", c.name, what));
    return 0;
  };
}

}  // namespace rapport::cli
