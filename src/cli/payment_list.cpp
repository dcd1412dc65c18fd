// SPDX-License-Identifier: GPL-3.0-or-later
#include <map>

#include "app/clients.hpp"
#include "app/json.hpp"
#include "cli/registry.hpp"
#include "cli/session.hpp"
#include "cli/views.hpp"
#include "i18n/i18n.hpp"

namespace rapport::cli {

Runner define_payment_list(CLI::App& cmd) {
  auto client = std::make_shared<std::string>();
  cmd.add_option("CLIENT", *client, tr("Only this client's payments"));
  return [client](Session& s) {
    Context& ctx = s.context();
    std::optional<Id> client_id = resolve_optional_client(ctx.store, *client);
    auto payments = ctx.store.payments(client_id);
    if (s.options().json) {
      s.out().print_json_list(payments, [&](const auto& p) { return to_json(p); });
      return 0;
    }
    if (payments.empty()) {
      s.out().line(tr("No payments recorded."));
      return 0;
    }
    auto names = client_names(ctx.store);
    std::map<Id, std::string> numbers;
    for (const auto& i : ctx.store.invoices(client_id)) numbers[i.id] = i.number;
    Table table({"#", tr("Date"), tr("Client"), tr("Amount"), tr("Invoice"), tr("Reference")});
    table.right_align(0);
    table.right_align(3);
    for (const auto& p : payments)
      table.add({std::to_string(p.id), format_date(p.date), names[p.client_id],
                 format_money(p.amount, ctx.settings.currency),
                 p.invoice_id ? numbers[*p.invoice_id] : "", p.reference});
    table.print(s.out());
    return 0;
  };
}

}  // namespace rapport::cli
