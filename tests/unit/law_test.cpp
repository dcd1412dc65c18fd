// SPDX-License-Identifier: GPL-3.0-or-later
// Every worked example of LAW.md (D, W, F, P), table-driven, and our own cases at month ends,
// in leap years, on Easter and state holidays, and with clauses rapport cannot read.
#include <gtest/gtest.h>

#include "core/error.hpp"
#include "core/law/payment.hpp"
#include "core/law/termination.hpp"

namespace rapport::law {
namespace {

Date d(int y, unsigned m, unsigned day) {
  return Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{day}};
}

const Route* route(const TerminationAdvice& a, RouteKind kind) {
  for (const auto& r : a.routes)
    if (r.kind == kind) return &r;
  return nullptr;
}

ContractFacts dienst(FeePeriod period) {
  ContractFacts f;
  f.type = ContractType::dienstvertrag;
  f.fee_period = period;
  return f;
}

TerminationRequest at(Date receipt, Party by = Party::me) {
  TerminationRequest r;
  r.by = by;
  r.receipt = receipt;
  r.today = receipt;
  return r;
}

// § 621 for indefinite service contracts: D1–D7.
struct StatutoryCase {
  const char* name;
  FeePeriod period;
  double revenue_share;
  Date receipt;
  Date end;
};

class Statutory621 : public ::testing::TestWithParam<StatutoryCase> {};

TEST_P(Statutory621, EndsAsLawMdComputes) {
  const auto& c = GetParam();
  ContractFacts f = dienst(c.period);
  f.revenue_share = c.revenue_share;
  auto advice = termination_routes(f, at(c.receipt));
  const Route* ordinary = route(advice, RouteKind::ordinary);
  ASSERT_TRUE(ordinary);
  EXPECT_TRUE(ordinary->open);
  EXPECT_EQ(ordinary->end, c.end) << c.name;
}

INSTANTIATE_TEST_SUITE_P(
    LawMd, Statutory621,
    ::testing::Values(
        StatutoryCase{"D1", FeePeriod::month, 0.1, d(2026, 3, 10), d(2026, 3, 31)},
        StatutoryCase{"D2", FeePeriod::month, 0.1, d(2026, 3, 16), d(2026, 4, 30)},
        StatutoryCase{"D3_letter", FeePeriod::month, 0.1, d(2026, 3, 15), d(2026, 3, 31)},
        StatutoryCase{"D4", FeePeriod::day, 0.1, d(2026, 3, 11), d(2026, 3, 12)},
        StatutoryCase{"D5a", FeePeriod::week, 0.1, d(2026, 3, 9), d(2026, 3, 14)},
        StatutoryCase{"D5b", FeePeriod::week, 0.1, d(2026, 3, 10), d(2026, 3, 21)},
        StatutoryCase{"D5c", FeePeriod::week, 0.1, d(2026, 4, 7), d(2026, 4, 11)},
        StatutoryCase{"D6a", FeePeriod::quarter, 0.1, d(2026, 5, 19), d(2026, 6, 30)},
        StatutoryCase{"D6b", FeePeriod::quarter, 0.1, d(2026, 5, 20), d(2026, 9, 30)},
        StatutoryCase{"D7a", FeePeriod::none, 0.1, d(2026, 3, 12), d(2026, 3, 12)},
        StatutoryCase{"D7b", FeePeriod::none, 0.8, d(2026, 3, 12), d(2026, 3, 26)},
        StatutoryCase{"D10", FeePeriod::month, 0.1, d(2026, 7, 10), d(2026, 7, 31)},
        // Our own: an hourly fee counts like a day (with a flag), a Sunday receipt for a
        // weekly fee belongs to the next week, quarter ends in a leap year.
        StatutoryCase{"hour", FeePeriod::hour, 0.1, d(2026, 3, 11), d(2026, 3, 12)},
        StatutoryCase{"sunday_week", FeePeriod::week, 0.1, d(2026, 3, 15), d(2026, 3, 21)},
        StatutoryCase{"leap_q1", FeePeriod::quarter, 0.1, d(2028, 2, 18), d(2028, 3, 31)},
        StatutoryCase{"leap_q1_late", FeePeriod::quarter, 0.1, d(2028, 2, 19), d(2028, 6, 30)}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(Statutory621, LatestReceiptForAWantedEnd) {
  ContractFacts f = dienst(FeePeriod::quarter);
  auto req = at(d(2026, 1, 5));
  req.want_end = d(2026, 3, 31);
  auto r = *route(termination_routes(f, req), RouteKind::ordinary);
  EXPECT_EQ(r.wanted_end, d(2026, 3, 31));
  EXPECT_EQ(r.latest_receipt, d(2026, 2, 17));
  req.want_end = d(2028, 3, 31);
  EXPECT_EQ(route(termination_routes(f, req), RouteKind::ordinary)->latest_receipt, d(2028, 2, 18));
  f = dienst(FeePeriod::month);
  req.want_end = d(2026, 5, 20);  // not a month end: the month end before it
  r = *route(termination_routes(f, req), RouteKind::ordinary);
  EXPECT_EQ(r.wanted_end, d(2026, 4, 30));
  EXPECT_EQ(r.latest_receipt, d(2026, 4, 15));
}

TEST(Statutory621, AnHourlyFeeIsFlagged) {
  auto r =
      *route(termination_routes(dienst(FeePeriod::hour), at(d(2026, 3, 11))), RouteKind::ordinary);
  ASSERT_FALSE(r.warnings.empty());
  EXPECT_NE(r.warnings[0].find("hourly fee"), std::string::npos);
}

TEST(Receipt, EmailOutsideBusinessHoursCountsFromTheNextBusinessDay) {
  // D3: an e-mail sent on Sunday 15 March counts from Monday, which moves the end a month.
  Receipt sunday = assume_receipt(d(2026, 3, 15), std::nullopt, Channel::email, std::nullopt);
  EXPECT_EQ(sunday.date, d(2026, 3, 16));
  auto r =
      *route(termination_routes(dienst(FeePeriod::month), at(sunday.date)), RouteKind::ordinary);
  EXPECT_EQ(r.end, d(2026, 4, 30));
  // On a working day after business hours, and before a holiday in one state only.
  EXPECT_EQ(assume_receipt(d(2026, 3, 10), 19 * 60, Channel::email, std::nullopt).date,
            d(2026, 3, 11));
  EXPECT_EQ(assume_receipt(d(2026, 3, 10), 9 * 60, Channel::email, std::nullopt).date,
            d(2026, 3, 10));
  EXPECT_EQ(assume_receipt(d(2026, 6, 3), 19 * 60, Channel::email, Bundesland::BY).date,
            d(2026, 6, 5));  // Corpus Christi on 4 June in Bayern
  EXPECT_EQ(assume_receipt(d(2026, 6, 3), 19 * 60, Channel::email, Bundesland::BE).date,
            d(2026, 6, 4));
  // Letters: the third working day after posting; by hand: the same day.
  EXPECT_EQ(assume_receipt(d(2026, 4, 2), std::nullopt, Channel::letter, std::nullopt).date,
            d(2026, 4, 8));  // Saturday counts; Good Friday and Easter Monday do not
  EXPECT_EQ(assume_receipt(d(2026, 4, 2), std::nullopt, Channel::hand, std::nullopt).date,
            d(2026, 4, 2));
}

TEST(Receipt, CivilDatesDoNotSlipAtTheChangeToSummerTime) {
  // 29 March 2026: clocks go forward in Germany. Dates are counted as civil days, not as
  // 24-hour spans, so nothing moves by a day around the change.
  EXPECT_EQ(period_end_after_event(d(2026, 3, 28), 1, PeriodKind::days), d(2026, 3, 29));
  EXPECT_EQ(period_end_after_event(d(2026, 3, 28), 1, PeriodKind::weeks), d(2026, 4, 4));
  EXPECT_EQ(period_end_after_event(d(2026, 3, 28), 1, PeriodKind::months), d(2026, 4, 28));
  EXPECT_EQ(period_end_after_event(d(2026, 10, 24), 2, PeriodKind::days), d(2026, 10, 26));
  // An e-mail sent in the night of the change counts from Monday.
  EXPECT_EQ(assume_receipt(d(2026, 3, 29), 2 * 60 + 30, Channel::email, std::nullopt).date,
            d(2026, 3, 30));
}

TEST(ForCause626, TwoWeeksFromKnowledge) {
  // D8
  auto req = at(d(2026, 3, 10), Party::client);
  req.cause_known = d(2026, 3, 2);
  auto r = *route(termination_routes(dienst(FeePeriod::month), req), RouteKind::for_cause);
  EXPECT_TRUE(r.open);
  EXPECT_EQ(r.deadline, d(2026, 3, 16));
  EXPECT_EQ(r.end, d(2026, 3, 10));
  req.receipt = d(2026, 3, 17);
  EXPECT_FALSE(
      route(termination_routes(dienst(FeePeriod::month), req), RouteKind::for_cause)->open);
  // D8b: the deadline falls on New Year's Day; § 193 is unresolved, so it is flagged.
  req.cause_known = d(2026, 12, 18);
  req.receipt = d(2026, 12, 28);
  r = *route(termination_routes(dienst(FeePeriod::month), req), RouteKind::for_cause);
  EXPECT_EQ(r.deadline, d(2027, 1, 1));
  EXPECT_NE(r.warnings[0].find("193"), std::string::npos);
}

TEST(FixedTerm, D9NoOrdinaryNoticeAndD12FiveYears) {
  ContractFacts f = dienst(FeePeriod::month);
  f.start = d(2026, 1, 1);
  f.fixed_end = d(2026, 6, 30);
  auto a = termination_routes(f, at(d(2026, 3, 10), Party::client));
  const Route* fixed = route(a, RouteKind::fixed_term);
  ASSERT_TRUE(fixed);
  EXPECT_FALSE(fixed->open);
  EXPECT_EQ(fixed->end, d(2026, 6, 30));
  EXPECT_FALSE(fixed->money.empty());  // § 615: the fee stays owed
  EXPECT_TRUE(route(a, RouteKind::for_cause)->open);
  // D12: seven years from 2024; notice from 2029-01-01, the earliest end 2029-07-01.
  f.start = d(2024, 1, 1);
  f.fixed_end = d(2030, 12, 31);
  auto advice = termination_routes(f, at(d(2026, 3, 10)));
  auto five = route(advice, RouteKind::five_years);
  ASSERT_TRUE(five);
  EXPECT_EQ(five->latest_receipt, d(2029, 1, 1));
  EXPECT_EQ(five->end, d(2029, 7, 1));
  EXPECT_FALSE(
      route(termination_routes(f, at(d(2026, 3, 10), Party::client)), RouteKind::five_years));
}

TEST(Trust627, D11AtAnyTimeButNotForARetainer) {
  ContractFacts f = dienst(FeePeriod::none);
  f.pricing = Pricing::hourly;
  f.trust_based = true;
  auto r = *route(termination_routes(f, at(d(2026, 3, 12), Party::client)), RouteKind::trust);
  EXPECT_TRUE(r.open);
  EXPECT_EQ(r.end, d(2026, 3, 12));
  EXPECT_EQ(r.paragraphs.back(), "§ 628 BGB");
  auto mine = *route(termination_routes(f, at(d(2026, 3, 12))), RouteKind::trust);
  EXPECT_NE(mine.warnings[0].find("untimely"), std::string::npos);
  f.pricing = Pricing::retainer;
  EXPECT_FALSE(route(termination_routes(f, at(d(2026, 3, 12))), RouteKind::trust)->open);
  f.trust_based = false;
  EXPECT_FALSE(route(termination_routes(f, at(d(2026, 3, 12))), RouteKind::trust)->open);
}

ContractFacts werk(Cents price, Cents performed) {
  ContractFacts f;
  f.type = ContractType::werkvertrag;
  f.pricing = Pricing::flat_fee;
  f.price = price;
  f.performed = performed;
  return f;
}

TEST(Werkvertrag, W1ClientsFreeTerminationWithTheFivePercentPresumption) {
  auto r = *route(termination_routes(werk(2000000, 600000), at(d(2026, 4, 8), Party::client)),
                  RouteKind::free_termination);
  EXPECT_TRUE(r.open);
  EXPECT_EQ(r.end, d(2026, 4, 8));
  EXPECT_EQ(r.claim, 670000);
}

TEST(Werkvertrag, W2CooperationDeadline) {
  auto r = *route(termination_routes(werk(2000000, 0), at(d(2026, 3, 2))), RouteKind::cooperation);
  EXPECT_EQ(r.deadline, d(2026, 3, 16));
  EXPECT_EQ(r.end, d(2026, 3, 16));
}

TEST(Werkvertrag, W3ForCauseWithinAReasonableTime) {
  auto req = at(d(2026, 4, 24));
  req.cause_known = d(2026, 4, 20);
  auto r = *route(termination_routes(werk(2000000, 900000), req), RouteKind::for_cause_work);
  EXPECT_EQ(r.end, d(2026, 4, 24));
  EXPECT_NE(r.steps[1].find("green"), std::string::npos);
  req.cause_known = d(2026, 1, 10);
  r = *route(termination_routes(werk(2000000, 900000), req), RouteKind::for_cause_work);
  EXPECT_NE(r.steps[1].find("red"), std::string::npos);
}

TEST(Werkvertrag, W4TheContractorHasNoOrdinaryNotice) {
  auto a = termination_routes(werk(500000, 100000), at(d(2026, 3, 10)));
  EXPECT_FALSE(route(a, RouteKind::free_termination)->open);
  EXPECT_FALSE(route(a, RouteKind::ordinary));
  EXPECT_TRUE(route(a, RouteKind::mutual)->open);
  EXPECT_TRUE(route(a, RouteKind::rescission)->open);
}

TEST(Werkvertrag, W5TheClientMayEndOverAnExceededEstimate) {
  auto advice = termination_routes(werk(300000, 100000), at(d(2026, 3, 10), Party::client));
  auto r = route(advice, RouteKind::estimate_exceeded);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->paragraphs[0], "§ 649 BGB");
}

// Framework agreements: F1–F6.
struct FrameworkCase {
  const char* name;
  const char* clause;
  std::optional<Date> start;
  std::optional<int> initial_months;
  std::optional<int> renewal_months;
  bool during_minimum = true;
  Date receipt;
  Date end;
};

class Framework : public ::testing::TestWithParam<FrameworkCase> {};

TEST_P(Framework, EarliestEndAsLawMdComputes) {
  const auto& c = GetParam();
  NoticeClause clause = parse_notice_clause(c.clause, "--notice");
  std::optional<ContractTerm> term;
  if (c.start) {
    term = ContractTerm{};
    term->start = *c.start;
    term->initial_count = c.initial_months;
    term->renewal_count = c.renewal_months;
    term->notice_during_minimum_term = c.during_minimum;
  }
  EXPECT_EQ(earliest_end(clause, term, c.receipt).end, c.end) << c.name;
}

INSTANTIATE_TEST_SUITE_P(
    LawMd, Framework,
    ::testing::Values(FrameworkCase{"F1", "3 Monate zum Ende der Laufzeit", d(2025, 4, 1), 12, 12,
                                    true, d(2025, 12, 31), d(2026, 3, 31)},
                      FrameworkCase{"F1b", "3 Monate zum Ende der Laufzeit", d(2025, 4, 1), 12, 12,
                                    true, d(2026, 1, 15), d(2027, 3, 31)},
                      FrameworkCase{"F2", "1 Monat zum Monatsende", d(2026, 1, 1), 6, std::nullopt,
                                    true, d(2026, 5, 20), d(2026, 6, 30)},
                      FrameworkCase{"F2b", "1 Monat zum Monatsende", d(2026, 1, 1), 6, std::nullopt,
                                    true, d(2026, 6, 10), d(2026, 7, 31)},
                      FrameworkCase{"F2c", "1 Monat zum Monatsende", d(2026, 1, 1), 6, std::nullopt,
                                    true, d(2026, 2, 1), d(2026, 6, 30)},
                      FrameworkCase{"F2d", "1 Monat zum Monatsende", d(2026, 1, 1), 6, std::nullopt,
                                    false, d(2026, 2, 1), d(2026, 8, 31)},
                      FrameworkCase{"F3", "6 Wochen zum Quartalsende", std::nullopt, std::nullopt,
                                    std::nullopt, true, d(2026, 8, 19), d(2026, 9, 30)},
                      FrameworkCase{"F3b", "6 weeks to the end of a quarter", std::nullopt,
                                    std::nullopt, std::nullopt, true, d(2026, 8, 20),
                                    d(2026, 12, 31)},
                      FrameworkCase{"F4", "3 Monate zum Jahresende", std::nullopt, std::nullopt,
                                    std::nullopt, true, d(2026, 9, 30), d(2026, 12, 31)},
                      FrameworkCase{"F4b", "3 Monate zum Jahresende", std::nullopt, std::nullopt,
                                    std::nullopt, true, d(2026, 10, 1), d(2027, 12, 31)},
                      FrameworkCase{"F5", "2 Wochen zum Laufzeitende", d(2026, 1, 31), 1, 1, true,
                                    d(2026, 2, 14), d(2026, 2, 28)},
                      FrameworkCase{"F5b", "2 Wochen zum Laufzeitende", d(2026, 1, 31), 1, 1, true,
                                    d(2026, 2, 15), d(2026, 3, 31)},
                      FrameworkCase{"F6", "4 Wochen", std::nullopt, std::nullopt, std::nullopt,
                                    true, d(2026, 3, 10), d(2026, 4, 7)},
                      // Our own: a term starting on the 31st in a leap year, and an English clause.
                      FrameworkCase{"leap_31", "1 month to the end of the term", d(2028, 1, 31), 1,
                                    1, true, d(2028, 1, 15), d(2028, 2, 29)}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(Framework, LatestReceiptAndTheTermChain) {
  NoticeClause three = parse_notice_clause("3 Monate zum Ende der Laufzeit", "--notice");
  EXPECT_EQ(latest_receipt(three, d(2026, 3, 31)), d(2025, 12, 31));  // F1
  EXPECT_EQ(latest_receipt(three, d(2027, 3, 31)), d(2026, 12, 31));  // F1b
  EXPECT_EQ(latest_receipt(three, d(2026, 6, 30)), d(2026, 3, 31));   // month end to month end
  ContractTerm monthly;
  monthly.start = d(2026, 1, 31);
  monthly.initial_count = 1;
  monthly.renewal_count = 1;
  auto ends = term_ends(monthly, d(2026, 5, 1));
  ASSERT_GE(ends.size(), 4u);
  EXPECT_EQ(ends[0], d(2026, 2, 28));  // § 188 Abs. 3
  EXPECT_EQ(ends[1], d(2026, 3, 31));  // § 190
  EXPECT_EQ(ends[2], d(2026, 4, 30));
}

TEST(NoticeClauses, ReadGermanAndEnglishAndRefuseTheRest) {
  auto c = parse_notice_clause("drei Monate zum Quartalsende", "--notice");
  EXPECT_EQ(c.count, 3);
  EXPECT_EQ(c.unit, PeriodKind::months);
  EXPECT_EQ(c.anchor, Anchor::quarter);
  c = parse_notice_clause("4 Wochen zum Monatsende", "--notice");
  EXPECT_EQ(c.unit, PeriodKind::weeks);
  EXPECT_EQ(c.anchor, Anchor::month);
  c = parse_notice_clause("14 days", "--notice");
  EXPECT_EQ(c.unit, PeriodKind::days);
  EXPECT_EQ(c.anchor, Anchor::none);
  c = parse_notice_clause("1 Jahr zum Ende der Laufzeit", "--notice");
  EXPECT_EQ(c.count, 12);
  EXPECT_EQ(c.anchor, Anchor::term);
  for (const char* bad :
       {"angemessen", "zum Monatsende", "3 Fortnights", "2 Monate zum Mond", "0 Tage"}) {
    try {
      parse_notice_clause(bad, "--notice");
      ADD_FAILURE() << bad;
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ErrorCode::data);
      EXPECT_NE(e.hint().find("3 Monate zum Ende der Laufzeit"), std::string::npos);
    }
  }
}

TEST(Holidays, EasterAndTheStates) {
  EXPECT_EQ(easter_sunday(2026), d(2026, 4, 5));
  EXPECT_EQ(easter_sunday(2027), d(2027, 3, 28));
  EXPECT_EQ(easter_sunday(2028), d(2028, 4, 16));
  EXPECT_TRUE(holiday_on(d(2026, 4, 6), std::nullopt));      // Easter Monday everywhere
  EXPECT_TRUE(holiday_on(d(2026, 5, 14), std::nullopt));     // Ascension Day
  EXPECT_TRUE(holiday_on(d(2026, 6, 4), Bundesland::BY));    // Corpus Christi in Bayern
  EXPECT_FALSE(holiday_on(d(2026, 6, 4), Bundesland::BE));   // not in Berlin
  EXPECT_TRUE(holiday_on(d(2026, 3, 8), Bundesland::BE));    // Women's Day in Berlin
  EXPECT_TRUE(holiday_on(d(2026, 11, 18), Bundesland::SN));  // Repentance Day in Sachsen
  EXPECT_FALSE(holiday_on(d(2026, 11, 18), Bundesland::BY));
  EXPECT_TRUE(holiday_on(d(2026, 10, 31), Bundesland::NI));  // Reformation Day since 2018
  EXPECT_FALSE(holiday_on(d(2016, 10, 31), Bundesland::NI));
  EXPECT_TRUE(holiday_on(d(2017, 10, 31), Bundesland::BY));  // the jubilee year
  EXPECT_TRUE(holiday_on(d(2026, 1, 6), Bundesland::BW));
  EXPECT_EQ(parse_bundesland("Nordrhein-Westfalen", "bundesland"), Bundesland::NW);
  EXPECT_EQ(parse_bundesland("by", "bundesland"), Bundesland::BY);
  EXPECT_THROW(parse_bundesland("Bavarien", "bundesland"), Error);
}

// Payment: P1–P7.
TEST(Payment, P1DefaultAfterThirtyDaysInterestAndFee) {
  DefaultFacts f;
  f.due = f.invoice_received = d(2026, 2, 2);
  auto s = default_start(f);
  EXPECT_EQ(s.last_pay_day, d(2026, 3, 4));
  EXPECT_EQ(s.first_day, d(2026, 3, 5));
  EXPECT_EQ(s.paragraph, "§ 286 Abs. 3 BGB");
  auto i = default_interest(500000, s.first_day, d(2026, 4, 15), shipped_base_rates());
  ASSERT_EQ(i.spans.size(), 1u);
  EXPECT_EQ(i.spans[0].days, 41);
  EXPECT_DOUBLE_EQ(i.spans[0].percent, 10.27);
  EXPECT_EQ(i.interest, 5768);
  EXPECT_EQ(i.flat_fee, 4000);
}

TEST(Payment, P2TheLastDayMovesOffEaster) {
  DefaultFacts f;
  f.due = f.invoice_received = d(2026, 3, 6);
  auto s = default_start(f);
  EXPECT_EQ(s.last_pay_day, d(2026, 4, 7));
  EXPECT_EQ(s.first_day, d(2026, 4, 8));
}

TEST(Payment, P3AReminderComesFirst) {
  DefaultFacts f;
  f.due = f.invoice_received = d(2026, 4, 20);
  EXPECT_EQ(default_start(f).first_day, d(2026, 5, 21));
  f.reminder_received = d(2026, 5, 4);
  auto s = default_start(f);
  EXPECT_EQ(s.first_day, d(2026, 5, 5));
  EXPECT_EQ(s.paragraph, "§ 286 Abs. 1 BGB");
}

TEST(Payment, P4InterestAcrossARateChange) {
  auto i = default_interest(1200000, d(2025, 5, 1), d(2025, 9, 1), shipped_base_rates());
  ASSERT_EQ(i.spans.size(), 2u);
  EXPECT_EQ(i.spans[0].days, 61);
  EXPECT_DOUBLE_EQ(i.spans[0].percent, 11.27);
  EXPECT_EQ(i.spans[1].days, 62);
  EXPECT_DOUBLE_EQ(i.spans[1].percent, 10.27);
  EXPECT_EQ(i.interest, 43536);
}

TEST(Payment, P5P6P7Limitation) {
  EXPECT_EQ(limitation(d(2026, 11, 20), std::nullopt).starts, d(2027, 1, 1));
  EXPECT_EQ(limitation(d(2026, 11, 20), std::nullopt).last_day, d(2029, 12, 31));
  EXPECT_EQ(limitation(d(2025, 3, 15), std::nullopt).nominal_end, d(2028, 12, 31));
  EXPECT_EQ(limitation(d(2025, 3, 15), std::nullopt).last_day, d(2029, 1, 2));
  EXPECT_EQ(limitation(d(2023, 12, 30), std::nullopt).last_day, d(2026, 12, 31));
  EXPECT_EQ(limitation(d(2024, 1, 2), std::nullopt).last_day, d(2027, 12, 31));
}

TEST(Payment, AnAgreedDateAndAStateHoliday) {
  DefaultFacts f;
  f.due = f.invoice_received = d(2026, 5, 5);  // day 30: Thursday 4 June, Corpus Christi
  f.state = Bundesland::BY;
  EXPECT_EQ(default_start(f).last_pay_day, d(2026, 6, 5));
  f.state = Bundesland::BE;
  EXPECT_EQ(default_start(f).last_pay_day, d(2026, 6, 4));
  f.agreed_calendar_due = d(2026, 5, 19);
  auto s = default_start(f);
  EXPECT_EQ(s.first_day, d(2026, 5, 20));
  EXPECT_EQ(s.paragraph, "§ 286 Abs. 2 Nr. 1 BGB");
}

TEST(Payment, WithoutAKnownRateTheDaysAreMarked) {
  auto i = default_interest(100000, d(2014, 1, 1), d(2014, 1, 11), shipped_base_rates());
  EXPECT_EQ(i.interest, 0);
  EXPECT_EQ(i.missing_rate_from, d(2014, 1, 1));
  std::vector<BaseRate> mine = shipped_base_rates();
  mine.push_back({d(2026, 7, 1), 1.02, false});
  EXPECT_DOUBLE_EQ(base_rate_on(mine, d(2026, 8, 1))->percent, 1.02);
}

TEST(Disclaimer, SaysItIsNoLegalAdvice) {
  EXPECT_NE(disclaimer().find("not legal advice"), std::string::npos);
}

}  // namespace
}  // namespace rapport::law
