// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/agreements.hpp"

#include <algorithm>

#include "app/list_edit.hpp"
#include "core/error.hpp"
#include "core/law/notice.hpp"
#include "core/text.hpp"
#include "i18n/i18n.hpp"

namespace rapport {
namespace {

constexpr const char* kNotInAgreement = TR_NOOP("{0}: \"{1}\" is not in this agreement.");

void apply(Agreement& a, const AgreementChanges& ch) {
  if (ch.title) a.title = text::trim(*ch.title);
  if (a.title.empty()) throw data_error(tr("--title: an agreement needs a title."));
  if (ch.type) a.type = *ch.type;
  if (ch.pricing) a.pricing = *ch.pricing;
  if (ch.price) a.price = *ch.price;
  if (a.pricing == Pricing::none) a.price = 0;
  if (ch.included_minutes) a.included_minutes = *ch.included_minutes;
  if (ch.included_revisions) {
    if (*ch.included_revisions < 0)
      throw data_error(tr("--included-revisions: expected 0 or more."));
    a.included_revisions = *ch.included_revisions;
  }
  edit_values(a.scope_in, ch.add_scope_in, ch.remove_scope_in, "--scope-in", kNotInAgreement);
  edit_values(a.scope_out, ch.add_scope_out, ch.remove_scope_out, "--scope-out", kNotInAgreement);
  if (ch.start) a.start = *ch.start;
  if (ch.end) a.end = *ch.end;
  if (ch.term) a.term = *ch.term;
  if (ch.renewal) a.renewal = *ch.renewal;
  if (ch.notice_clause) {
    a.notice_clause = text::trim(*ch.notice_clause);
    // A clause the contract calculator cannot read is refused now, not when it is needed.
    if (!a.notice_clause.empty()) law::parse_notice_clause(a.notice_clause, "--notice");
  }
  if (ch.payment_days) {
    if (*ch.payment_days < 0 || *ch.payment_days > 365)
      throw data_error(
          trf("--payment-days: \"{}\" is out of range; expected 0 to 365 days.", *ch.payment_days));
    a.payment_days = *ch.payment_days;
  }
  if (ch.cancellation_notice) a.cancellation_notice = *ch.cancellation_notice;
  if (ch.trust_based) a.trust_based = *ch.trust_based;
  if (ch.form) a.form = *ch.form;
  if (ch.fee_period) a.fee_period = *ch.fee_period;
  if (ch.note) a.note = *ch.note;
  if (a.start && a.end && *a.end < *a.start)
    throw data_error(
        trf("--end: {0} lies before the start {1}.", format_date(*a.end), format_date(*a.start)));
  if (a.end && a.term)
    throw data_error(tr("--end and --term both say when the agreement ends; give one of them."));
}

}  // namespace

Agreement find_agreement(const Store& store, Id id) {
  auto a = store.agreement(id);
  if (!a)
    throw data_error(trf("agreement: there is no agreement with id {}.", id),
                     tr("\"rapport agreement list\" shows the agreements and their ids."));
  return *a;
}

Agreement agreement_of_client(const Store& store, Id agreement_id, const Client& client) {
  Agreement a = find_agreement(store, agreement_id);
  if (a.client_id != client.id)
    throw data_error(trf("--agreement: agreement {0} belongs to another client, not to \"{1}\".",
                         agreement_id, client.name));
  return a;
}

Agreement add_agreement(Context& ctx, const Client& client, const AgreementChanges& details) {
  Agreement a;
  a.client_id = client.id;
  if (!details.start) a.start = ctx.today();
  apply(a, details);
  ctx.store.transaction([&] { a.id = ctx.store.add_agreement(a); });
  return a;
}

Agreement edit_agreement(Context& ctx, Id id, const AgreementChanges& changes) {
  Agreement a;
  ctx.store.transaction([&] {
    a = find_agreement(ctx.store, id);
    apply(a, changes);
    ctx.store.update_agreement(a);
  });
  return a;
}

Agreement end_agreement(Context& ctx, Id id, Date on) {
  Agreement a;
  ctx.store.transaction([&] {
    a = find_agreement(ctx.store, id);
    if (a.start && on < *a.start)
      throw data_error(trf("--date: {0} lies before the agreement's start {1}.", format_date(on),
                           format_date(*a.start)));
    a.ended_on = on;
    ctx.store.update_agreement(a);
  });
  return a;
}

std::string price_text(const Agreement& a, const std::string& currency) {
  switch (a.pricing) {
    case Pricing::hourly:
      return trf("{} per hour", format_money(a.price, currency));
    case Pricing::flat_fee:
      return trf("{} flat fee", format_money(a.price, currency));
    case Pricing::retainer:
      return trf("{} per month", format_money(a.price, currency));
    case Pricing::none:
      break;
  }
  return tr("no price agreed");
}

}  // namespace rapport
