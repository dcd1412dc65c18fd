// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/clients.hpp"
#include "app/json.hpp"
#include "cli/options.hpp"
#include "cli/registry.hpp"
#include "cli/session.hpp"
#include "i18n/i18n.hpp"

namespace rapport::cli {

Runner define_invoice_add(CLI::App& cmd) {
  struct Options {
    std::string client;
    TextOption number, date, due, amount, gross, agreement, note;
  };
  auto o = std::make_shared<Options>();
  cmd.add_option("CLIENT", o->client, tr("Name, alias or id of the client"))->required();
  add_text(cmd, "--number", o->number, tr("The invoice number"), type_text())->required();
  add_text(cmd, "--date", o->date, tr("Invoice date (default: today)"), type_date());
  add_text(cmd, "--due", o->due,
           tr("Due date (default: date + the agreement's payment days, else 30 days)"),
           type_date());
  add_text(cmd, "--amount", o->amount, tr("Net amount"), type_amount())->required();
  add_text(cmd, "--gross", o->gross, tr("Gross amount the client pays, if it differs (VAT)"),
           type_amount());
  add_text(cmd, "--agreement", o->agreement, tr("The agreement it bills"), "ID");
  add_text(cmd, "--note", o->note, tr("A note"), type_text());
  return [o](Session& s) {
    Context& ctx = s.context();
    Client c = resolve_client(ctx.store, o->client);
    InvoiceDraft d;
    d.number = o->number.value;
    d.issue_date = date_of(o->date, ctx.today()).value_or(ctx.today());
    d.due_date = date_of(o->due, ctx.today());
    d.net = *amount_of(o->amount);
    d.gross = amount_of(o->gross);
    d.agreement_id = id_of(o->agreement);
    d.note = o->note.value;
    Invoice inv = add_invoice(ctx, c, d);
    if (s.options().json) s.out().print_json(to_json(InvoiceView{inv, 0, inv.payable(), 0}));
    s.out().done(trf("Recorded invoice {0} for \"{1}\": {2}, due {3}.", inv.number, c.name,
                     format_money(inv.net, ctx.settings.currency), format_date(inv.due_date)));
    return 0;
  };
}

}  // namespace rapport::cli
