// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <optional>
#include <vector>

#include "app/context.hpp"
#include "app/invoices.hpp"

namespace rapport {

// Where a client stands at a glance: money, recent problems and the last thing recorded.
// (The full health picture with thresholds comes from the status view.)
struct ClientSummary {
  Client client;
  int running_agreements = 0;
  Cents revenue_last_year = 0;
  Minutes hours_last_year = 0;
  Cents open_amount = 0;
  Cents overdue_amount = 0;
  int overdue_invoices = 0;
  int max_days_overdue = 0;
  int problems_last_90_days =
      0;  // cancellations, no-shows, broken agreements, extras, tone, complaints, disputes
  int positives_last_90_days = 0;  // appreciation and referrals
  std::optional<Fact> last_fact;
};

// What a client view lists below its summary: agreements, open invoices, the last facts.
struct ClientRecords {
  std::vector<Agreement> agreements;
  std::vector<InvoiceView> open_invoices;
  std::vector<Fact> recent_facts;  // the last ten, oldest first
};
ClientRecords client_records(const Store& store, const Client& client, Date today);

std::vector<ClientSummary> client_summaries(const Store& store, Date today, bool include_ended);
ClientSummary client_summary(const Store& store, const Client& client, Date today);

}  // namespace rapport
