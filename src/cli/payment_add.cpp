// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/clients.hpp"
#include "app/json.hpp"
#include "app/payments.hpp"
#include "cli/options.hpp"
#include "cli/registry.hpp"
#include "cli/session.hpp"
#include "i18n/i18n.hpp"

namespace rapport::cli {

Runner define_payment_add(CLI::App& cmd) {
  struct Options {
    std::string client;
    TextOption date, amount, invoice, reference;
  };
  auto o = std::make_shared<Options>();
  cmd.add_option("CLIENT", o->client, tr("Name, alias or id of the client"))->required();
  add_text(cmd, "--date", o->date, tr("The day the money arrived (default: today)"), type_date());
  add_text(cmd, "--amount", o->amount, tr("The amount received"), type_amount())->required();
  add_text(cmd, "--invoice", o->invoice, tr("The number of the invoice it pays"), tr("NUMBER"));
  add_text(cmd, "--reference", o->reference, tr("The bank reference"), type_text());
  return [o](Session& s) {
    Context& ctx = s.context();
    Client c = resolve_client(ctx.store, o->client);
    PaymentDraft d;
    d.date = date_of(o->date, ctx.today()).value_or(ctx.today());
    d.amount = *amount_of(o->amount);
    d.invoice_number = text_of(o->invoice);
    d.reference = o->reference.value;
    RecordedPayment r = add_payment(ctx, c, d);
    if (s.options().json) s.out().print_json(to_json(r.payment));
    const std::string& cur = ctx.settings.currency;
    s.out().done(trf("Recorded a payment of {0} from \"{1}\" on {2}.",
                     format_money(r.payment.amount, cur), c.name, format_date(r.payment.date)));
    if (r.invoice) {
      if (r.invoice->status == InvoiceStatus::paid) {
        s.out().done(trf("Invoice {} is paid.", r.invoice->number));
      } else {
        s.out().done(trf("Invoice {0}: {1} still outstanding.", r.invoice->number,
                         format_money(r.invoice_outstanding, cur)));
      }
    }
    return 0;
  };
}

}  // namespace rapport::cli
