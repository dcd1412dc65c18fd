// SPDX-License-Identifier: GPL-3.0-or-later
// Every metric against expectations computed by hand.
#include <gtest/gtest.h>

#include "core/metrics.hpp"
#include "i18n/i18n.hpp"

namespace rapport {
namespace {

using namespace std::chrono;

const Date kToday{year{2026}, month{3}, day{10}};  // a Tuesday
Date ago(int days) {
  return add_days(kToday, -days);
}

class Metrics : public ::testing::Test {
 protected:
  Metrics() {
    record.client.id = 1;
    record.client.name = "Alpha";
    ctx.today = kToday;
    ctx.target_rate = 10000;  // €100 per hour
    ctx.core_hours = CoreHours{8 * 60, 18 * 60};
    ctx.core_days = {0, 1, 2, 3, 4};
    ctx.portfolio_revenue_last_year = 1000000;
    year_range = window_range(Period{365, PeriodUnit::days}, kToday);
    quarter = window_range(Period{90, PeriodUnit::days}, kToday);
  }

  Fact& fact(FactKind kind, Date date) {
    Fact f;
    f.id = static_cast<Id>(record.facts.size() + 1);
    f.client_id = 1;
    f.kind = kind;
    f.date = date;
    record.facts.push_back(f);
    return record.facts.back();
  }

  InvoiceLedger& invoice(Date issued, Date due, Cents net, Cents paid = 0,
                         std::optional<Date> paid_on = {}) {
    InvoiceLedger l;
    l.invoice.id = static_cast<Id>(record.invoices.size() + 1);
    l.invoice.client_id = 1;
    l.invoice.number = "R" + std::to_string(l.invoice.id);
    l.invoice.issue_date = issued;
    l.invoice.due_date = due;
    l.invoice.net = net;
    l.paid = paid;
    l.last_paid_on = paid_on;
    if (paid >= net) l.invoice.status = InvoiceStatus::paid;
    record.invoices.push_back(l);
    return record.invoices.back();
  }

  std::optional<double> value(Metric m, const DateRange& range) {
    return compute(m, record, range, ctx).value;
  }

