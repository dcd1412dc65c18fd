// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/agreement_options.hpp"

#include "i18n/i18n.hpp"

namespace rapport::cli {

void add_agreement_options(CLI::App& cmd, AgreementOptions& o, bool editing) {
  auto* title = add_text(cmd, "--title", o.title, tr("What the agreement is about"), type_text());
  if (!editing) title->required();
  add_text(cmd, "--type", o.type,
           tr("werkvertrag (a result is owed), dienstvertrag (a service is owed) or unknown"),
           "werkvertrag|dienstvertrag|unknown");
  auto* hourly =
      add_text(cmd, "--hourly-rate", o.hourly_rate, tr("Price per hour, net"), type_amount());
  auto* flat = add_text(cmd, "--flat-fee", o.flat_fee, tr("One price for the whole work, net"),
                        type_amount());
  auto* retainer =
      add_text(cmd, "--retainer", o.retainer, tr("Price per month, net"), type_amount());
  hourly->excludes(flat)->excludes(retainer);
  flat->excludes(retainer);
  add_text(cmd, "--included-hours", o.included_hours,
           tr("Hours the price includes (e.g. for coordination)"), type_hours());
  add_text(cmd, "--included-revisions", o.included_revisions,
           tr("Revision rounds the price includes"), type_number());
  add_list(cmd, "--scope-in", o.scope_in, tr("Something the agreement includes (repeatable)"),
           type_text());
  add_list(cmd, "--scope-out", o.scope_out,
           tr("Something the agreement does not include (repeatable)"), type_text());
  add_text(cmd, "--start", o.start, tr("Start date (default: today)"), type_date());
  add_text(cmd, "--end", o.end, tr("Fixed end date"), type_date());
  add_text(cmd, "--term", o.term, tr("Minimum term, e.g. 12m"), tr("PERIOD"));
  add_text(cmd, "--renewal", o.renewal, tr("Automatic renewal period, e.g. 12m"), tr("PERIOD"));
  add_text(cmd, "--notice", o.notice,
           tr("The notice clause, e.g. \"3 Monate zum Ende der Laufzeit\" or \"1 month to the "
              "end of the month\""),
           type_text());
  add_text(cmd, "--fee-period", o.fee_period,
           tr("How the fee is measured, for the statutory notice (BGB § 621): day, week, month, "
              "quarter, year or none (default: month for a retainer, none for a flat fee; an "
              "hourly fee counts like day)"),
           "day|week|month|quarter|year|none|hour");
  add_text(cmd, "--payment-days", o.payment_days, tr("Payment terms in days"), type_number());
  add_text(cmd, "--cancellation-notice", o.cancellation_notice,
           tr("How long before an appointment the client may cancel it, e.g. 24h (default 24h)"),
           tr("DURATION"));
  cmd.add_flag(
      "--trust-based", o.trust_based,
      tr("Services of a higher kind based on trust (e.g. coaching, consulting; BGB § 627)"));
  add_text(cmd, "--form", o.form, tr("Form a termination needs: written or text"),
           "written|text|none");
  add_text(cmd, "--note", o.note, tr("Your note about the agreement"), type_text());
  if (editing) {
    cmd.add_flag("--no-trust-based", o.not_trust_based, tr("Not services based on trust"));
    add_list(cmd, "--remove-scope-in", o.remove_scope_in, tr("Remove an included item"),
             type_text());
    add_list(cmd, "--remove-scope-out", o.remove_scope_out, tr("Remove an excluded item"),
             type_text());
  }
}

AgreementChanges agreement_changes(const AgreementOptions& o, Date today) {
  AgreementChanges ch;
  ch.title = text_of(o.title);
  if (o.type.given()) ch.type = parse_contract_type(o.type.value, "--type");
  if (auto rate = amount_of(o.hourly_rate)) ch.pricing = Pricing::hourly, ch.price = *rate;
  if (auto fee = amount_of(o.flat_fee)) ch.pricing = Pricing::flat_fee, ch.price = *fee;
  if (auto retainer = amount_of(o.retainer)) ch.pricing = Pricing::retainer, ch.price = *retainer;
  ch.included_minutes = hours_of(o.included_hours);
  ch.included_revisions = int_of(o.included_revisions, 0, 1000);
  ch.add_scope_in = o.scope_in;
  ch.add_scope_out = o.scope_out;
  ch.remove_scope_in = o.remove_scope_in;
  ch.remove_scope_out = o.remove_scope_out;
  ch.start = date_of(o.start, today);
  ch.end = date_of(o.end, today);
  ch.term = period_of(o.term);
  ch.renewal = period_of(o.renewal);
  ch.notice_clause = text_of(o.notice);
  ch.payment_days = int_of(o.payment_days, 0, 365);
  ch.cancellation_notice = notice_of(o.cancellation_notice);
  if (o.trust_based) ch.trust_based = true;
  if (o.not_trust_based) ch.trust_based = false;
  if (o.form.given()) ch.form = parse_termination_form(o.form.value, "--form");
  if (o.fee_period.given()) ch.fee_period = parse_fee_period(o.fee_period.value, "--fee-period");
  ch.note = text_of(o.note);
  return ch;
}

}  // namespace rapport::cli
