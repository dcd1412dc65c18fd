// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/payments.hpp"

#include "app/invoices.hpp"
#include "core/error.hpp"
#include "i18n/i18n.hpp"

namespace rapport {

std::optional<InvoiceView> settle_if_covered(Context& ctx, Id client_id, Id invoice_id) {
  for (auto& v : invoice_views(ctx.store, client_id, InvoiceFilter::all, ctx.today())) {
    if (v.invoice.id != invoice_id) continue;
    if (v.invoice.status == InvoiceStatus::open && v.paid >= v.invoice.payable()) {
      v.invoice.status = InvoiceStatus::paid;
      ctx.store.update_invoice(v.invoice);
      v.outstanding = 0;
    }
    return v;
  }
  return std::nullopt;
}

RecordedPayment add_payment(Context& ctx, const Client& client, const PaymentDraft& d) {
  if (d.amount <= 0) throw data_error(tr("--amount: a payment is more than zero."));
  RecordedPayment result;
  Payment& p = result.payment;
  p.client_id = client.id;
  p.date = d.date;
  p.amount = d.amount;
  p.reference = d.reference;
  ctx.store.transaction([&] {
    if (d.invoice_number) {
      Invoice inv = find_invoice_by_number(ctx.store, *d.invoice_number);
      if (inv.client_id != client.id)
        throw data_error(trf("--invoice: invoice {0} belongs to another client, not to \"{1}\".",
                             inv.number, client.name));
      if (inv.status == InvoiceStatus::cancelled)
        throw data_error(trf("--invoice: invoice {} is voided.", inv.number));
      p.invoice_id = inv.id;
      if (p.reference.empty()) p.reference = inv.number;
    }
    p.id = ctx.store.add_payment(p);
    if (p.invoice_id) {
      if (auto v = settle_if_covered(ctx, client.id, *p.invoice_id)) {
        result.invoice = v->invoice;
        result.invoice_outstanding = v->outstanding;
      }
    }
  });
  return result;
}

}  // namespace rapport
