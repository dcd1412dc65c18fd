// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Use cases of "love it, change it or leave it": the decision view of a client, editing
// the user's pros, cons and checklist answers, and recording a decision.
#include <optional>
#include <string>
#include <vector>

#include "app/health.hpp"
#include "app/overview.hpp"
#include "core/conversation.hpp"
#include "core/decision.hpp"

namespace rapport {

// What ending the relationship would cost and leave open.
struct LeavingConsequences {
  Cents revenue_last_year = 0;
  std::optional<double> revenue_share;
  Cents open_amount = 0;
  Cents overdue_amount = 0;
  int open_invoices = 0;
  std::vector<Agreement> running_agreements;
  std::map<Id, Date> earliest_end;  // by the user's ordinary notice received today
};

struct DecisionView {
  Client client;
  Date today;
  ClientHealth health;
  std::vector<DecisionItem> pros;  // the user's own and derived ones, heaviest first
  std::vector<DecisionItem> cons;
  int pro_weight = 0;
  int con_weight = 0;
  std::vector<ChecklistEntry> checklist;
  LeavingConsequences leaving;
  Recommendation recommendation;
  std::vector<std::string> values;                // what matters to the user (settings)
  std::optional<Conversation> last_conversation;  // in the window
  std::optional<FollowUp> follow_up;              // of that conversation
  std::optional<DecisionRecord> last_decision;
};

DecisionView decision_view(const Context& ctx, const Client& client);

// Changes to the inputs of a decision, written in one transaction.
struct DecisionEdits {
  std::vector<DecisionItem> add;  // the user's pros and cons (same text: new weight)
  std::vector<std::string> drop;  // texts of items to remove
  std::vector<std::pair<ChangeQuestion, Answer>> answers;
};
void edit_decision_inputs(Context& ctx, const Client& client, const DecisionEdits& edits);

struct DecisionChoice {
  Choice choice = Choice::change;
  std::string next_step;
  std::optional<Date> due;
};
// Records the choice with a snapshot of the view it was taken on.
DecisionRecord record_decision(Context& ctx, const Client& client, const DecisionChoice& choice);
std::vector<DecisionRecord> decision_history(const Context& ctx, const Client& client);

// The latest conversation in the window and, once a day has passed, how its topics went.
std::optional<FollowUp> latest_follow_up(const Context& ctx, const Client& client);
// The follow-ups that are due (the date has come), by client, for the status view.
std::map<Id, FollowUp> due_follow_ups(const Context& ctx);

}  // namespace rapport
