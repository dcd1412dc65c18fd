// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/demo.hpp"
#include "cli/registry.hpp"
#include "cli/session.hpp"
#include "i18n/i18n.hpp"

namespace rapport::cli {

Runner define_demo(CLI::App&) {
  return [](Session& s) {
    Context& ctx = s.context();
    DemoCounts n = seed_demo(ctx);
    s.out().done(trf(
        "Added the demo data: {0} clients, {1} agreements, {2} facts, {3} time entries, {4} "
        "invoices, "
        "{5} payments and {6} appointments.",
        n.clients, n.agreements, n.facts, n.time_entries, n.invoices, n.payments, n.appointments));
    s.out().done(tr("See them with: rapport client list"));
    return 0;
  };
}

}  // namespace rapport::cli
