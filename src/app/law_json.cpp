// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON shapes of the contract-law commands (docs/json.md).
#include "app/json.hpp"

namespace rapport {

using nlohmann::json;

namespace {

json route_json(const law::Route& r) {
  return json{{"kind", law::code(r.kind)},
              {"open", r.open},
              {"title", r.title},
              {"end", opt_date(r.end)},
              {"latest_receipt", opt_date(r.latest_receipt)},
              {"for_end", opt_date(r.wanted_end)},
              {"deadline", opt_date(r.deadline)},
              {"steps", r.steps},
              {"money", r.money},
              {"claim", r.claim ? json(to_units(*r.claim)) : json(nullptr)},
              {"paragraphs", r.paragraphs},
              {"warnings", r.warnings}};
}

}  // namespace

json to_json(const law::BaseRate& r) {
  return json{{"from", iso_date(r.from)}, {"percent", r.percent}, {"shipped", r.shipped}};
}

json to_json(const ContractEnd& e) {
  json routes = json::array();
  for (const auto& r : e.advice.routes) routes.push_back(route_json(r));
  const auto& f = e.facts;
  return json{
      {"agreement", json{{"id", e.agreement.id}, {"title", e.agreement.title}}},
      {"client", json{{"id", e.client.id}, {"name", e.client.name}}},
      {"by", code(e.by)},
      {"contract_type", code(f.type)},
      {"fee_period", code(f.fee_period)},
      {"fee_period_assumed", f.fee_period_assumed},
      {"bundesland", f.state ? json(law::code(*f.state)) : json(nullptr)},
      {"receipt", json{{"date", iso_date(e.receipt.date)}, {"explanation", e.receipt.explanation}}},
      {"routes", routes},
      {"form", e.advice.form},
      {"warnings", e.advice.warnings},
      {"disclaimer", e.disclaimer}};
}

json to_json(const InvoiceInterest& i) {
  json spans = json::array();
  for (const auto& s : i.interest.spans)
    spans.push_back(json{{"from", iso_date(s.first)},
                         {"to", iso_date(s.last)},
                         {"days", s.days},
                         {"percent", s.percent},
                         {"interest", std::round(s.interest) / 100.0}});
  return json{{"invoice", to_json(i.invoice)},
              {"client", json{{"id", i.client.id}, {"name", i.client.name}}},
              {"amount", to_units(i.amount)},
              {"default_from", iso_date(i.start.first_day)},
              {"last_pay_day", iso_date(i.start.last_pay_day)},
              {"basis", i.start.basis},
              {"paragraph", i.start.paragraph},
              {"in_default", i.in_default},
              {"until", iso_date(i.until)},
              {"settled", i.settled},
              {"spans", spans},
              {"interest", to_units(i.interest.interest)},
              {"interest_cents", i.interest.interest},
              {"flat_fee", to_units(i.interest.flat_fee)},
              {"limitation", json{{"starts", iso_date(i.limitation.starts)},
                                  {"last_day", iso_date(i.limitation.last_day)}}},
              {"warnings", i.warnings},
              {"disclaimer", i.disclaimer}};
}

json to_json(const Dunning& d) {
  json invoices = json::array();
  for (const auto& i : d.invoices) invoices.push_back(to_json(i));
  return json{{"client", json{{"id", d.client.id}, {"name", d.client.name}}},
              {"level", d.level},
              {"date", iso_date(d.written_on)},
              {"pay_by", iso_date(d.pay_by)},
              {"open", to_units(d.open_total)},
              {"interest", to_units(d.interest_total)},
              {"fees", to_units(d.fees_total)},
              {"total", to_units(d.open_total + d.interest_total + d.fees_total)},
              {"invoices", invoices},
              {"disclaimer", d.disclaimer}};
}

}  // namespace rapport
