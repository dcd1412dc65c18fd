// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "app/context.hpp"

namespace rapport {

// Changes to an agreement; unset fields stay as they are. `clear_*` removes a value.
struct AgreementChanges {
  std::optional<std::string> title;
  std::optional<ContractType> type;
  std::optional<Pricing> pricing;
  std::optional<Cents> price;
  std::optional<Minutes> included_minutes;
  std::optional<int> included_revisions;
  std::vector<std::string> add_scope_in, remove_scope_in, add_scope_out, remove_scope_out;
  std::optional<Date> start, end;
  std::optional<Period> term, renewal;
  std::optional<std::string> notice_clause;
  std::optional<int> payment_days;
  std::optional<Minutes> cancellation_notice;
  std::optional<bool> trust_based;
  std::optional<TerminationForm> form;
  std::optional<FeePeriod> fee_period;
  std::optional<std::string> note;
};

Agreement add_agreement(Context& ctx, const Client& client, const AgreementChanges& details);
Agreement edit_agreement(Context& ctx, Id id, const AgreementChanges& changes);
Agreement end_agreement(Context& ctx, Id id, Date on);
Agreement find_agreement(const Store& store, Id id);
// "€140.00 per hour", "€4,800.00 flat fee", "€900.00 per month", "no price agreed".
std::string price_text(const Agreement& a, const std::string& currency);
// An agreement of the client, or a data error when the id belongs to another client.
Agreement agreement_of_client(const Store& store, Id agreement_id, const Client& client);

}  // namespace rapport
