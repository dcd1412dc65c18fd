// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The conversation about a relationship: what was breached when it took place, what was
// agreed, and after the follow-up date whether each topic improved (relapse watch).
#include <optional>
#include <string>
#include <vector>

#include "core/thresholds.hpp"

namespace rapport {

// A breached threshold the conversation was about, with its value on the day of the talk.
struct ConversationTopic {
  Metric metric = Metric::rude_tone;
  Level level = Level::address;
  std::optional<double> value;
};

struct Conversation {
  Id id = 0;
  Id client_id = 0;
  std::optional<Id> fact_id;  // the meeting fact recorded with it
  Date date;
  std::string outcome;
  std::vector<std::string> agreed;
  std::optional<Date> follow_up;
  bool values_discussed = false;  // the user explained their values and why they matter
  std::vector<ConversationTopic> topics;
};

// The ranges a topic is compared over: the days since the talk against as many days
// before it (the talk day counts to "before").
struct FollowUpRanges {
  DateRange before;
  DateRange after;
};
// nullopt when no day has passed since the talk.
std::optional<FollowUpRanges> follow_up_ranges(Date talk, Date today);

struct TopicProgress {
  Metric metric = Metric::rude_tone;
  Level level = Level::address;
  MetricValue before;
  MetricValue after;
  Trend trend = Trend::unknown;  // better = improved since the talk
};

struct FollowUp {
  Conversation conversation;
  bool due = false;  // the follow-up date has come
  FollowUpRanges ranges;
  std::vector<TopicProgress> topics;
  int improved() const;
  int not_improved() const;  // same or worse
};

// Compares each topic before and after the talk. The "before" side is computed as of the
// talk day, so metrics over a fixed window (team dread) look back from the talk.
FollowUp follow_up_of(const Conversation& talk, const ClientRecord& record,
                      const MetricContext& ctx);

// "short-notice cancellations: 3 → 0, improved"
std::string progress_text(const TopicProgress& p, const std::string& currency);
std::string_view progress_code(Trend t);  // improved | unchanged | worse | unknown
std::string progress_label(Trend t);      // translated: improved, unchanged …

// Whether a metric describes the client's behaviour and so belongs on the agenda of a
// conversation. Revenue share, mood and team dread are the user's own: background only.
bool is_talking_point(Metric metric);
// Metrics that measure the same thing from different sides share one topic: the payment
// metrics (days late, overdue amount, days overdue) are one conversation about paying.
Metric topic_family(Metric metric);
// What the user might wish for instead, in their words, until they write their own.
std::string default_wish(Metric metric);
// What follows if nothing changes, by the level of the breached threshold.
std::string consequence_if_unchanged(Metric metric, Level level);
// A question that invites the client's view of a topic.
std::string question_about(Metric metric);

}  // namespace rapport
