// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Use cases of the conversation about a relationship: the preparation sheet, recording the
// talk (with what was breached at the time, for the relapse watch), and the call recap.
#include <optional>
#include <string>
#include <vector>

#include "app/decisions.hpp"
#include "app/invoices.hpp"

namespace rapport {

// A topic of the conversation: a breached threshold with the facts behind it.
struct PrepTopic {
  Breach breach;
  std::vector<Fact> facts;               // the facts among the evidence, with their particulars
  std::vector<InvoiceLedger> invoices;   // the invoices among the evidence, with payments
  std::vector<Evidence> other_evidence;  // agreements, hour sums
  std::string wish;
  bool own_wish = false;  // false: rapport's suggestion until the user writes their own
  std::string question;
  std::string consequence;
};

struct PrepSheet {
  DecisionView decision;             // health, pros, values, the latest decision and conversation
  std::vector<PrepTopic> topics;     // breaches to address or leave that are talking points
  std::vector<Breach> background;    // the user's own signals (mood, dependency …)
  std::vector<Fact> positives;       // appreciation and referrals in the window, newest first
  std::vector<Fact> other_problems;  // problems on record in the window that are no topic
  // The kind of conversation: about changing how we work, a check-in, or ending it (after
  // a decision to leave, or while rapport recommends leaving and nothing is decided yet).
  enum class Kind { change, check_in, ending } kind = Kind::change;
  std::string purpose;
  std::string next_step;
  Date follow_up;
};

struct PrepOptions {
  std::optional<Date> follow_up;                       // default: four weeks from today
  std::vector<std::pair<Metric, std::string>> wishes;  // saved for next time; "" removes
};
PrepSheet prep_sheet(Context& ctx, const Client& client, const PrepOptions& options);

struct TalkInput {
  Date date;
  std::string outcome;
  std::vector<std::string> agreed;
  std::optional<Date> follow_up;
  bool values_discussed = false;
};
// Records the conversation and a meeting fact in one transaction. Its topics are the
// thresholds (address and leave) breached on the day of the talk.
Conversation record_talk(Context& ctx, const Client& client, const TalkInput& input);
std::vector<Conversation> conversations_of(const Context& ctx, const Client& client);

struct RecapInput {
  Date date;
  std::string with;  // who was on the call
  std::vector<std::string> topics;
  std::vector<std::string> agreed;
  std::vector<std::string> open;
  std::string next_step;
};
struct Recap {
  Client client;
  RecapInput input;
  Fact fact;              // the call fact recorded
  std::string user_name;  // for the greeting at the end
};
// Records a call fact whose note summarises the call.
Recap record_recap(Context& ctx, const Client& client, const RecapInput& input);

}  // namespace rapport
