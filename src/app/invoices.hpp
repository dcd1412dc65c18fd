// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "app/context.hpp"

namespace rapport {

struct InvoiceDraft {
  std::string number;
  Date issue_date;
  std::optional<Date> due_date;  // default: issue date + the agreement's payment days, else 30
  Cents net = 0;
  std::optional<Cents> gross;
  std::optional<Id> agreement_id;
  std::string note;
};

// Without a due date a business is in default 30 days after the invoice (BGB § 286(3)).
inline constexpr int kDefaultPaymentDays = 30;

Invoice add_invoice(Context& ctx, const Client& client, const InvoiceDraft& draft);

// An invoice with what has been paid on it, as of a day.
struct InvoiceView {
  Invoice invoice;
  Cents paid = 0;
  Cents outstanding = 0;  // payable − paid, 0 once paid or cancelled
  int days_overdue = 0;   // days past the due date while something is outstanding
  bool overdue() const { return days_overdue > 0; }
};

enum class InvoiceFilter { all, open, overdue };

std::vector<InvoiceView> invoice_views(const Store& store, std::optional<Id> client_id,
                                       InvoiceFilter filter, Date today);
Invoice find_invoice_by_number(const Store& store, const std::string& number);

}  // namespace rapport
