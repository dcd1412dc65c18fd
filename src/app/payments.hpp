// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <optional>
#include <string>

#include "app/context.hpp"
#include "app/invoices.hpp"

namespace rapport {

struct PaymentDraft {
  Date date;
  Cents amount = 0;
  std::optional<std::string> invoice_number;
  std::string reference;
};

struct RecordedPayment {
  Payment payment;
  std::optional<Invoice> invoice;  // as it stands after this payment
  Cents invoice_outstanding = 0;
};

// Marks an open invoice paid once its payments cover it; returns it as it stands now.
std::optional<InvoiceView> settle_if_covered(Context& ctx, Id client_id, Id invoice_id);

// Records a payment; with an invoice number it settles that invoice (marked paid once the
// payments cover what it asks for).
RecordedPayment add_payment(Context& ctx, const Client& client, const PaymentDraft& draft);

}  // namespace rapport
