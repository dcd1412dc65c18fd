// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/health.hpp"

#include <algorithm>

#include "core/text.hpp"

namespace rapport {
namespace {

// Everything the assessment needs, read once for one client or for all of them.
struct Snapshot {
  std::vector<Threshold> rules;
  std::vector<DateRange> ranges;
  MetricContext metrics;
  std::map<Id, ClientRecord> records;
};

Snapshot read_snapshot(const Context& ctx, const std::vector<Client>& clients,
                       std::optional<Id> only, const std::optional<Period>& window,
                       const std::vector<DateRange>& extra_ranges = {}) {
  const Store& store = ctx.store;
  Snapshot s;
  s.rules = active_thresholds(store);
  s.ranges = ranges_needed(s.rules, window, ctx.today());
  for (const auto& r : extra_ranges)
    if (std::find(s.ranges.begin(), s.ranges.end(), r) == s.ranges.end()) s.ranges.push_back(r);
  Date earliest = ctx.today();
  for (const auto& r : s.ranges) earliest = std::min(earliest, r.first);

  s.metrics.today = ctx.today();
  s.metrics.target_rate = ctx.settings.target_rate;
  s.metrics.core_hours = ctx.settings.core_hours;
  s.metrics.core_days = ctx.settings.core_days;
  s.metrics.portfolio_revenue_last_year =
      store.revenue_between(window_range(spec(Metric::revenue_share).fixed_window, ctx.today()));

  for (const auto& c : clients) s.records[c.id].client = c;
  auto record_of = [&](Id client_id) -> ClientRecord* {
    auto it = s.records.find(client_id);
    return it == s.records.end() ? nullptr : &it->second;
  };
  for (auto& a : store.agreements(only))
    if (auto* r = record_of(a.client_id)) r->agreements.push_back(std::move(a));
  auto minutes = store.agreement_minutes(only);
  for (auto& [id, r] : s.records)
    for (const auto& a : r.agreements)
      if (auto it = minutes.find(a.id); it != minutes.end()) r.agreement_minutes[a.id] = it->second;
  for (auto& f : store.facts(FactQuery{only, std::nullopt, earliest, only.has_value()}))
    if (auto* r = record_of(f.client_id)) r->facts.push_back(std::move(f));
  for (auto& l : store.invoice_ledger(earliest, only))
    if (auto* r = record_of(l.invoice.client_id)) r->invoices.push_back(std::move(l));
  for (auto& [id, r] : s.records)
    std::sort(r.invoices.begin(), r.invoices.end(),
              [](const InvoiceLedger& a, const InvoiceLedger& b) {
                return std::tie(a.invoice.issue_date, a.invoice.number) <
                       std::tie(b.invoice.issue_date, b.invoice.number);
              });
  for (auto& [client_id, totals] : store.time_totals(s.ranges, only))
    if (auto* r = record_of(client_id)) r->time = std::move(totals);
  for (const auto& m : store.messages(only, earliest))
    if (auto* r = record_of(m.client_id))
      r->messages.push_back({m.local_date, m.minute_of_day, m.incoming});
  return s;
}

ClientHealth assess_client(const Snapshot& s, const ClientRecord& record,
                           const std::optional<Period>& window, bool all_metrics) {
  ClientHealth h;
  h.client = record.client;
  h.window = window_range(window, s.metrics.today);
  h.health = assess(record, s.rules, window, s.metrics);
  TrendRanges trend = trend_ranges(s.metrics.today);
  for (const auto& spec : metric_specs()) {
    bool wanted = all_metrics || spec.metric == Metric::effective_rate ||
                  spec.metric == Metric::days_late_avg;
    MetricSnapshot m;
    m.metric = spec.metric;
    if (wanted) {
      m.value = compute(spec.metric, record, h.window, s.metrics, all_metrics);
      m.recent = compute(spec.metric, record, trend.recent, s.metrics, false);
      m.previous = compute(spec.metric, record, trend.previous, s.metrics, false);
      m.trend = trend_of(spec.metric, m.recent, m.previous);
    }
    h.metrics.push_back(std::move(m));
  }
  return h;
}

std::string breach_key(const Breach& b) {
  return std::string(spec(b.rule.metric).name) + ":" + std::string(code(b.rule.level));
}

}  // namespace

const MetricSnapshot& ClientHealth::metric(Metric m) const {
  for (const auto& snapshot : metrics)
    if (snapshot.metric == m) return snapshot;
  return metrics.front();
}

bool thresholds_customised(const Store& store) {
  return store.thresholds().has_value();
}

std::vector<Threshold> active_thresholds(const Store& store) {
  if (auto rules = store.thresholds()) return *rules;
  return default_thresholds();
}

std::vector<ClientHealth> status_of_clients(const Context& ctx, const std::optional<Period>& window,
                                            bool include_ended) {
  std::vector<Client> clients;
  Snapshot s;
  ctx.store.read_transaction([&] {
    clients = ctx.store.clients();
    if (!include_ended)
      std::erase_if(clients, [](const Client& c) { return c.status == ClientStatus::ended; });
    s = read_snapshot(ctx, clients, std::nullopt, window);
  });
  std::vector<ClientHealth> result;
  result.reserve(clients.size());
  for (const auto& c : clients)
    result.push_back(assess_client(s, s.records.at(c.id), window, false));
  std::stable_sort(result.begin(), result.end(), [](const ClientHealth& a, const ClientHealth& b) {
    if (a.health.band != b.health.band) return a.health.band < b.health.band;
    return a.health.score.value_or(101) < b.health.score.value_or(101);
  });
  return result;
}

ClientHealth health_of_client(const Context& ctx, const Client& client,
                              const std::optional<Period>& window) {
  Snapshot s;
  ctx.store.read_transaction([&] { s = read_snapshot(ctx, {client}, client.id, window); });
  return assess_client(s, s.records.at(client.id), window, true);
}

ClientMetricsInput client_metrics_input(const Context& ctx, const Client& client,
                                        const std::vector<DateRange>& ranges) {
  Snapshot s;
  ctx.store.read_transaction(
      [&] { s = read_snapshot(ctx, {client}, client.id, kDefaultWindow, ranges); });
  return ClientMetricsInput{std::move(s.records.at(client.id)), s.metrics};
}

bool within_core_hours(const Context& ctx) {
  const auto& days = ctx.settings.core_days;
  bool working_day = std::find(days.begin(), days.end(), weekday_index(ctx.now.date)) != days.end();
  return working_day && ctx.now.minute_of_day >= ctx.settings.core_hours.start_minute &&
         ctx.now.minute_of_day < ctx.settings.core_hours.end_minute;
}

CheckResult run_check(Context& ctx, bool record) {
  CheckResult result;
  result.clients = status_of_clients(ctx, kDefaultWindow, false);
  auto before = ctx.store.check_records();
  std::map<Id, CheckRecord> now;
  for (const auto& h : result.clients) {
    CheckRecord r;
    r.band = std::string(code(h.health.band));
    r.checked_at = iso_local_datetime(ctx.now);
    for (const auto& b : h.health.reasons) {
      r.breaches.push_back(breach_key(b));
      result.any_leave = result.any_leave || b.rule.level == Level::leave;
    }
    CheckChange change;
    change.client = h.client;
    change.band_now = r.band;
    auto old = before.find(h.client.id);
    if (old != before.end()) change.band_before = old->second.band;
    for (const auto& b : h.health.reasons) {
      bool known =
          old != before.end() && std::find(old->second.breaches.begin(), old->second.breaches.end(),
                                           breach_key(b)) != old->second.breaches.end();
      if (!known) change.new_breaches.push_back(describe(b.rule));
    }
    if (old != before.end()) {
      for (const auto& key : old->second.breaches)
        if (std::find(r.breaches.begin(), r.breaches.end(), key) == r.breaches.end())
          change.resolved.push_back(key);
    }
    if (change.band_before != change.band_now || !change.new_breaches.empty() ||
        !change.resolved.empty())
      result.changes.push_back(std::move(change));
    now[h.client.id] = std::move(r);
  }
  if (record) ctx.store.transaction([&] { ctx.store.save_check_records(now); });
  return result;
}

}  // namespace rapport
