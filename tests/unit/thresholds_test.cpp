// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "core/error.hpp"
#include "core/health.hpp"
#include "i18n/i18n.hpp"

namespace rapport {
namespace {

using namespace std::chrono;
const Date kToday{year{2026}, month{3}, day{10}};
Date ago(int days) {
  return add_days(kToday, -days);
}

Threshold rule(const char* metric, const char* comparison, const char* value, const char* level,
               const char* window = "1y") {
  Threshold t;
  t.metric = parse_metric(metric, "METRIC");
  t.comparison = parse_comparison(comparison, "COMPARISON");
  parse_threshold_value(t, value, "VALUE");
  t.level = parse_level(level, "--level");
  t.window = parse_window(window, "--window");
  return t;
}

TEST(Thresholds, ValuesAreReadInTheMetricsTerms) {
  EXPECT_EQ(rule("short_notice_cancellations", ">=", "2", "address").value, 2.0);
  Threshold relative = rule("effective_rate", "<", "80%", "address");
  EXPECT_TRUE(relative.relative_to_target);
  EXPECT_DOUBLE_EQ(relative.value, 0.8);
  Threshold absolute = rule("effective_rate", "<", "75,50", "address");
  EXPECT_FALSE(absolute.relative_to_target);
  EXPECT_EQ(absolute.value, 7550.0);
  EXPECT_DOUBLE_EQ(rule("scope_creep", ">", "20%", "address").value, 0.2);
  EXPECT_DOUBLE_EQ(rule("scope_creep", ">", "0.2", "address").value, 0.2);
  EXPECT_EQ(rule("overdue_open", ">=", "1.500,00", "leave").value, 150000.0);
  EXPECT_EQ(rule("mood", "<=", "-1", "address").value, -1.0);
  EXPECT_EQ(rule("hours", ">", "10h", "tolerate").value, 10.0);
  EXPECT_EQ(threshold_value_text(relative), "80%");
  EXPECT_EQ(threshold_value_text(rule("overdue_open", ">=", "1500", "leave")), "1500.00");
  EXPECT_FALSE(rule("rude_tone", ">=", "3", "leave", "all").window.has_value());
}

TEST(Thresholds, InvalidRulesAreRefusedWithTheAllowedValues) {
  try {
    rule("politeness", ">=", "1", "address");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::data);
    EXPECT_NE(e.hint().find("short_notice_cancellations"), std::string::npos);
  }
  EXPECT_THROW(rule("rude_tone", "=>", "1", "address"), Error);
  EXPECT_THROW(rule("rude_tone", ">=", "1.5", "address"), Error);
  EXPECT_THROW(rule("rude_tone", ">=", "-1", "address"), Error);
  EXPECT_THROW(rule("rude_tone", ">=", "1", "panic"), Error);
  EXPECT_THROW(rule("rude_tone", ">=", "1", "address", "forever"), Error);
  EXPECT_THROW(rule("mood", "<", "-3", "address"), Error);
  EXPECT_THROW(rule("scope_creep", ">", "viel", "address"), Error);
  try {
    rule("days_late_avg", ">=", "two weeks", "address");
    FAIL();
  } catch (const Error& e) {
    EXPECT_NE(e.message().find("VALUE"), std::string::npos);
    EXPECT_NE(e.message().find("days_late_avg"), std::string::npos);
  }
}

TEST(Thresholds, Comparisons) {
  EXPECT_TRUE(compare(2, Comparison::greater_equal, 2));
  EXPECT_FALSE(compare(2, Comparison::greater, 2));
  EXPECT_TRUE(compare(0.79, Comparison::less, 0.8));
  EXPECT_TRUE(compare(-1, Comparison::less_equal, -1));
  EXPECT_TRUE(compare(3, Comparison::equal, 3));
}

TEST(Thresholds, RelativeRulesNeedATargetRate) {
  Threshold t = rule("effective_rate", "<", "80%", "address");
  MetricValue rate{7000.0, {}};
  EXPECT_DOUBLE_EQ(*comparable_value(t, rate, 10000), 0.7);
  EXPECT_FALSE(comparable_value(t, rate, std::nullopt));
  EXPECT_FALSE(comparable_value(t, MetricValue{}, 10000));
}

TEST(Thresholds, DefaultsAreValidAndTranslated) {
  auto defaults = default_thresholds();
  EXPECT_GE(defaults.size(), 10u);
  bool any_leave = false;
  for (const auto& t : defaults) any_leave = any_leave || t.level == Level::leave;
  EXPECT_TRUE(any_leave);
  EXPECT_EQ(defaults.front().note,
            "Two short-notice cancellations in a quarter: talk about the cancellation terms.");
  i18n::ScopedLanguage german(i18n::Language::de);
  EXPECT_NE(default_thresholds().front().note.find("kurzfristige Absagen"), std::string::npos);
}

class HealthTest : public ::testing::Test {
 protected:
  HealthTest() {
    record.client.id = 1;
    ctx.today = kToday;
    ctx.core_days = {0, 1, 2, 3, 4};
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
  Health health(const std::vector<Threshold>& rules) {
    return assess(record, rules, Period{365, PeriodUnit::days}, ctx);
  }
  ClientRecord record;
  MetricContext ctx;
};

TEST_F(HealthTest, NothingRecordedIsUnknown) {
  Health h = health(default_thresholds());
  EXPECT_EQ(h.band, Band::unknown);
  EXPECT_FALSE(h.score);
  EXPECT_TRUE(h.reasons.empty());
}

TEST_F(HealthTest, TheWorstLevelDecidesTheBand) {
  std::vector<Threshold> rules = {rule("rude_tone", ">=", "1", "address", "90d"),
                                  rule("rude_tone", ">=", "3", "leave", "1y"),
                                  rule("no_shows", ">=", "5", "tolerate", "1y")};
  fact(FactKind::appreciation, ago(3));
  Health green = health(rules);
  EXPECT_EQ(green.band, Band::green);
  ASSERT_TRUE(green.score);
  EXPECT_GE(*green.score, 67);

  fact(FactKind::rude_tone, ago(200));
  fact(FactKind::rude_tone, ago(150));
  EXPECT_EQ(health(rules).band, Band::green) << "old rude tone: nothing to address now";
  fact(FactKind::rude_tone, ago(10));
  Health red = health(rules);
  EXPECT_EQ(red.band, Band::red);
  ASSERT_EQ(red.reasons.size(), 2u);
  EXPECT_EQ(red.reasons[0].rule.level, Level::leave);  // worst first
  EXPECT_EQ(red.reasons[0].value.evidence.size(), 3u);
  EXPECT_EQ(red.reasons[1].rule.level, Level::address);
  EXPECT_LE(*red.score, 33);
}

TEST_F(HealthTest, OneRedLineIsNeverAveragedAway) {
  std::vector<Threshold> rules = {rule("max_days_overdue", ">=", "60", "leave")};
  for (int i = 0; i < 20; ++i) fact(FactKind::appreciation, ago(i + 1)).mood = 2;
  InvoiceLedger l;
  l.invoice.id = 1;
  l.invoice.number = "R1";
  l.invoice.issue_date = ago(90);
  l.invoice.due_date = ago(75);
  l.invoice.net = 1000;
  record.invoices.push_back(l);
  Health h = health(rules);
  EXPECT_EQ(h.band, Band::red);
  EXPECT_LE(*h.score, 33);
  EXPECT_EQ(h.reasons[0].value.evidence[0].what, "R1");
}

TEST_F(HealthTest, ScoresRankWithinABand) {
  std::vector<Threshold> rules = {rule("complaints", ">=", "1", "address", "90d")};
  fact(FactKind::complaint, ago(5));
  Health one = health(rules);
  fact(FactKind::complaint, ago(6));
  fact(FactKind::complaint, ago(7));
  Health three = health(rules);
  EXPECT_EQ(one.band, Band::yellow);
  EXPECT_EQ(three.band, Band::yellow);
  EXPECT_LT(*three.score, *one.score);
  fact(FactKind::referral, ago(8));
  fact(FactKind::appreciation, ago(9));
  EXPECT_GT(*health(rules).score, *three.score) << "positives raise the score";
}

TEST_F(HealthTest, TrendComparesTheLastNinetyDaysWithThePrevious) {
  fact(FactKind::rude_tone, ago(120));
  fact(FactKind::cancellation, ago(130));
  fact(FactKind::appreciation, ago(10));
  EXPECT_EQ(health({}).trend, Trend::better);
  fact(FactKind::dispute, ago(5)).severity = 3;
  fact(FactKind::complaint, ago(6)).severity = 3;
  EXPECT_EQ(health({}).trend, Trend::worse);
}

TEST_F(HealthTest, RangesCoverEveryRuleWindow) {
  auto ranges = ranges_needed(
      {rule("rude_tone", ">=", "1", "address", "90d"), rule("rude_tone", ">=", "3", "leave", "6m")},
      Period{365, PeriodUnit::days}, kToday);
  auto has = [&](DateRange r) {
    return std::find(ranges.begin(), ranges.end(), r) != ranges.end();
  };
  EXPECT_TRUE(has(window_range(Period{90, PeriodUnit::days}, kToday)));
  EXPECT_TRUE(has(window_range(Period{6, PeriodUnit::months}, kToday)));
  EXPECT_TRUE(has(window_range(Period{365, PeriodUnit::days}, kToday)));
  EXPECT_TRUE(has(trend_ranges(kToday).previous));
}

}  // namespace
}  // namespace rapport