  ClientRecord record;
  MetricContext ctx;
  DateRange year_range, quarter;
};

TEST(WindowRange, EdgesAreInclusive) {
  EXPECT_EQ(window_range(Period{90, PeriodUnit::days}, kToday), (DateRange{ago(89), kToday}));
  EXPECT_EQ(window_range(Period{1, PeriodUnit::years}, kToday),
            (DateRange{Date{year{2025}, month{3}, day{11}}, kToday}));
  EXPECT_EQ(window_range(Period{6, PeriodUnit::months}, kToday),
            (DateRange{Date{year{2025}, month{9}, day{11}}, kToday}));
  EXPECT_EQ(window_range(std::nullopt, kToday).first, kBeginningOfTime);
  auto t = trend_ranges(kToday);
  EXPECT_EQ(t.recent, (DateRange{ago(89), kToday}));
  EXPECT_EQ(t.previous, (DateRange{ago(179), ago(90)}));
}

TEST_F(Metrics, CountsAreUnknownWithoutAnyActivity) {
  EXPECT_FALSE(value(Metric::rude_tone, quarter));
  EXPECT_FALSE(value(Metric::short_notice_cancellations, quarter));
  fact(FactKind::note, ago(3));
  EXPECT_EQ(value(Metric::rude_tone, quarter), 0.0);
}

TEST_F(Metrics, FactCountsRespectTheWindowEdges) {
  fact(FactKind::rude_tone, ago(89));  // inside 90 days
  fact(FactKind::rude_tone, ago(90));  // just outside
  fact(FactKind::rude_tone, kToday);
  fact(FactKind::complaint, ago(10));
  fact(FactKind::no_show, ago(20));
  fact(FactKind::broken_agreement, ago(200));
  fact(FactKind::appreciation, ago(5));
  fact(FactKind::referral, ago(300));
  EXPECT_EQ(value(Metric::rude_tone, quarter), 2.0);
  EXPECT_EQ(value(Metric::rude_tone, year_range), 3.0);
  EXPECT_EQ(value(Metric::complaints, quarter), 1.0);
  EXPECT_EQ(value(Metric::no_shows, quarter), 1.0);
  EXPECT_EQ(value(Metric::broken_agreements, quarter), 0.0);
  EXPECT_EQ(value(Metric::broken_agreements, year_range), 1.0);
  EXPECT_EQ(value(Metric::positives, quarter), 1.0);
  EXPECT_EQ(value(Metric::positives, year_range), 2.0);
  auto v = compute(Metric::rude_tone, record, quarter, ctx);
  ASSERT_EQ(v.evidence.size(), 2u);
  EXPECT_EQ(v.evidence[0].id, 1);
  EXPECT_EQ(v.evidence[0].date, ago(89));
}

TEST_F(Metrics, ShortNoticeUsesTheAgreedNotice) {
  Agreement coaching;
  coaching.id = 7;
  coaching.client_id = 1;
  coaching.cancellation_notice = 48 * 60;
  record.agreements.push_back(coaching);
  fact(FactKind::cancellation, ago(5)).notice =
      30 * 60;  // unlinked, one running agreement: 48 h apply
  Fact& linked = fact(FactKind::cancellation, ago(6));
  linked.notice = 47 * 60;
  linked.agreement_id = 7;
  fact(FactKind::cancellation, ago(7)).notice = 50 * 60;  // enough notice
  fact(FactKind::cancellation, ago(8));                   // notice unknown: not counted
  EXPECT_EQ(value(Metric::short_notice_cancellations, quarter), 2.0);
  record.agreements.clear();  // without an agreement 24 h apply
  EXPECT_EQ(value(Metric::short_notice_cancellations, quarter), 0.0);
  record.facts[0].notice = 23 * 60;  // e.g. 24 wall-clock hours across the spring DST change
  EXPECT_EQ(value(Metric::short_notice_cancellations, quarter), 1.0);
}

TEST_F(Metrics, RevenueHoursAndEffectiveRate) {
  EXPECT_FALSE(value(Metric::revenue, year_range));
  EXPECT_FALSE(value(Metric::effective_rate, year_range));
  record.time[year_range] = TimeTotals{50 * 60, 10 * 60, 20};
  EXPECT_EQ(value(Metric::hours, year_range), 50.0);
  EXPECT_EQ(value(Metric::revenue, year_range), 0.0);
  EXPECT_FALSE(value(Metric::effective_rate, year_range))
      << "work not yet invoiced is no zero rate";
  invoice(ago(30), ago(16), 400000, 400000, ago(16));
  invoice(ago(400), ago(386), 999900, 999900, ago(380));  // outside the window
  Invoice& voided = invoice(ago(20), ago(6), 50000).invoice;
  voided.status = InvoiceStatus::cancelled;
  EXPECT_EQ(value(Metric::revenue, year_range), 400000.0);
  EXPECT_EQ(value(Metric::effective_rate, year_range), 8000.0);     // €4,000 / 50 h = €80
  EXPECT_DOUBLE_EQ(*value(Metric::scope_creep, year_range), 0.25);  // 10 h out of 40 h in scope
}

TEST_F(Metrics, DaysLateAreWeightedByAmount) {
  // €1,000 paid 10 days late, €3,000 paid on time, €500 open and 20 days overdue.
  invoice(ago(60), ago(40), 100000, 100000, ago(30));
  invoice(ago(50), ago(35), 300000, 300000, ago(35));
  invoice(ago(34), ago(20), 50000);
  invoice(ago(5), add_days(kToday, 9), 70000);  // not due yet: left out
  EXPECT_DOUBLE_EQ(*value(Metric::days_late_avg, quarter),
                   (10.0 * 1000 + 0 * 3000 + 20.0 * 500) / 4500);
  EXPECT_EQ(value(Metric::overdue_open, quarter), 50000.0);
  EXPECT_EQ(value(Metric::max_days_overdue, quarter), 20.0);
  auto v = compute(Metric::days_late_avg, record, quarter, ctx);
  EXPECT_EQ(v.evidence.size(), 2u);  // the late ones
}

TEST_F(Metrics, PartialPaymentsKeepAnInvoiceOverdue) {
  InvoiceLedger& l = invoice(ago(45), ago(31), 100000, 40000, ago(10));
  l.invoice.gross = 119000;
  EXPECT_EQ(value(Metric::overdue_open, quarter), 79000.0);
  EXPECT_EQ(value(Metric::max_days_overdue, quarter), 31.0);
  EXPECT_EQ(value(Metric::days_late_avg, quarter), 31.0);
}

TEST_F(Metrics, NoInvoicesMeansUnknownMoneyMetrics) {
  fact(FactKind::note, ago(1));
  EXPECT_FALSE(value(Metric::overdue_open, quarter));
  EXPECT_FALSE(value(Metric::days_late_avg, quarter));
}

TEST_F(Metrics, IncludedHoursAndRevisionRoundsBurn) {
  Agreement website;
  website.id = 3;
  website.client_id = 1;
  website.included_minutes = 20 * 60;
  website.included_revisions = 2;
  website.start = ago(100);
  Agreement ended = website;
  ended.id = 4;
  ended.ended_on = ago(1);
  record.agreements = {website, ended};
  record.agreement_minutes = {{3, 15 * 60}, {4, 99 * 60}};
  EXPECT_DOUBLE_EQ(*value(Metric::included_hours_burn, year_range), 0.75);
  fact(FactKind::revision_round, ago(50)).agreement_id = 3;
  fact(FactKind::revision_round, ago(40));   // unlinked, after the start: counts
  fact(FactKind::revision_round, ago(200));  // before the start: does not
  fact(FactKind::revision_round, ago(30)).agreement_id = 3;
  EXPECT_DOUBLE_EQ(*value(Metric::revision_rounds, year_range), 1.5);
  record.agreements.clear();
  EXPECT_FALSE(value(Metric::included_hours_burn, year_range));
  EXPECT_FALSE(value(Metric::revision_rounds, year_range));
}

TEST_F(Metrics, RevenueShareUsesTheLastTwelveMonths) {
  invoice(ago(100), ago(86), 250000, 250000, ago(86));
  invoice(ago(500), ago(486), 250000, 250000, ago(486));
  EXPECT_DOUBLE_EQ(*value(Metric::revenue_share, quarter), 0.25);  // whatever window was asked
  ctx.portfolio_revenue_last_year = 0;
  EXPECT_FALSE(value(Metric::revenue_share, quarter));
}

TEST_F(Metrics, AfterHoursNeedsThreeTimedItems) {
  fact(FactKind::call, ago(1)).minute_of_day = 9 * 60;   // Monday 09:00
  fact(FactKind::call, ago(2)).minute_of_day = 21 * 60;  // Sunday: a day off anyway
  EXPECT_FALSE(value(Metric::after_hours_share, quarter));
  fact(FactKind::call, ago(1)).minute_of_day = 18 * 60;  // 18:00 is after hours (end exclusive)
  fact(FactKind::call, ago(1)).minute_of_day = 17 * 60 + 59;
  fact(FactKind::note, ago(1));  // no time: not judged
  EXPECT_DOUBLE_EQ(*value(Metric::after_hours_share, quarter), 0.5);
}

TEST_F(Metrics, TheClientsMailCountsAfterHoursTheUsersOwnDoesNot) {
  fact(FactKind::call, ago(1)).minute_of_day = 10 * 60;                   // in hours
  record.messages.push_back({ago(1), 7 * 60 + 45, true});                 // Monday 07:45
  record.messages.push_back({ago(3), 22 * 60 + 40, true});                // Saturday night
  record.messages.push_back({ago(1), 23 * 60, false});                    // the user's own reply
  EXPECT_DOUBLE_EQ(*value(Metric::after_hours_share, quarter), 2.0 / 3);  // 2 of 3 items
  auto v = compute(Metric::after_hours_share, record, quarter, ctx);
  ASSERT_FALSE(v.evidence.empty());
  EXPECT_EQ(v.evidence.back().kind, Evidence::Kind::mail);
  EXPECT_EQ(v.evidence.back().what, "2");
}

TEST_F(Metrics, MailPerMonthAndHoursPerMail) {
  // Without imported mail the mail metrics are unknown, not zero.
  EXPECT_FALSE(value(Metric::mail_per_month, quarter));
  EXPECT_FALSE(value(Metric::hours_per_mail, quarter));
  for (int i = 0; i < 30; ++i) record.messages.push_back({ago(i * 3), 10 * 60, i % 2 == 0});
  record.time[quarter] = TimeTotals{6 * 60, 0, 4};
  // 30 mails in 90 days: 30 / (90 / 30.4375) per month.
  EXPECT_NEAR(*value(Metric::mail_per_month, quarter), 30.0 / (90.0 / 30.4375), 1e-9);
  EXPECT_DOUBLE_EQ(*value(Metric::hours_per_mail, quarter), 6.0 / 30);
  // Fewer than ten mails in the window say nothing per mail.
  DateRange week = window_range(Period{7, PeriodUnit::days}, kToday);
  record.time[week] = TimeTotals{60, 0, 1};
  EXPECT_FALSE(value(Metric::hours_per_mail, week));
  EXPECT_TRUE(value(Metric::mail_per_month, week));
  EXPECT_EQ(format_metric(Metric::hours_per_mail, 0.2, "EUR"), "0.2 h");
}

TEST_F(Metrics, MoodTeamDreadAndTrends) {
  fact(FactKind::meeting, ago(10)).mood = -2;
  record.facts.back().recorded_by = "Kim";
  fact(FactKind::call, ago(20)).mood = -1;
  record.facts.back().recorded_by = "kim";  // the same person
  fact(FactKind::call, ago(30)).mood = 1;
  record.facts.back().recorded_by = "Alex";
  fact(FactKind::call, ago(100)).mood = 2;
  fact(FactKind::call, ago(120)).mood = 1;
  fact(FactKind::call, ago(200)).mood = -2;
  record.facts.back().recorded_by = "Sam";  // outside 90 days: no dread now
  EXPECT_DOUBLE_EQ(*value(Metric::mood, quarter), -2.0 / 3);
  EXPECT_EQ(value(Metric::team_dread, year_range), 1.0);  // always over 90 days
  auto t = trend_ranges(kToday);
  auto recent = compute(Metric::mood, record, t.recent, ctx);
  auto previous = compute(Metric::mood, record, t.previous, ctx);
  EXPECT_EQ(trend_of(Metric::mood, recent, previous), Trend::worse);
  EXPECT_EQ(trend_of(Metric::rude_tone, MetricValue{1.0, {}}, MetricValue{3.0, {}}), Trend::better);
  EXPECT_EQ(trend_of(Metric::revenue, MetricValue{100.0, {}}, MetricValue{101.0, {}}), Trend::same);
  EXPECT_EQ(trend_of(Metric::revenue, MetricValue{}, MetricValue{1.0, {}}), Trend::unknown);
}

TEST(MetricNames, AreTheNamesOfTheDesign) {
  for (const char* name :
       {"revenue", "hours", "effective_rate", "scope_creep", "included_hours_burn",
        "revision_rounds", "short_notice_cancellations", "no_shows", "days_late_avg",
        "overdue_open", "revenue_share", "after_hours_share", "mail_per_month", "hours_per_mail",
        "mood", "team_dread", "positives"})
    EXPECT_TRUE(find_metric(name).has_value()) << name;
}

TEST(MetricFormat, InBothLanguages) {
  EXPECT_EQ(format_metric(Metric::scope_creep, 0.254, "EUR"), "25 %");
  EXPECT_EQ(format_metric(Metric::effective_rate, 8000, "EUR"), "€80.00 per hour");
  EXPECT_EQ(format_metric(Metric::mood, std::nullopt, "EUR"), "unknown");
  EXPECT_EQ(format_metric(Metric::days_late_avg, 1.2, "EUR"), "1 day");
  i18n::ScopedLanguage german(i18n::Language::de);
  EXPECT_EQ(format_metric(Metric::effective_rate, 8000, "EUR"), "80,00 € pro Stunde");
  EXPECT_EQ(format_metric(Metric::mood, -0.66, "EUR"), "-0,7");
  EXPECT_EQ(format_metric(Metric::days_late_avg, 14, "EUR"), "14 Tage");
  EXPECT_EQ(format_metric(Metric::hours, std::nullopt, "EUR"), "unbekannt");
}

}  // namespace
}  // namespace rapport
