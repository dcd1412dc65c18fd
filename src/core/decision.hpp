// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Love it, change it or leave it: the weighted pros and cons of a client, the "change it"
// checklist, and the recommendation by the rules documented in docs/decisions.md.
#include <optional>
#include <string>
#include <vector>

#include "core/health.hpp"

namespace rapport {

enum class Choice { love, change, leave };
enum class Side { pro, con };

std::string_view code(Choice c);
std::string label(Choice c);  // "Love it" / „Lieben“ …
Choice parse_choice(std::string_view text, std::string_view field);
std::string_view code(Side s);

// One weighed point. The user's own items have an id and no source; items rapport derives
// from the facts name their source (a metric, a threshold, the client's reference flag).
struct DecisionItem {
  Id id = 0;
  Side side = Side::pro;
  std::string text;
  int weight = 3;      // 1 … 5
  std::string source;  // "" for the user's own; else e.g. "revenue_share", "threshold:rude_tone"
  std::string source_label;  // translated: where it comes from
};

// Reads "wichtige Referenz:4" (weight 1–5 after the last colon; 3 without one).
DecisionItem parse_decision_item(Side side, std::string_view text, std::string_view field);

// What the derived items are computed from.
struct DecisionBasis {
  Client client;
  std::vector<Breach> breaches;  // the health reasons
  Cents revenue_last_year = 0;
  std::optional<double> revenue_share;   // fraction
  std::optional<double> effective_rate;  // cents per hour
  std::optional<Cents> target_rate;
  int referrals = 0;
  int appreciations = 0;
  std::optional<double> mood;        // mean, −2 … +2
  std::optional<double> team_dread;  // people
  std::string currency = "EUR";
};
std::vector<DecisionItem> derived_items(const DecisionBasis& basis);

// The "change it" checklist: have I given the relationship a fair chance to change?
enum class ChangeQuestion { values_known, importance_known, said_clearly, improved_after };
enum class Answer { yes, no, unknown };
std::string_view code(ChangeQuestion q);
std::string_view code(Answer a);
std::string question_text(ChangeQuestion q);
ChangeQuestion parse_change_question(std::string_view text, std::string_view field);
Answer parse_answer(std::string_view text, std::string_view field);
inline constexpr ChangeQuestion kChangeQuestions[] = {
    ChangeQuestion::values_known, ChangeQuestion::importance_known, ChangeQuestion::said_clearly,
    ChangeQuestion::improved_after};

struct ChecklistEntry {
  ChangeQuestion question = ChangeQuestion::values_known;
  Answer answer = Answer::unknown;
  bool derived = false;  // from recorded conversations rather than the user's answer
  std::string basis;     // why: "your answer of 10.03.2026", "conversation of 15.01.2026" …
};

struct Recommendation {
  Choice choice = Choice::change;
  std::string rule;  // the rule of docs/decisions.md that decided
  std::vector<std::string> reasons;
};

// What the rules look at.
struct RecommendationInput {
  int pro_weight = 0;
  int con_weight = 0;
  std::vector<Breach> breaches;           // all reasons; only address and leave levels count
  std::optional<Date> last_conversation;  // the latest conversation on record in the window
  // Leave-level problems that were a topic of a conversation whose follow-up date has passed
  // and that are still breached, with that conversation's date and follow-up date.
  struct Persisting {
    Metric metric;
    Date talked_on;
    Date follow_up;
  };
  std::vector<Persisting> persisting;
  std::vector<std::string> top_pros;  // the heaviest pros, to remember when loving it
};
Recommendation recommend(const RecommendationInput& input);

// A decision as recorded, with the view it was taken on (JSON, as `rapport decide --json`).
struct DecisionRecord {
  Id id = 0;
  Id client_id = 0;
  Date decided_on;
  Choice choice = Choice::change;
  Choice recommendation = Choice::change;
  std::string next_step;
  std::optional<Date> due;
  std::string snapshot;
};

// The user's own answer to a checklist question.
struct ChangeAnswer {
  ChangeQuestion question = ChangeQuestion::values_known;
  Answer answer = Answer::unknown;
  Date answered_on;
};

// Whether the cons weigh far more than the pros: at least twice as much and by 5 or more.
bool cons_far_outweigh(int pros, int cons);

}  // namespace rapport
