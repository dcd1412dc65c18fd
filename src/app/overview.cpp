// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/overview.hpp"

#include "app/invoices.hpp"

namespace rapport {

namespace {

// The year up to today: from the day after the same date a year ago.
DateRange year_to(Date today) {
  return {add_days(today, -364), today};
}

// Time comes from the roll-ups: reading a client's entries would read the whole table, and a
// list of a thousand clients would read it a thousand times.
ClientSummary summarise(const Store& store, const Client& client, Date today,
                        Minutes hours_last_year) {
  ClientSummary s;
  s.client = client;
  s.hours_last_year = hours_last_year;
  const Date year_ago = add_days(today, -365);
  const Date quarter_ago = add_days(today, -90);
  for (const auto& a : store.agreements(client.id))
    if (a.running_on(today)) ++s.running_agreements;
  for (const auto& v : invoice_views(store, client.id, InvoiceFilter::all, today)) {
    if (v.invoice.status != InvoiceStatus::cancelled && v.invoice.issue_date > year_ago &&
        v.invoice.issue_date <= today)
      s.revenue_last_year += v.invoice.net;
    s.open_amount += v.outstanding;
    if (v.overdue()) {
      s.overdue_amount += v.outstanding;
      ++s.overdue_invoices;
      s.max_days_overdue = std::max(s.max_days_overdue, v.days_overdue);
    }
  }
  for (const auto& f : store.facts(FactQuery{client.id, std::nullopt, std::nullopt})) {
    if (f.date > today) continue;
    if (f.date > quarter_ago) {
      if (is_problem(f.kind)) ++s.problems_last_90_days;
      if (is_positive(f.kind)) ++s.positives_last_90_days;
    }
    s.last_fact = f;  // facts come oldest first
  }
  return s;
}

}  // namespace

ClientSummary client_summary(const Store& store, const Client& client, Date today) {
  DateRange year = year_to(today);
  auto time = store.time_totals({year}, client.id);
  return summarise(store, client, today, time[client.id][year].minutes);
}

ClientRecords client_records(const Store& store, const Client& client, Date today) {
  constexpr std::size_t kRecent = 10;
  ClientRecords r;
  r.agreements = store.agreements(client.id);
  r.open_invoices = invoice_views(store, client.id, InvoiceFilter::open, today);
  r.recent_facts = store.facts(FactQuery{client.id, std::nullopt, std::nullopt});
  if (r.recent_facts.size() > kRecent)
    r.recent_facts.erase(r.recent_facts.begin(), r.recent_facts.end() - kRecent);
  return r;
}

std::vector<ClientSummary> client_summaries(const Store& store, Date today, bool include_ended) {
  std::vector<ClientSummary> result;
  // One read transaction: one lock for the thousands of small reads, and one state of the data.
  store.read_transaction([&] {
    DateRange year = year_to(today);
    auto time = store.time_totals({year}, std::nullopt);  // every client in one read
    for (const auto& c : store.clients()) {
      if (!include_ended && c.status == ClientStatus::ended) continue;
      result.push_back(summarise(store, c, today, time[c.id][year].minutes));
    }
  });
  return result;
}

}  // namespace rapport
