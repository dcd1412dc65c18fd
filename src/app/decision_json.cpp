// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON shapes of decisions, conversations and recaps (docs/json.md).
#include "app/json.hpp"

namespace rapport {

using nlohmann::json;

namespace {

json strings(const std::vector<std::string>& items) {
  json a = json::array();
  for (const auto& s : items) a.push_back(s);
  return a;
}

}  // namespace

json to_json(const DecisionItem& item) {
  return json{{"id", item.id ? json(item.id) : json(nullptr)},
              {"side", code(item.side)},
              {"text", item.text},
              {"weight", item.weight},
              {"source", item.source.empty() ? json("user") : json(item.source)}};
}

json to_json(const Conversation& c) {
  json topics = json::array();
  for (const auto& t : c.topics)
    topics.push_back(json{{"metric", spec(t.metric).name},
                          {"level", code(t.level)},
                          {"value", metric_json(t.metric, MetricValue{t.value, {}})}});
  return json{{"id", c.id},
              {"client_id", c.client_id},
              {"fact_id", c.fact_id ? json(*c.fact_id) : json(nullptr)},
              {"date", iso_date(c.date)},
              {"outcome", c.outcome},
              {"agreed", strings(c.agreed)},
              {"follow_up", opt_date(c.follow_up)},
              {"values_discussed", c.values_discussed},
              {"topics", topics}};
}

json to_json(const FollowUp& f) {
  json topics = json::array();
  for (const auto& t : f.topics)
    topics.push_back(json{{"metric", spec(t.metric).name},
                          {"level", code(t.level)},
                          {"before", metric_json(t.metric, t.before)},
                          {"after", metric_json(t.metric, t.after)},
                          {"progress", progress_code(t.trend)}});
  json j{{"conversation", to_json(f.conversation)}, {"due", f.due}, {"topics", topics}};
  if (!f.topics.empty() || f.ranges.after.last != Date{}) {
    j["before"] =
        json{{"from", iso_date(f.ranges.before.first)}, {"to", iso_date(f.ranges.before.last)}};
    j["after"] =
        json{{"from", iso_date(f.ranges.after.first)}, {"to", iso_date(f.ranges.after.last)}};
  }
  return j;
}

json to_json(const DecisionView& v) {
  json pros = json::array();
  for (const auto& p : v.pros) pros.push_back(to_json(p));
  json cons = json::array();
  for (const auto& c : v.cons) cons.push_back(to_json(c));
  json checklist = json::array();
  for (const auto& e : v.checklist)
    checklist.push_back(json{{"question", code(e.question)},
                             {"answer", code(e.answer)},
                             {"derived", e.derived},
                             {"basis", e.basis}});
  json agreements = json::array();
  for (const auto& a : v.leaving.running_agreements) {
    json j = to_json(a, v.today);
    auto end = v.leaving.earliest_end.find(a.id);
    j["earliest_end"] =
        end == v.leaving.earliest_end.end() ? json(nullptr) : json(iso_date(end->second));
    agreements.push_back(j);
  }
  const auto& l = v.leaving;
  return json{
      {"client", to_json(v.client)},
      {"date", iso_date(v.today)},
      {"health", to_json(v.health, false)},
      {"pros", pros},
      {"cons", cons},
      {"pro_weight", v.pro_weight},
      {"con_weight", v.con_weight},
      {"checklist", checklist},
      {"leaving", json{{"revenue_last_year", to_units(l.revenue_last_year)},
                       {"revenue_share", l.revenue_share ? json(*l.revenue_share) : json(nullptr)},
                       {"open_amount", to_units(l.open_amount)},
                       {"overdue_amount", to_units(l.overdue_amount)},
                       {"open_invoices", l.open_invoices},
                       {"running_agreements", agreements}}},
      {"recommendation", code(v.recommendation.choice)},
      {"rule", v.recommendation.rule},
      {"reasons", strings(v.recommendation.reasons)},
      {"values", strings(v.values)},
      {"last_conversation", v.last_conversation ? to_json(*v.last_conversation) : json(nullptr)},
      {"follow_up", v.follow_up ? to_json(*v.follow_up) : json(nullptr)},
      {"last_decision", v.last_decision ? to_json(*v.last_decision, false) : json(nullptr)}};
}

json to_json(const DecisionRecord& d, bool snapshot) {
  json j{{"id", d.id},
         {"client_id", d.client_id},
         {"date", iso_date(d.decided_on)},
         {"choice", code(d.choice)},
         {"recommendation", code(d.recommendation)},
         {"next_step", d.next_step},
         {"due", opt_date(d.due)}};
  if (snapshot) j["snapshot"] = json::parse(d.snapshot, nullptr, false);
  return j;
}

json to_json(const PrepSheet& p) {
  json topics = json::array();
  for (const auto& t : p.topics) {
    json facts = json::array();
    for (const auto& f : t.facts) facts.push_back(to_json(f));
    json other = json::array();
    for (const auto& e : t.other_evidence) other.push_back(to_json(e));
    json invoices = json::array();
    for (const auto& v : t.invoices)
      invoices.push_back(json{{"id", v.invoice.id},
                              {"number", v.invoice.number},
                              {"issue_date", iso_date(v.invoice.issue_date)},
                              {"due_date", iso_date(v.invoice.due_date)},
                              {"amount", to_units(v.invoice.payable())},
                              {"paid", to_units(v.paid)},
                              {"settled_on", opt_date(v.settled_on())},
                              {"outstanding", to_units(v.outstanding())}});
    topics.push_back(json{{"breach", to_json(t.breach)},
                          {"facts", facts},
                          {"invoices", invoices},
                          {"other_evidence", other},
                          {"wish", t.wish},
                          {"own_wish", t.own_wish},
                          {"question", t.question},
                          {"consequence", t.consequence}});
  }
  json background = json::array();
  for (const auto& b : p.background) background.push_back(to_json(b));
  json positives = json::array();
  for (const auto& f : p.positives) positives.push_back(to_json(f));
  json other = json::array();
  for (const auto& f : p.other_problems) other.push_back(to_json(f));
  json pros = json::array();
  for (const auto& i : p.decision.pros) pros.push_back(to_json(i));
  return json{{"client", to_json(p.decision.client)},
              {"date", iso_date(p.decision.today)},
              {"kind", p.kind == PrepSheet::Kind::ending     ? "ending"
                       : p.kind == PrepSheet::Kind::check_in ? "check_in"
                                                             : "change"},
              {"purpose", p.purpose},
              {"positives", positives},
              {"pros", pros},
              {"topics", topics},
              {"background", background},
              {"other_problems", other},
              {"values", strings(p.decision.values)},
              {"recommendation", code(p.decision.recommendation.choice)},
              {"next_step", p.next_step},
              {"follow_up", iso_date(p.follow_up)}};
}

json to_json(const Recap& r) {
  return json{{"client", to_json(r.client)},       {"fact", to_json(r.fact)},
              {"date", iso_date(r.input.date)},    {"with", r.input.with},
              {"topics", strings(r.input.topics)}, {"agreed", strings(r.input.agreed)},
              {"open", strings(r.input.open)},     {"next_step", r.input.next_step}};
}

}  // namespace rapport
