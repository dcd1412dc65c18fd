// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/invoices.hpp"

#include <map>

#include "app/agreements.hpp"
#include "core/error.hpp"
#include "core/text.hpp"
#include "i18n/i18n.hpp"

namespace rapport {

Invoice add_invoice(Context& ctx, const Client& client, const InvoiceDraft& d) {
  Invoice inv;
  inv.client_id = client.id;
  inv.number = text::trim(d.number);
  if (inv.number.empty()) throw data_error(tr("--number: an invoice needs its number."));
  inv.issue_date = d.issue_date;
  inv.net = d.net;
  inv.gross = d.gross;
  inv.note = d.note;
  std::optional<int> payment_days;
  if (d.agreement_id) {
    payment_days = agreement_of_client(ctx.store, *d.agreement_id, client).payment_days;
    inv.agreement_id = d.agreement_id;
  }
  inv.due_date =
      d.due_date.value_or(add_days(d.issue_date, payment_days.value_or(kDefaultPaymentDays)));
  if (inv.due_date < inv.issue_date)
    throw data_error(trf("--due: {0} lies before the invoice date {1}.", format_date(inv.due_date),
                         format_date(inv.issue_date)));
  if (inv.gross && *inv.gross < inv.net)
    throw data_error(trf("--gross: {0} is less than the net amount {1}.",
                         format_money(*inv.gross, ctx.settings.currency),
                         format_money(inv.net, ctx.settings.currency)));
  ctx.store.transaction([&] {
    if (auto existing = ctx.store.invoice_by_number(inv.number)) {
      auto owner = ctx.store.client(existing->client_id);
      throw data_error(
          trf("--number: invoice {0} is already recorded (for \"{1}\", {2}).", inv.number,
              owner ? owner->name : "?", format_date(existing->issue_date)),
          tr("Invoice numbers are unique; \"rapport invoice list\" shows them."));
    }
    inv.id = ctx.store.add_invoice(inv);
  });
  return inv;
}

std::vector<InvoiceView> invoice_views(const Store& store, std::optional<Id> client_id,
                                       InvoiceFilter filter, Date today) {
  std::map<Id, Cents> paid;
  for (const auto& p : store.payments(client_id))
    if (p.invoice_id) paid[*p.invoice_id] += p.amount;
  std::vector<InvoiceView> views;
  for (auto& inv : store.invoices(client_id)) {
    InvoiceView v;
    v.paid = paid[inv.id];
    if (inv.status == InvoiceStatus::open)
      v.outstanding = std::max<Cents>(0, inv.payable() - v.paid);
    if (v.outstanding > 0 && today > inv.due_date)
      v.days_overdue = days_between(inv.due_date, today);
    v.invoice = std::move(inv);
    if (filter == InvoiceFilter::open && v.outstanding == 0) continue;
    if (filter == InvoiceFilter::overdue && !v.overdue()) continue;
    views.push_back(std::move(v));
  }
  return views;
}

Invoice find_invoice_by_number(const Store& store, const std::string& number) {
  auto inv = store.invoice_by_number(std::string(text::trim(number)));
  if (!inv)
    throw data_error(trf("--invoice: there is no invoice number \"{}\".", text::trim(number)),
                     tr("\"rapport invoice list\" shows the recorded invoices."));
  return *inv;
}

}  // namespace rapport
