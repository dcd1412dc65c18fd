// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/contract.hpp"

#include <algorithm>

#include "app/clients.hpp"
#include "app/facts.hpp"
#include "core/error.hpp"
#include "core/text.hpp"
#include "i18n/i18n.hpp"

namespace rapport {
namespace {

// A period in the units of the law's arithmetic: years count as twelve months.
std::pair<int, law::PeriodKind> law_period(const Period& p) {
  switch (p.unit) {
    case PeriodUnit::days:
      return {p.count, law::PeriodKind::days};
    case PeriodUnit::weeks:
      return {p.count, law::PeriodKind::weeks};
    case PeriodUnit::months:
      return {p.count, law::PeriodKind::months};
    case PeriodUnit::years:
      return {p.count * 12, law::PeriodKind::months};
  }
  return {p.count, law::PeriodKind::months};
}

FeePeriod fee_period_of_pricing(Pricing pricing) {
  switch (pricing) {
    case Pricing::retainer:
      return FeePeriod::month;
    case Pricing::hourly:
      return FeePeriod::hour;
    case Pricing::flat_fee:
    case Pricing::none:
      break;
  }
  return FeePeriod::none;
}

std::optional<double> revenue_share_of(const Context& ctx, Id client_id) {
  DateRange year{add_days(ctx.today(), -364), ctx.today()};
  Cents all = ctx.store.revenue_between(year);
  if (all <= 0) return std::nullopt;
  Cents mine = 0;
  for (const auto& inv : ctx.store.invoices(client_id))
    if (inv.status != InvoiceStatus::cancelled && year.contains(inv.issue_date)) mine += inv.net;
  return static_cast<double>(mine) / static_cast<double>(all);
}

}  // namespace

std::optional<law::Bundesland> bundesland(const Context& ctx) {
  if (ctx.settings.bundesland.empty()) return std::nullopt;
  return law::parse_bundesland(ctx.settings.bundesland, "bundesland");
}

law::ContractFacts contract_facts(const Context& ctx, const Agreement& a) {
  law::ContractFacts f;
  f.title = a.title;
  f.type = a.type;
  f.pricing = a.pricing;
  f.price = a.price;
  f.fee_period = a.fee_period.value_or(fee_period_of_pricing(a.pricing));
  f.fee_period_assumed = !a.fee_period;
  f.start = a.start;
  f.fixed_end = a.end;
  f.trust_based = a.trust_based;
  f.form = a.form;
  f.state = bundesland(ctx);
  if (!a.notice_clause.empty()) f.clause = law::parse_notice_clause(a.notice_clause, "notice");
  if ((a.term || a.renewal) && a.start) {
    law::ContractTerm term;
    term.start = *a.start;
    if (a.term) std::tie(term.initial_count, term.initial_unit) = law_period(*a.term);
    if (a.renewal) {
      auto [count, unit] = law_period(*a.renewal);
      term.renewal_count = count;
      term.renewal_unit = unit;
    }
    f.term = term;
  }
  for (const auto& inv : ctx.store.invoices(a.client_id))
    if (inv.agreement_id == a.id && inv.status != InvoiceStatus::cancelled) f.performed += inv.net;
  f.revenue_share = revenue_share_of(ctx, a.client_id);
  return f;
}

ContractEnd contract_end(const Context& ctx, const Agreement& agreement,
                         const ContractEndOptions& o) {
  ContractEnd e;
  e.agreement = agreement;
  e.client = *ctx.store.client(agreement.client_id);
  e.facts = contract_facts(ctx, agreement);
  e.by = o.by;
  if (o.sent) {
    e.receipt = law::assume_receipt(
        o.sent->date, o.sent_has_time ? std::optional<int>(o.sent->minute_of_day) : std::nullopt,
        o.via, e.facts.state);
  } else {
    e.receipt.date = ctx.today();
    e.receipt.explanation =
        trf("No sending date given: rapport assumes the notice is received "
            "today, {}. --sent and --via work out the receipt.",
            format_date(ctx.today()));
  }
  law::TerminationRequest req;
  req.by = o.by;
  req.receipt = e.receipt.date;
  req.cause_known = o.cause_known;
  req.want_end = o.want_end;
  req.today = ctx.today();
  e.advice = law::termination_routes(e.facts, req);
  if (agreement.ended_on)
    e.advice.warnings.insert(
        e.advice.warnings.begin(),
        trf("rapport has this agreement as ended on {}.", format_date(*agreement.ended_on)));
  e.disclaimer = law::disclaimer();
  return e;
}

std::map<Id, Date> earliest_ends(const Context& ctx, const std::vector<Agreement>& agreements) {
  std::map<Id, Date> ends;
  for (const auto& a : agreements) {
    try {
      if (auto end = law::earliest_ordinary_end(contract_facts(ctx, a), Party::me, ctx.today()))
        ends[a.id] = *end;
    } catch (const Error&) {
      // A clause rapport cannot read: the decision view shows the clause as written.
    }
  }
  return ends;
}

TerminationLetter termination_letter(const Context& ctx, const Agreement& agreement, Date end_date,
                                     const std::string& reason) {
  TerminationLetter l;
  ContractEndOptions o;
  l.end = contract_end(ctx, agreement, o);
  for (const auto& r : l.end.advice.routes)
    if ((r.kind == law::RouteKind::ordinary || r.kind == law::RouteKind::fixed_term) && r.end &&
        r.open)
      l.earliest = r.end;
  if (end_date < ctx.today())
    throw data_error(trf("--end: {} is in the past.", format_date(end_date)),
                     tr("Give the day the agreement should end."));
  l.end_date = end_date;
  l.reason = std::string(text::trim(reason));
  l.for_cause = !l.reason.empty();
  l.sender = ctx.settings.user_name;
  l.written_on = ctx.today();
  return l;
}

std::vector<law::BaseRate> base_rates(const Context& ctx) {
  std::vector<law::BaseRate> rates = law::shipped_base_rates();
  for (const auto& mine : ctx.store.base_rates()) {
    std::erase_if(rates, [&](const law::BaseRate& r) { return r.from == mine.from; });
    rates.push_back(mine);
  }
  std::sort(rates.begin(), rates.end(),
            [](const law::BaseRate& a, const law::BaseRate& b) { return a.from < b.from; });
  return rates;
}

void add_base_rate(Context& ctx, Date from, double percent) {
  if (static_cast<unsigned>(from.day()) != 1 ||
      (static_cast<unsigned>(from.month()) != 1 && static_cast<unsigned>(from.month()) != 7))
    throw data_error(
        trf("{}: the base rate changes on 1 January and 1 July only.", format_date(from)),
        tr("Give the date it applies from, e.g. 2026-07-01."));
  if (percent < -10 || percent > 30)
    throw data_error(trf("{:.2f} % is not a plausible base rate.", percent),
                     tr("Write the rate in percent, e.g. 1.27."));
  ctx.store.transaction([&] { ctx.store.add_base_rate({from, percent, false}); });
}

InvoiceInterest invoice_interest(const Context& ctx, const Invoice& invoice,
                                 const InterestOptions& o) {
  InvoiceInterest r;
  for (auto& v : invoice_views(ctx.store, invoice.client_id, InvoiceFilter::all, ctx.today()))
    if (v.invoice.id == invoice.id) r.invoice = v;
  r.client = *ctx.store.client(invoice.client_id);
  auto state = bundesland(ctx);

  law::DefaultFacts f;
  // A service invoice falls due when it is issued; the payment term printed on it alone does
  // not move the default (it does when the agreement sets it).
  f.due = invoice.issue_date;
  f.invoice_received = o.invoice_received.value_or(invoice.issue_date);
  f.invoice_receipt_assumed = !o.invoice_received;
  f.reminder_received = o.reminder_received;
  f.state = state;
  if (invoice.agreement_id)
    if (auto a = ctx.store.agreement(*invoice.agreement_id); a && a->payment_days) {
      f.agreed_calendar_due = add_days(f.invoice_received, *a->payment_days);
      f.agreed_as_period = true;
    }
  r.start = law::default_start(f);
  if (f.invoice_receipt_assumed)
    r.warnings.push_back(
        trf("rapport assumed the invoice reached the client on its date, {}; "
            "--received gives the day it did.",
            format_date(invoice.issue_date)));
  r.warnings.push_back(
      tr("The rules here are those between businesses; for a consumer, default "
         "needs a notice on the invoice and the interest is 5 points over the "
         "base rate."));

  // Interest runs up to the payment (exclusive), else through the day asked for.
  std::optional<Date> paid_on;
  for (const auto& l : ctx.store.invoice_ledger(invoice.issue_date, invoice.client_id))
    if (l.invoice.id == invoice.id) paid_on = l.settled_on();
  r.settled = paid_on.has_value();
  Date stop;
  if (o.until) {
    r.until = *o.until;
    stop = add_days(*o.until, 1);
  } else if (paid_on) {
    r.until = *paid_on;
    stop = *paid_on;
  } else {
    r.until = ctx.today();
    stop = add_days(ctx.today(), 1);
  }
  if (paid_on && *paid_on < stop) stop = *paid_on;
  r.amount = r.settled ? invoice.payable() : std::max<Cents>(r.invoice.outstanding, 0);
  if (!r.settled && r.invoice.paid > 0)
    r.warnings.push_back(
        tr("Part of the invoice is paid: interest is computed on what is still "
           "open today, for the whole time."));
  r.in_default = r.start.first_day < stop;
  if (r.in_default && r.amount > 0) {
    r.interest = law::default_interest(r.amount, r.start.first_day, stop, base_rates(ctx));
    if (r.interest.missing_rate_from)
      r.warnings.push_back(
          trf("rapport knows no base rate from {} on: no interest is counted "
              "for those days. Add it with rapport base-rate add.",
              format_date(*r.interest.missing_rate_from)));
  } else {
    r.interest.flat_fee = 0;
  }
  r.limitation = law::limitation(f.due, state);
  r.disclaimer = law::disclaimer();
  return r;
}

Dunning dunning(Context& ctx, const Client& client, int level) {
  if (level < 1 || level > 3)
    throw usage_error(trf("--level: {} is not a reminder level.", level),
                      tr("Use 1 (friendly reminder), 2 (reminder with interest and fee) or 3 "
                         "(last reminder)."));
  Dunning d;
  d.client = client;
  d.level = level;
  d.written_on = ctx.today();
  d.pay_by = add_days(ctx.today(), level == 3 ? 10 : 7);
  d.sender = ctx.settings.user_name;
  d.disclaimer = law::disclaimer();
  for (const auto& v : invoice_views(ctx.store, client.id, InvoiceFilter::overdue, ctx.today())) {
    InvoiceInterest i = invoice_interest(ctx, v.invoice, {});
    d.open_total += v.outstanding;
    if (level >= 2 && i.in_default) {
      d.interest_total += i.interest.interest;
      d.fees_total += i.interest.flat_fee;
    }
    d.invoices.push_back(std::move(i));
  }
  if (d.invoices.empty())
    throw data_error(trf("\"{}\" has no overdue invoice.", client.name),
                     tr("rapport invoice list --overdue shows what is overdue."));
  std::vector<std::string> numbers;
  for (const auto& i : d.invoices) numbers.push_back(i.invoice.invoice.number);
  FactChanges note;
  note.note = trf("Payment reminder, level {0}: {1}", level, text::join(numbers, ", "));
  ctx.store.transaction([&] { log_fact(ctx, client, FactKind::note, note); });
  return d;
}

}  // namespace rapport
