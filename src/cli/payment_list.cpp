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
    std::optional<Id> client_id;
    if (!client->empty()) client_id = resolve_client(ctx.store, *client).id;
    auto payments = ctx.store.payments(client_id);
    if (s.options().json) {
      nlohmann::json list = nlohmann::json::array();
      for (const auto& p : payments) list.push_back(to_json(p));
      s.out().print_json(list);
      return 0;
    }
    if (payments.empty()) {
      s.out().line(tr("No payments recorded."));
      return 0;
    }
    std::map<Id, std::string> names, numbers;
    for (const auto& c : ctx.store.clients()) names[c.id] = c.name;
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
