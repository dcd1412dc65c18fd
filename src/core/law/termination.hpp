// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// When and how an agreement can end under German law (LAW.md §§ 3–7): every route open to
// the party that wants out, each with its earliest end, the latest day to give notice, the
// money consequences, the form, the paragraphs and the uncertainties. Orientation, not legal
// advice: every result carries the disclaimer.
#include <optional>
#include <string>
#include <vector>

#include "core/kinds.hpp"
#include "core/law/notice.hpp"
#include "core/money.hpp"

namespace rapport::law {

enum class Channel { email, letter, hand };
std::string_view code(Channel c);
Channel parse_channel(std::string_view text, std::string_view field);

// § 130: a notice counts from the day it reaches the other side.
struct Receipt {
  Date date;
  std::string explanation;  // which day rapport assumed, and why
};
// `minute` is the time of sending, when known (e-mail outside business hours counts from
// the next business day).
Receipt assume_receipt(Date sent, std::optional<int> minute, Channel via,
                       std::optional<Bundesland> state);

struct ContractFacts {
  std::string title;
  ContractType type = ContractType::unknown;
  Pricing pricing = Pricing::none;
  Cents price = 0;      // the whole fee of a flat-fee work
  Cents performed = 0;  // the value of the work done so far
  FeePeriod fee_period = FeePeriod::none;
  bool fee_period_assumed = false;  // derived from the pricing, not said by the user
  std::optional<Date> start;
  std::optional<Date> fixed_end;  // a fixed end date
  std::optional<ContractTerm> term;
  std::optional<NoticeClause> clause;
  bool trust_based = false;  // "Dienste höherer Art" (§ 627)
  TerminationForm form = TerminationForm::none;
  std::optional<double> revenue_share;  // of the client, for § 621 Nr. 5 and § 627
  std::optional<Bundesland> state;
};

struct TerminationRequest {
  Party by = Party::me;
  Date receipt;  // when the notice reaches the other side
  std::optional<Date> cause_known;
  std::optional<Date> want_end;
  Date today;
};

enum class RouteKind {
  ordinary,
  fixed_term,
  five_years,
  for_cause,
  trust,
  free_termination,
  estimate_exceeded,
  cooperation,
  for_cause_work,
  rescission,
  mutual,
};
std::string_view code(RouteKind k);

struct Route {
  RouteKind kind = RouteKind::ordinary;
  bool open = true;  // open to this party now
  std::string title;
  std::optional<Date> end;              // the earliest end for the assumed receipt
  std::optional<Date> latest_receipt;   // the latest receipt for the wanted end (or this end)
  std::optional<Date> wanted_end;       // the end the latest receipt belongs to
  std::optional<Date> deadline;         // a deadline of its own (§ 626(2), § 643)
  std::vector<std::string> steps;       // how it works here, in sentences
  std::vector<std::string> money;       // what is owed
  std::vector<std::string> paragraphs;  // "§ 621 Nr. 3 BGB"
  std::vector<std::string> warnings;    // uncertainty flags (LAW.md § 9)
  std::optional<Cents> claim;
};

struct TerminationAdvice {
  std::vector<Route> routes;
  std::vector<std::string> form;      // what the agreement requires and what it means for e-mail
  std::vector<std::string> warnings;  // about the agreement as a whole
};

TerminationAdvice termination_routes(const ContractFacts& facts, const TerminationRequest& req);

// The ordinary end for a notice received on a day, when there is one (for the decision view).
std::optional<Date> earliest_ordinary_end(const ContractFacts& facts, Party by, Date receipt);

// Every output of this module says this (LAW.md § 0.3).
std::string disclaimer();

}  // namespace rapport::law
