// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A late payer under German law (LAW.md § 8): when a business debtor is in default
// (§ 286), the default interest (§ 288 Abs. 2: base rate + 9 points), the flat fee of
// 40 euros (§ 288 Abs. 5) and when the claim becomes time-barred (§§ 195, 199).
#include <optional>
#include <string>
#include <vector>

#include "core/law/calendar.hpp"
#include "core/money.hpp"

namespace rapport::law {

// The base rate (§ 247) in force from a day, in percent.
struct BaseRate {
  Date from;
  double percent = 0;
  bool shipped = true;  // false: added by the user
};
// The rates rapport ships: the Bundesbank's published values, as far as they were checked.
std::vector<BaseRate> shipped_base_rates();
// The rate in force on a day, from a list sorted by date; nullopt before the first entry.
std::optional<BaseRate> base_rate_on(const std::vector<BaseRate>& rates, Date day);

struct DefaultFacts {
  Date due;                                 // when payment fell due
  Date invoice_received;                    // when the invoice reached the client
  bool invoice_receipt_assumed = false;     // no receipt date known: the issue date was used
  std::optional<Date> reminder_received;    // a reminder after the due date (§ 286 Abs. 1)
  std::optional<Date> agreed_calendar_due;  // a date AGREED in the contract (§ 286 Abs. 2 Nr. 1)
  bool agreed_as_period = false;  // agreed as days after the invoice (§ 286 Abs. 2 Nr. 2)
  std::optional<Bundesland> state;
};

struct DefaultStart {
  Date first_day;     // the first day of default
  Date last_pay_day;  // under the 30-day rule, after the § 193 shift
  std::string basis;  // which rule decided, in a sentence
  std::string paragraph;
};
DefaultStart default_start(const DefaultFacts& facts);

struct InterestSpan {
  Date first;  // inclusive
  Date last;   // inclusive
  int days = 0;
  double percent = 0;   // base rate + 9
  double interest = 0;  // in cents, unrounded
};

struct InterestResult {
  std::vector<InterestSpan> spans;
  Cents interest = 0;  // rounded to the cent at the end
  Cents flat_fee = 4000;
  std::optional<Date> missing_rate_from;  // no known base rate from this day on
};
// Interest on `amount` for each day from `first` up to the day before `paid_or_until`, at the
// base rate of each day + 9 points, over 365 days (366 in a leap year).
InterestResult default_interest(Cents amount, Date first, Date paid_or_until,
                                const std::vector<BaseRate>& rates);

// "10.27 %" in English, "10,27 %" in German.
std::string format_percent(double percent);

// The last day to act before the claim is time-barred: three years from the end of the year it
// fell due (the user knew the debtor), moved off a weekend or holiday (§ 193).
struct Limitation {
  Date starts;       // 1 January after the year it fell due
  Date nominal_end;  // 31 December three years later
  Date last_day;     // after the § 193 shift
};
Limitation limitation(Date due, std::optional<Bundesland> state);

}  // namespace rapport::law
