// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <optional>
#include <string>

#include "app/context.hpp"

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

// Records a payment; with an invoice number it settles that invoice (marked paid once the
// payments cover what it asks for).
RecordedPayment add_payment(Context& ctx, const Client& client, const PaymentDraft& draft);

}  // namespace rapport
