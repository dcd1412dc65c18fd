// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The options `agreement add` and `agreement edit` share.
#include "app/agreements.hpp"
#include "cli/options.hpp"

namespace rapport::cli {

struct AgreementOptions {
  TextOption title, type, hourly_rate, flat_fee, retainer, included_hours, included_revisions;
  TextOption start, end, term, renewal, notice, payment_days, cancellation_notice, form, note;
  TextOption fee_period;
  std::vector<std::string> scope_in, scope_out, remove_scope_in, remove_scope_out;
  bool trust_based = false;
  bool not_trust_based = false;
};

// `editing` makes --title optional and adds the --remove-… and --no-trust-based options.
void add_agreement_options(CLI::App& cmd, AgreementOptions& o, bool editing);
AgreementChanges agreement_changes(const AgreementOptions& o, Date today);

}  // namespace rapport::cli
