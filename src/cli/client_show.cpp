// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/clients.hpp"
#include "app/json.hpp"
#include "cli/registry.hpp"
#include "cli/session.hpp"
#include "cli/views.hpp"
#include "i18n/i18n.hpp"

namespace rapport::cli {

Runner define_client_show(CLI::App& cmd) {
  auto ref = std::make_shared<std::string>();
  cmd.add_option("CLIENT", *ref, tr("Name, alias or id of the client"))->required();
  return [ref](Session& s) {
    Context& ctx = s.context();
    const Store& store = ctx.store;
    Client c = resolve_client(store, *ref);
    ClientSummary summary = client_summary(store, c, ctx.today());
    ClientRecords records = client_records(store, c, ctx.today());
    if (s.options().json) {
      nlohmann::json j = to_json(summary);
      add_records(j, records, ctx.today());
      s.out().print_json(j);
      return 0;
    }
    Output& out = s.out();
    print_client(out, c);
    out.line(out.paint(tr("State"), Colour::dim) + ": " +
             state_line(summary, ctx.settings.currency));
    out.line();
    out.line(out.paint(tr("Agreements"), Colour::bold));
    print_agreement_table(out, store, records.agreements, ctx.today(), ctx.settings.currency);
    out.line();
    out.line(out.paint(tr("Open invoices"), Colour::bold));
    print_invoice_table(out, store, records.open_invoices, ctx.settings.currency);
    out.line();
    out.line(out.paint(tr("Recent facts"), Colour::bold));
    print_fact_table(out, records.recent_facts);
    return 0;
  };
}

}  // namespace rapport::cli
