// SPDX-License-Identifier: GPL-3.0-or-later
// The recommendation rules of docs/decisions.md, each rule and each tie, and the items
// rapport derives from the facts.
#include <gtest/gtest.h>

#include "core/conversation.hpp"
#include "core/decision.hpp"
#include "core/error.hpp"

namespace rapport {
namespace {

Date d(int y, unsigned m, unsigned day) {
  return Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{day}};
}

Breach breach(Metric metric, Level level, double value = 3) {
  Breach b;
  b.rule.metric = metric;
  b.rule.level = level;
  b.rule.comparison = Comparison::greater_equal;
  b.rule.value = 1;
  b.value.value = value;
  return b;
}

RecommendationInput weights(int pros, int cons) {
  RecommendationInput in;
  in.pro_weight = pros;
  in.con_weight = cons;
  return in;
}

TEST(Recommendation, AProblemThatPersistedPastTheFollowUpMeansLeave) {
  RecommendationInput in = weights(12, 3);  // pros outweigh: the persisting problem decides
  in.breaches = {breach(Metric::broken_agreements, Level::leave)};
  in.last_conversation = d(2025, 11, 30);
  in.persisting = {{Metric::broken_agreements, d(2025, 11, 30), d(2026, 1, 11)}};
  Recommendation r = recommend(in);
  EXPECT_EQ(r.choice, Choice::leave);
  EXPECT_EQ(r.rule, "leave_persisted");
}

TEST(Recommendation, CrossedThresholdsWithoutAConversationMeanChangeFirst) {
  RecommendationInput in = weights(1, 20);  // even when the cons outweigh by far
  in.breaches = {breach(Metric::rude_tone, Level::leave), breach(Metric::no_shows, Level::address)};
  Recommendation r = recommend(in);
  EXPECT_EQ(r.choice, Choice::change);
  EXPECT_EQ(r.rule, "change_talk_first");
}

TEST(Recommendation, TheUsersOwnSignalsAloneDoNotAskForATalkFirst) {
  // A bad gut feeling about a prospect is no conduct to talk about; the weights decide.
  RecommendationInput in = weights(2, 14);
  in.breaches = {breach(Metric::mood, Level::address, -1.7)};
  Recommendation r = recommend(in);
  EXPECT_EQ(r.choice, Choice::leave);
  EXPECT_EQ(r.rule, "leave_cons_outweigh");
}

TEST(Recommendation, ConsFarOutweighAtTwiceAndFiveMoreInclusive) {
  EXPECT_TRUE(cons_far_outweigh(5, 10));
  EXPECT_FALSE(cons_far_outweigh(5, 9));  // less than twice
  EXPECT_FALSE(cons_far_outweigh(4, 8));  // twice, but only four more
  EXPECT_TRUE(cons_far_outweigh(0, 5));
  EXPECT_FALSE(cons_far_outweigh(0, 4));
  EXPECT_EQ(recommend(weights(5, 10)).rule, "leave_cons_outweigh");
  EXPECT_EQ(recommend(weights(5, 9)).rule, "change_work_on_it");
}

TEST(Recommendation, NothingCrossedAndProsOutweighMeansLove) {
  RecommendationInput in = weights(9, 2);
  in.breaches = {breach(Metric::revenue_share, Level::tolerate, 0.4)};  // tolerated
  in.top_pros = {"Referenz", "Empfehlungen"};
  Recommendation r = recommend(in);
  EXPECT_EQ(r.choice, Choice::love);
  EXPECT_EQ(r.rule, "love_pros_outweigh");
  EXPECT_NE(r.reasons.back().find("Referenz; Empfehlungen"), std::string::npos);
}

TEST(Recommendation, ATieWithNothingCrossedLeansToLove) {
  Recommendation r = recommend(weights(4, 4));
  EXPECT_EQ(r.choice, Choice::love);
  EXPECT_EQ(recommend(weights(0, 0)).choice, Choice::love);
}

TEST(Recommendation, ConsAheadButNotFarMeansWorkOnIt) {
  EXPECT_EQ(recommend(weights(4, 5)).choice, Choice::change);
  // Crossed thresholds after a conversation whose follow-up has not passed: keep at it.
  RecommendationInput in = weights(9, 4);
  in.breaches = {breach(Metric::short_notice_cancellations, Level::address)};
  in.last_conversation = d(2026, 3, 1);
  Recommendation r = recommend(in);
  EXPECT_EQ(r.choice, Choice::change);
  EXPECT_EQ(r.rule, "change_work_on_it");
}

TEST(DecisionItems, WeightAfterTheLastColon) {
  DecisionItem i = parse_decision_item(Side::pro, " wichtige Referenz:4 ", "--pro");
  EXPECT_EQ(i.text, "wichtige Referenz");
  EXPECT_EQ(i.weight, 4);
  EXPECT_EQ(parse_decision_item(Side::con, "Meeting um 10:30 Uhr", "--con").weight, 3);
  EXPECT_EQ(parse_decision_item(Side::con, "Meeting um 10:30 Uhr", "--con").text,
            "Meeting um 10:30 Uhr");
  EXPECT_THROW(parse_decision_item(Side::pro, "Referenz:6", "--pro"), Error);
  EXPECT_THROW(parse_decision_item(Side::pro, "Referenz:0", "--pro"), Error);
  EXPECT_THROW(parse_decision_item(Side::pro, " :3", "--pro"), Error);
}

TEST(DecisionItems, DerivedFromTheFactsWithTheirSources) {
  DecisionBasis b;
  b.client.reference = true;
  b.revenue_share = 0.55;
  b.revenue_last_year = 5500000;
  b.effective_rate = 6000;  // 60 € against a target of 100 €
  b.target_rate = 10000;
  b.referrals = 2;
  b.appreciations = 1;
  b.breaches = {breach(Metric::rude_tone, Level::leave), breach(Metric::rude_tone, Level::address),
                breach(Metric::mood, Level::address, -1.5)};
  b.mood = -1.5;
  b.team_dread = 2;
  auto items = derived_items(b);
  auto find = [&](const std::string& source, Side side) -> const DecisionItem* {
    for (const auto& i : items)
      if (i.source == source && i.side == side) return &i;
    return nullptr;
  };
  ASSERT_TRUE(find("reference", Side::pro));
  EXPECT_EQ(find("reference", Side::pro)->weight, 4);
  ASSERT_TRUE(find("revenue_share", Side::pro));
  EXPECT_EQ(find("revenue_share", Side::pro)->weight, 5);
  ASSERT_TRUE(find("revenue_share", Side::con));  // more than half: dependency
  ASSERT_TRUE(find("effective_rate", Side::con));
  EXPECT_EQ(find("effective_rate", Side::con)->weight, 3);  // 60 % of the target
  EXPECT_EQ(find("referrals", Side::pro)->weight, 4);
  EXPECT_EQ(find("appreciation", Side::pro)->weight, 2);
  // One con per breached metric, weighted by its worst level.
  int rude = 0;
  for (const auto& i : items) rude += i.source == "threshold:rude_tone";
  EXPECT_EQ(rude, 1);
  EXPECT_EQ(find("threshold:rude_tone", Side::con)->weight, 5);
  // Mood is breached already: no second item for it; team dread is not.
  EXPECT_FALSE(find("mood", Side::con));
  EXPECT_EQ(find("team_dread", Side::con)->weight, 3);
}

TEST(FollowUp, ComparesAsManyDaysBeforeAsHavePassedSince) {
  auto r = follow_up_ranges(d(2026, 1, 10), d(2026, 2, 9));
  ASSERT_TRUE(r);
  EXPECT_EQ(r->after.first, d(2026, 1, 11));
  EXPECT_EQ(r->after.last, d(2026, 2, 9));
  EXPECT_EQ(r->before.first, d(2025, 12, 12));
  EXPECT_EQ(r->before.last, d(2026, 1, 10));
  EXPECT_FALSE(follow_up_ranges(d(2026, 1, 10), d(2026, 1, 10)));
}

TEST(FollowUp, EachTopicImprovedOrNot) {
  ClientRecord record;
  record.client.id = 1;
  auto fact = [&](FactKind kind, Date date, int notice_hours) {
    Fact f;
    f.client_id = 1;
    f.kind = kind;
    f.date = date;
    f.notice = notice_hours * 60;
    record.facts.push_back(f);
  };
  // Three late cancellations before the talk, none after; a rude tone before and after.
  fact(FactKind::cancellation, d(2026, 1, 2), 2);
  fact(FactKind::cancellation, d(2026, 1, 5), 3);
  fact(FactKind::cancellation, d(2026, 1, 8), 1);
  fact(FactKind::rude_tone, d(2026, 1, 3), 0);
  fact(FactKind::rude_tone, d(2026, 2, 1), 0);
  Conversation talk;
  talk.date = d(2026, 1, 10);
  talk.follow_up = d(2026, 2, 7);
  talk.topics = {{Metric::short_notice_cancellations, Level::address, 3},
                 {Metric::rude_tone, Level::address, 1}};
  MetricContext ctx;
  ctx.today = d(2026, 2, 9);
  auto ranges = follow_up_ranges(talk.date, ctx.today);
  record.time[ranges->before] = {};
  record.time[ranges->after] = {};
  FollowUp f = follow_up_of(talk, record, ctx);
  EXPECT_TRUE(f.due);
  ASSERT_EQ(f.topics.size(), 2u);
  EXPECT_EQ(f.topics[0].trend, Trend::better);
  EXPECT_EQ(f.topics[0].before.value, 3);
  EXPECT_EQ(f.topics[0].after.value, 0);
  EXPECT_EQ(f.topics[1].trend, Trend::same);
  EXPECT_EQ(f.improved(), 1);
  EXPECT_EQ(f.not_improved(), 1);
  ctx.today = d(2026, 2, 6);
  EXPECT_FALSE(follow_up_of(talk, record, ctx).due);
}

TEST(Conversation, TalkingPointsAreTheClientsConduct) {
  EXPECT_TRUE(is_talking_point(Metric::short_notice_cancellations));
  EXPECT_TRUE(is_talking_point(Metric::overdue_open));
  EXPECT_FALSE(is_talking_point(Metric::mood));
  EXPECT_FALSE(is_talking_point(Metric::revenue_share));
  EXPECT_FALSE(is_talking_point(Metric::team_dread));
}

}  // namespace
}  // namespace rapport
