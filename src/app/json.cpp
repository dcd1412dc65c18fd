// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/json.hpp"

#include "app/zone.hpp"

namespace rapport {
namespace {

using nlohmann::json;

template <typename T, typename F>
json optional(const std::optional<T>& v, F&& convert) {
  return v ? json(convert(*v)) : json(nullptr);
}
json opt_int(const std::optional<int>& v) {
  return optional(v, [](int x) { return x; });
}
json opt_id(const std::optional<Id>& v) {
  return optional(v, [](Id x) { return x; });
}
json opt_hours(const std::optional<Minutes>& v) {
  return optional(v, [](Minutes x) { return to_hours(x); });
}
json opt_time(const std::optional<int>& v) {
  return optional(v, [](int x) { return format_time_of_day(x); });
}
json money(Cents c) {
  return to_units(c);
}
json opt_money(const std::optional<Cents>& v) {
  return optional(v, [](Cents x) { return to_units(x); });
}

}  // namespace

json opt_date(const std::optional<Date>& d) {
  return optional(d, [](Date x) { return iso_date(x); });
}

json to_json(const Client& c) {
  return json{{"id", c.id},
              {"name", c.name},
              {"aliases", c.aliases},
              {"domains", c.domains},
              {"emails", c.emails},
              {"status", code(c.status)},
              {"tags", c.tags},
              {"notes", c.notes},
              {"ended_on", opt_date(c.ended_on)},
              {"reference", c.reference}};
}

json to_json(const Agreement& a, Date today) {
  return json{
      {"id", a.id},
      {"client_id", a.client_id},
      {"title", a.title},
      {"type", code(a.type)},
      {"pricing", code(a.pricing)},
      {"price", a.pricing == Pricing::none ? json(nullptr) : money(a.price)},
      {"price_cents", a.pricing == Pricing::none ? json(nullptr) : json(a.price)},
      {"included_hours", opt_hours(a.included_minutes)},
      {"included_revisions", opt_int(a.included_revisions)},
      {"scope_in", a.scope_in},
      {"scope_out", a.scope_out},
      {"start", opt_date(a.start)},
      {"end", opt_date(a.end)},
      {"term", optional(a.term, [](const Period& p) { return period_code(p); })},
      {"renewal", optional(a.renewal, [](const Period& p) { return period_code(p); })},
      {"notice", a.notice_clause},
      {"payment_days", opt_int(a.payment_days)},
      {"cancellation_notice_hours", opt_hours(a.cancellation_notice)},
      {"trust_based", a.trust_based},
      {"form", code(a.form)},
      {"fee_period", a.fee_period ? json(code(*a.fee_period)) : json(nullptr)},
      {"note", a.note},
      {"ended_on", opt_date(a.ended_on)},
      {"status", a.running_on(today) ? "running" : "ended"},
  };
}

json to_json(const Fact& f) {
  return json{{"id", f.id},
              {"client_id", f.client_id},
              {"agreement_id", opt_id(f.agreement_id)},
              {"appointment_id", opt_id(f.appointment_id)},
              {"kind", code(f.kind)},
              {"date", iso_date(f.date)},
              {"time", opt_time(f.minute_of_day)},
              {"hours", opt_hours(f.hours)},
              {"amount", opt_money(f.amount)},
              {"notice_hours", opt_hours(f.notice)},
              {"severity", opt_int(f.severity)},
              {"mood", opt_int(f.mood)},
              {"note", f.note},
              {"recorded_by", f.recorded_by},
              {"source", f.source}};
}

json to_json(const TimeEntry& e) {
  return json{{"id", e.id},
              {"client_id", e.client_id},
              {"agreement_id", opt_id(e.agreement_id)},
              {"date", iso_date(e.date)},
              {"start", opt_time(e.start_minute)},
              {"end", opt_time(e.end_minute)},
              {"hours", to_hours(e.minutes)},
              {"billable", e.billable},
              {"in_scope", e.in_scope},
              {"note", e.note},
              {"source", e.source}};
}

json to_json(const InvoiceView& v) {
  const Invoice& i = v.invoice;
  return json{{"id", i.id},
              {"client_id", i.client_id},
              {"agreement_id", opt_id(i.agreement_id)},
              {"number", i.number},
              {"date", iso_date(i.issue_date)},
              {"due", iso_date(i.due_date)},
              {"net", money(i.net)},
              {"net_cents", i.net},
              {"gross", opt_money(i.gross)},
              {"status", code(i.status)},
              {"paid", money(v.paid)},
              {"outstanding", money(v.outstanding)},
              {"outstanding_cents", v.outstanding},
              {"overdue", v.overdue()},
              {"days_overdue", v.days_overdue},
              {"note", i.note},
              {"source", i.source}};
}

json to_json(const Payment& p) {
  return json{{"id", p.id},
              {"client_id", p.client_id},
              {"invoice_id", opt_id(p.invoice_id)},
              {"date", iso_date(p.date)},
              {"amount", money(p.amount)},
              {"amount_cents", p.amount},
              {"reference", p.reference},
              {"source", p.source}};
}

json to_json(const Appointment& a) {
  std::optional<Minutes> notice;
  if (a.cancelled_at)
    notice = std::chrono::duration_cast<std::chrono::minutes>(a.start - *a.cancelled_at).count();
  return json{
      {"id", a.id},
      {"client_id", a.client_id},
      {"agreement_id", opt_id(a.agreement_id)},
      {"title", a.title},
      {"start", iso_instant(a.start, a.zone)},
      {"end", optional(a.end, [&](Instant t) { return iso_instant(t, a.zone); })},
      {"zone", a.zone},
      {"status", code(a.status)},
      {"cancelled_at", optional(a.cancelled_at, [&](Instant t) { return iso_instant(t, a.zone); })},
      {"cancelled_by", optional(a.cancelled_by, [](Party p) { return std::string(code(p)); })},
      {"notice_hours", opt_hours(notice)},
      {"note", a.note},
      {"source", a.source},
  };
}

json to_json(const ClientSummary& s) {
  json j = to_json(s.client);
  j["running_agreements"] = s.running_agreements;
  j["revenue_last_year"] = money(s.revenue_last_year);
  j["hours_last_year"] = to_hours(s.hours_last_year);
  j["open_amount"] = money(s.open_amount);
  j["overdue_amount"] = money(s.overdue_amount);
  j["overdue_invoices"] = s.overdue_invoices;
  j["max_days_overdue"] = s.max_days_overdue;
  j["problems_last_90_days"] = s.problems_last_90_days;
  j["positives_last_90_days"] = s.positives_last_90_days;
  j["last_fact"] = s.last_fact ? to_json(*s.last_fact) : json(nullptr);
  return j;
}

json to_json(const SettingView& s) {
  return json{{"key", s.key},
              {"value", s.value},
              {"default", s.is_default},
              {"description", s.description}};
}

json to_json(const RemovedClient& r) {
  return json{
      {"client", to_json(r.client)},    {"agreements", r.agreements}, {"facts", r.facts},
      {"time_entries", r.time_entries}, {"invoices", r.invoices},     {"payments", r.payments},
      {"appointments", r.appointments}};
}

namespace {}  // namespace

json metric_json(Metric m, const MetricValue& v) {
  return v.value ? json(display_value(m, *v.value)) : json(nullptr);
}

json to_json(const Threshold& t) {
  return json{{"metric", spec(t.metric).name},    {"comparison", code(t.comparison)},
              {"value", threshold_value_text(t)}, {"window", window_code(t.window)},
              {"level", code(t.level)},           {"note", t.note}};
}

json to_json(const Evidence& e) {
  const char* type = e.kind == Evidence::Kind::fact        ? "fact"
                     : e.kind == Evidence::Kind::invoice   ? "invoice"
                     : e.kind == Evidence::Kind::agreement ? "agreement"
                     : e.kind == Evidence::Kind::mail      ? "mail"
                                                           : "time";
  return json{{"type", type},
              {"id", e.id == 0 ? json(nullptr) : json(e.id)},
              {"date", iso_date(e.date)},
              {"what", e.what}};
}

json to_json(const Breach& b) {
  json evidence = json::array();
  for (const auto& e : b.value.evidence) evidence.push_back(to_json(e));
  return json{{"metric", spec(b.rule.metric).name},
              {"value", metric_json(b.rule.metric, b.value)},
              {"compared",
               b.rule.relative_to_target ? json(b.compared) : metric_json(b.rule.metric, b.value)},
              {"level", code(b.rule.level)},
              {"threshold", to_json(b.rule)},
              {"from", iso_date(b.range.first)},
              {"to", iso_date(b.range.last)},
              {"evidence", evidence}};
}

json to_json(const ClientHealth& h, bool metrics) {
  json reasons = json::array();
  for (const auto& b : h.health.reasons) reasons.push_back(to_json(b));
  json j{
      {"client",
       json{{"id", h.client.id}, {"name", h.client.name}, {"status", code(h.client.status)}}},
      {"band", code(h.health.band)},
      {"score", h.health.score ? json(*h.health.score) : json(nullptr)},
      {"trend", code(h.health.trend)},
      {"window", json{{"from", iso_date(h.window.first)}, {"to", iso_date(h.window.last)}}},
      {"reasons", reasons},
      {"effective_rate",
       metric_json(Metric::effective_rate, h.metric(Metric::effective_rate).value)},
      {"days_late_avg", metric_json(Metric::days_late_avg, h.metric(Metric::days_late_avg).value)}};
  if (metrics) {
    json all = json::object();
    for (const auto& m : h.metrics) {
      json evidence = json::array();
      for (const auto& e : m.value.evidence) evidence.push_back(to_json(e));
      all[std::string(spec(m.metric).name)] =
          json{{"value", metric_json(m.metric, m.value)},
               {"last_90_days", metric_json(m.metric, m.recent)},
               {"previous_90_days", metric_json(m.metric, m.previous)},
               {"trend", code(m.trend)},
               {"evidence", evidence}};
    }
    j["metrics"] = all;
  }
  return j;
}

void add_records(json& j, const ClientRecords& r, Date today) {
  j["agreements"] = json::array();
  for (const auto& a : r.agreements) j["agreements"].push_back(to_json(a, today));
  j["open_invoices"] = json::array();
  for (const auto& v : r.open_invoices) j["open_invoices"].push_back(to_json(v));
  j["recent_facts"] = json::array();
  for (const auto& f : r.recent_facts) j["recent_facts"].push_back(to_json(f));
}

}  // namespace rapport
