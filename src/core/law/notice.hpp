// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Notice clauses ("3 Monate zum Ende der Laufzeit") and the terms of framework agreements:
// the earliest end for a notice received on a day, and the latest receipt for a wanted end
// (LAW.md § 6). No § 193 shift: it does not apply to notice periods (BGH III ZR 172/04).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/law/calendar.hpp"

namespace rapport::law {

enum class Anchor { none, month, quarter, half_year, year, term };

struct NoticeClause {
  int count = 0;
  PeriodKind unit = PeriodKind::months;
  Anchor anchor = Anchor::none;
};

// Reads what contracts write, German or English: "3 Monate zum Ende der Laufzeit",
// "1 Monat zum Monatsende", "6 Wochen zum Quartalsende", "4 weeks", "3 months to the end of
// the year". A clause rapport cannot read is a data error that shows the accepted forms.
NoticeClause parse_notice_clause(std::string_view text, std::string_view field);
std::string describe(const NoticeClause& clause);  // "3 months to the end of the term"

// The first anchor date on or after a day (the day itself for Anchor::none).
Date first_anchor_on_or_after(Date d, Anchor anchor);

// The term of a framework agreement.
struct ContractTerm {
  Date start;
  std::optional<Date> initial_end;  // an explicit end date wins over a computed one
  std::optional<int> initial_count;
  PeriodKind initial_unit = PeriodKind::months;
  std::optional<int> renewal_count;  // renews by this much unless given notice
  PeriodKind renewal_unit = PeriodKind::months;
  bool notice_during_minimum_term = true;
};

// The end dates of the initial term and the renewals after it (§ 190), up to `until`.
std::vector<Date> term_ends(const ContractTerm& term, Date until);
Date initial_end(const ContractTerm& term);

struct NoticeResult {
  Date end;
  bool moved_to_minimum_term_end = false;  // the minimum term ended later than the notice
  bool given_after_minimum_term = false;   // treated as given the day after the minimum term
};
// The earliest end for a notice received on `receipt`; without a term, an indefinite contract.
NoticeResult earliest_end(const NoticeClause& clause, const std::optional<ContractTerm>& term,
                          Date receipt);
// The latest day a notice may be received to end the contract on or before `target`.
Date latest_receipt(const NoticeClause& clause, Date target);

}  // namespace rapport::law
