// SPDX-License-Identifier: GPL-3.0-or-later
// Decisions, their items and answers, conversations and wishes, on every backend.
#include <gtest/gtest.h>

#include "backends.hpp"
#include "core/error.hpp"

namespace rapport {
namespace {

using namespace std::chrono;
using testing::Backend;
using testing::d;

class DecisionStoreTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    std::string name = ::testing::UnitTest::GetInstance()->current_test_info()->name();
    for (char& c : name)
      if (c == '/') c = '_';
    store_ = GetParam().make("decisions-" + name).first;
    Client c;
    c.name = "Nordlicht";
    client_ = store_->add_client(c);
  }
  Store& store() { return *store_; }
  DecisionItem item(Side side, const std::string& text, int weight) {
    DecisionItem i;
    i.side = side;
    i.text = text;
    i.weight = weight;
    return i;
  }

  std::unique_ptr<Store> store_;
  Id client_ = 0;
};

TEST_P(DecisionStoreTest, ItemsAreKeptPerTextAndChangeTheirWeight) {
  store().save_decision_item(client_, item(Side::pro, "Wichtige Referenz", 4));
  store().save_decision_item(client_, item(Side::con, "Sonderwünsche", 5));
  // The same text in other case changes the item instead of adding one.
  store().save_decision_item(client_, item(Side::pro, "wichtige referenz", 2));
  auto items = store().decision_items(client_);
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].side, Side::pro);
  EXPECT_EQ(items[0].text, "wichtige referenz");
  EXPECT_EQ(items[0].weight, 2);
  EXPECT_EQ(items[1].text, "Sonderwünsche");
  EXPECT_TRUE(store().remove_decision_item(client_, "SONDERWÜNSCHE"));
  EXPECT_FALSE(store().remove_decision_item(client_, "Sonderwünsche"));
  EXPECT_EQ(store().decision_items(client_).size(), 1u);
  EXPECT_THROW(store().save_decision_item(client_, item(Side::pro, "zu schwer", 9)), Error);
}

TEST_P(DecisionStoreTest, ChecklistAnswersAreReplacedAndRemovedByUnknown) {
  store().set_change_answer(client_, {ChangeQuestion::values_known, Answer::no, d(2026, 3, 1)});
  store().set_change_answer(client_, {ChangeQuestion::values_known, Answer::yes, d(2026, 3, 9)});
  store().set_change_answer(client_, {ChangeQuestion::said_clearly, Answer::no, d(2026, 3, 9)});
  auto answers = store().change_answers(client_);
  ASSERT_EQ(answers.size(), 2u);
  for (const auto& a : answers)
    if (a.question == ChangeQuestion::values_known) {
      EXPECT_EQ(a.answer, Answer::yes);
      EXPECT_EQ(a.answered_on, d(2026, 3, 9));
    }
  store().set_change_answer(client_,
                            {ChangeQuestion::said_clearly, Answer::unknown, d(2026, 3, 10)});
  EXPECT_EQ(store().change_answers(client_).size(), 1u);
}

TEST_P(DecisionStoreTest, DecisionsAreAHistoryWithTheirSnapshot) {
  DecisionRecord later;
  later.client_id = client_;
  later.decided_on = d(2026, 3, 10);
  later.choice = Choice::leave;
  later.recommendation = Choice::leave;
  later.next_step = "Kündigung schreiben";
  later.due = d(2026, 3, 31);
  later.snapshot = R"({"recommendation":"leave"})";
  DecisionRecord earlier = later;
  earlier.decided_on = d(2025, 12, 1);
  earlier.choice = Choice::change;
  earlier.due.reset();
  store().add_decision(later);
  store().add_decision(earlier);
  auto history = store().decisions(client_);
  ASSERT_EQ(history.size(), 2u);
  EXPECT_EQ(history[0].choice, Choice::change);
  EXPECT_FALSE(history[0].due);
  EXPECT_EQ(history[1].next_step, "Kündigung schreiben");
  EXPECT_EQ(history[1].due, d(2026, 3, 31));
  EXPECT_EQ(history[1].snapshot, later.snapshot);
  DecisionRecord broken = later;
  broken.snapshot = "{not json";
  EXPECT_THROW(store().add_decision(broken), Error);
}

TEST_P(DecisionStoreTest, ConversationsKeepAgreementsTopicsAndFollowUp) {
  Conversation c;
  c.client_id = client_;
  c.date = d(2026, 1, 10);
  c.outcome = "Absagen künftig 24 h vorher";
  c.agreed = {"Absage bis 24 h vorher", "Ausfallhonorar danach"};
  c.follow_up = d(2026, 2, 7);
  c.values_discussed = true;
  c.topics = {{Metric::short_notice_cancellations, Level::address, 3.0},
              {Metric::mood, Level::address, std::nullopt}};
  c.id = store().add_conversation(c);
  Conversation other;
  other.client_id = client_;
  other.date = d(2025, 6, 1);
  other.outcome = "Erstes Gespräch";
  store().add_conversation(other);

  auto talks = store().conversations(client_);
  ASSERT_EQ(talks.size(), 2u);
  EXPECT_EQ(talks[0].outcome, "Erstes Gespräch");
  EXPECT_TRUE(talks[0].agreed.empty());
  const auto& t = talks[1];
  EXPECT_EQ(t.id, c.id);
  EXPECT_EQ(t.agreed, c.agreed);
  EXPECT_EQ(t.follow_up, c.follow_up);
  EXPECT_TRUE(t.values_discussed);
  ASSERT_EQ(t.topics.size(), 2u);
  EXPECT_EQ(t.topics[0].metric, Metric::short_notice_cancellations);
  EXPECT_EQ(t.topics[0].value, 3.0);
  EXPECT_EQ(t.topics[1].value, std::nullopt);
  EXPECT_EQ(store().conversations(std::nullopt).size(), 2u);
}

TEST_P(DecisionStoreTest, WishesPerTopicAndTheReferenceFlag) {
  store().set_topic_wish(client_, Metric::rude_tone, "Ein respektvoller Ton");
  store().set_topic_wish(client_, Metric::no_shows, "Termine finden statt");
  store().set_topic_wish(client_, Metric::no_shows, "  ");
  auto wishes = store().topic_wishes(client_);
  ASSERT_EQ(wishes.size(), 1u);
  EXPECT_EQ(wishes.at(Metric::rude_tone), "Ein respektvoller Ton");

  Client c = *store().client(client_);
  EXPECT_FALSE(c.reference);
  c.reference = true;
  store().update_client(c);
  EXPECT_TRUE(store().client(client_)->reference);
}

TEST_P(DecisionStoreTest, RemovingTheClientRemovesItsDecisionsAndConversations) {
  store().save_decision_item(client_, item(Side::pro, "Referenz", 4));
  DecisionRecord r;
  r.client_id = client_;
  r.decided_on = d(2026, 3, 10);
  r.snapshot = "{}";
  store().add_decision(r);
  Conversation c;
  c.client_id = client_;
  c.date = d(2026, 1, 10);
  c.agreed = {"x"};
  c.topics = {{Metric::rude_tone, Level::address, 1.0}};
  store().add_conversation(c);
  store().remove_client(client_);
  EXPECT_TRUE(store().conversations(std::nullopt).empty());
  EXPECT_TRUE(store().decisions(client_).empty());
  EXPECT_TRUE(store().decision_items(client_).empty());
}

INSTANTIATE_TEST_SUITE_P(Backends, DecisionStoreTest, ::testing::ValuesIn(testing::backends()),
                         [](const auto& info) { return info.param.name; });

}  // namespace
}  // namespace rapport
