// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/imports.hpp"
#include "app/json.hpp"
#include "cli/options.hpp"
#include "cli/registry.hpp"
#include "cli/session.hpp"
#include "core/money.hpp"
#include "i18n/i18n.hpp"

namespace rapport::cli {

Runner define_payment_assign(CLI::App& cmd) {
  struct Options {
    TextOption credit, invoice, client;
  };
  auto o = std::make_shared<Options>();
  add_text(cmd, "CREDIT", o->credit,
           tr("The bank credit to assign; without it, the credits waiting are listed"), tr("ID"));
  add_text(cmd, "--invoice", o->invoice, tr("The number of the invoice it pays"), tr("NUMBER"));
  add_text(cmd, "--client", o->client, tr("The client it came from (when it pays no invoice)"),
           tr("CLIENT"));
  return [o](Session& s) {
    Context& ctx = s.context();
    const std::string& cur = ctx.settings.currency;
    if (!o->credit.given()) {
      auto credits = unassigned_credits(ctx.store);
      if (s.options().json) {
        s.out().print_json_list(credits, [](const BankCredit& c) { return to_json(c); });
        return 0;
      }
      if (credits.empty()) {
        s.out().line(tr("No bank credit is waiting to be assigned."));
        return 0;
      }
      Table table({tr("Credit"), tr("Booked"), tr("Amount"), tr("Payer"), tr("Purpose text")});
      table.right_align(0);
      table.right_align(2);
      for (const auto& c : credits)
        table.add({std::to_string(c.id), format_date(c.booked_on), format_money(c.amount, cur),
                   c.payer, c.remittance.substr(0, 60)});
      table.print(s.out());
      return 0;
    }
    Payment p = assign_credit(ctx, *id_of(o->credit), text_of(o->invoice), text_of(o->client));
    if (s.options().json) {
      s.out().print_json(to_json(p));
      return 0;
    }
    auto client = ctx.store.client(p.client_id);
    s.out().done(trf("Recorded a payment of {0} from \"{1}\" on {2}.", format_money(p.amount, cur),
                     client ? client->name : "", format_date(p.date)));
    if (p.invoice_id)
      if (auto inv = ctx.store.invoice(*p.invoice_id))
        s.out().done(inv->status == InvoiceStatus::paid
                         ? trf("Invoice {} is paid.", inv->number)
                         : trf("Invoice {} is partly paid.", inv->number));
    return 0;
  };
}

}  // namespace rapport::cli
