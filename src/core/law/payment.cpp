// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/law/payment.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "i18n/i18n.hpp"

namespace rapport::law {
namespace {

Date ymd(int y, unsigned m, unsigned d) {
  return Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

bool leap(int y) {
  return std::chrono::year{y}.is_leap();
}

}  // namespace

std::vector<BaseRate> shipped_base_rates() {
  // The Deutsche Bundesbank's base rate (§ 247 BGB), changed on 1 January and 1 July by the
  // change of the ECB's main refinancing rate. Checked: -0.88 from 1 July 2016, 1.62 from
  // 1 January 2023 and 1.27 from 1 July 2025 and 1 January 2026 in published sources; the values
  // between follow from the ECB's rate decisions (4.00 % in June 2023, 4.50 % in December 2023,
  // 4.25 % in June 2024, 3.15 % in December 2024, 2.15 % in June 2025) and meet 1.27 exactly.
  return {
      {ymd(2016, 7, 1), -0.88}, {ymd(2023, 1, 1), 1.62}, {ymd(2023, 7, 1), 3.12},
      {ymd(2024, 1, 1), 3.62},  {ymd(2024, 7, 1), 3.37}, {ymd(2025, 1, 1), 2.27},
      {ymd(2025, 7, 1), 1.27},  {ymd(2026, 1, 1), 1.27},
  };
}

std::optional<BaseRate> base_rate_on(const std::vector<BaseRate>& rates, Date day) {
  std::optional<BaseRate> found;
  for (const auto& r : rates)
    if (r.from <= day) found = r;
  return found;
}

DefaultStart default_start(const DefaultFacts& f) {
  // (a) 30 days after due date and receipt of the invoice (§ 286 Abs. 3), the last day to
  // pay moved off weekends and holidays (§ 193, BGH III ZR 159/06).
  Date t = std::max(f.due, f.invoice_received);
  DefaultStart s;
  s.last_pay_day = shift_193(add_days(t, 30), f.state);
  s.first_day = add_days(s.last_pay_day, 1);
  s.paragraph = "§ 286 Abs. 3 BGB";
  s.basis =
      trf("30 days after due date and receipt of the invoice ({0}); the last day to pay is "
          "{1}.",
          format_date(t), format_date(s.last_pay_day));
  // (b) a reminder received after the due date (§ 286 Abs. 1).
  if (f.reminder_received && *f.reminder_received >= f.due) {
    Date day = add_days(*f.reminder_received, 1);
    if (day < s.first_day) {
      s.first_day = day;
      s.paragraph = "§ 286 Abs. 1 BGB";
      s.basis = trf("The reminder reached the client on {}, after the due date.",
                    format_date(*f.reminder_received));
    }
  }
  // (c) a payment date agreed in the contract (§ 286 Abs. 2 Nr. 1).
  if (f.agreed_calendar_due) {
    Date day = add_days(shift_193(*f.agreed_calendar_due, f.state), 1);
    if (day < s.first_day) {
      s.first_day = day;
      s.paragraph = f.agreed_as_period ? "§ 286 Abs. 2 Nr. 2 BGB" : "§ 286 Abs. 2 Nr. 1 BGB";
      s.basis = trf("The agreed payment term ends on {}; default follows without a reminder.",
                    format_date(*f.agreed_calendar_due));
    }
  }
  return s;
}

InterestResult default_interest(Cents amount, Date first, Date paid_or_until,
                                const std::vector<BaseRate>& rates) {
  InterestResult r;
  double total = 0;
  for (Date day = first; day < paid_or_until; day = add_days(day, 1)) {
    auto rate = base_rate_on(rates, day);
    if (!rate) {
      if (!r.missing_rate_from) r.missing_rate_from = day;
      continue;
    }
    double percent = rate->percent + 9.0;
    int y = static_cast<int>(day.year());
    double share = static_cast<double>(amount) * percent / 100.0 / (leap(y) ? 366.0 : 365.0);
    total += share;
    if (r.spans.empty() || r.spans.back().percent != percent ||
        add_days(r.spans.back().last, 1) != day) {
      r.spans.push_back({day, day, 0, percent, 0});
    }
    auto& span = r.spans.back();
    span.last = day;
    span.days += 1;
    span.interest += share;
  }
  r.interest = static_cast<Cents>(std::llround(total));
  return r;
}

std::string format_percent(double percent) {
  std::string text = fmt::format("{:.2f} %", percent);
  if (i18n::language() == i18n::Language::de) std::replace(text.begin(), text.end(), '.', ',');
  return text;
}

Limitation limitation(Date due, std::optional<Bundesland> state) {
  Limitation l;
  int y = static_cast<int>(due.year());
  l.starts = ymd(y + 1, 1, 1);
  l.nominal_end = ymd(y + 3, 12, 31);
  l.last_day = shift_193(l.nominal_end, state);
  return l;
}

}  // namespace rapport::law
