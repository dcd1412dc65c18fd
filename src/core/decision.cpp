// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/decision.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "core/conversation.hpp"
#include "core/error.hpp"
#include "core/text.hpp"
#include "i18n/i18n.hpp"

namespace rapport {

std::string_view code(Choice c) {
  switch (c) {
    case Choice::love:
      return "love";
    case Choice::change:
      return "change";
    case Choice::leave:
      return "leave";
  }
  return "change";
}

std::string label(Choice c) {
  switch (c) {
    case Choice::love:
      return tr("love it");
    case Choice::change:
      return tr("change it");
    case Choice::leave:
      return tr("leave it");
  }
  return tr("change it");
}

Choice parse_choice(std::string_view text, std::string_view field) {
  std::string t = text::fold_case(text::trim(text));
  if (t == "love" || t == "love it" || t == "lieben") return Choice::love;
  if (t == "change" || t == "change it" || t == "ändern" || t == "aendern") return Choice::change;
  if (t == "leave" || t == "leave it" || t == "verlassen" || t == "beenden") return Choice::leave;
  throw data_error(trf("{0}: \"{1}\" is not a choice.", field, text),
                   tr("Choose love, change or leave."));
}

std::string_view code(Side s) {
  return s == Side::pro ? "pro" : "con";
}

DecisionItem parse_decision_item(Side side, std::string_view text, std::string_view field) {
  DecisionItem item;
  item.side = side;
  std::string_view body = text::trim(text);
  auto colon = body.rfind(':');
  if (colon != std::string_view::npos) {
    std::string_view digits = text::trim(body.substr(colon + 1));
    int weight = 0;
    auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), weight);
    if (ec == std::errc() && end == digits.data() + digits.size() && !digits.empty()) {
      if (weight < 1 || weight > 5)
        throw data_error(trf("{0}: the weight {1} is not between 1 and 5.", field, weight),
                         tr("Write the weight after a colon, e.g. \"important reference:4\"."));
      item.weight = weight;
      body = text::trim(body.substr(0, colon));
    }
  }
  if (body.empty())
    throw data_error(trf("{}: the item has no text.", field),
                     tr("Write the item and its weight, e.g. \"important reference:4\"."));
  item.text = std::string(body);
  return item;
}

namespace {

DecisionItem derived(Side side, std::string text, int weight, std::string source,
                     std::string source_label) {
  DecisionItem item;
  item.side = side;
  item.text = std::move(text);
  item.weight = std::clamp(weight, 1, 5);
  item.source = std::move(source);
  item.source_label = std::move(source_label);
  return item;
}

int level_weight(Level level) {
  switch (level) {
    case Level::tolerate:
      return 1;
    case Level::address:
      return 3;
    case Level::leave:
      return 5;
  }
  return 3;
}

bool breached(const DecisionBasis& basis, Metric metric) {
  return std::any_of(basis.breaches.begin(), basis.breaches.end(),
                     [&](const Breach& b) { return b.rule.metric == metric; });
}

std::string percent(double fraction) {
  return fmt::format("{:.0f} %", fraction * 100.0);
}

}  // namespace

std::vector<DecisionItem> derived_items(const DecisionBasis& basis) {
  std::vector<DecisionItem> items;
  const std::string& cur = basis.currency;

  if (basis.client.reference)
    items.push_back(derived(Side::pro, tr("A reference for your portfolio"), 4, "reference",
                            tr("marked as a reference client")));

  if (basis.revenue_share && *basis.revenue_share > 0) {
    double share = *basis.revenue_share;
    int weight = share >= 0.4 ? 5 : share >= 0.25 ? 4 : share >= 0.1 ? 3 : share >= 0.05 ? 2 : 1;
    items.push_back(derived(Side::pro,
                            trf("Brings {0} of your revenue ({1} in the last 12 months)",
                                percent(share), format_money(basis.revenue_last_year, cur)),
                            weight, "revenue_share", tr("revenue share, last 12 months")));
    if (share >= 0.5)
      items.push_back(derived(Side::con,
                              tr("Dependency: more than half of your revenue rests on this client"),
                              2, "revenue_share", tr("revenue share, last 12 months")));
  }

  if (basis.effective_rate && basis.target_rate && *basis.target_rate > 0 &&
      !breached(basis, Metric::effective_rate)) {
    double ratio = *basis.effective_rate / static_cast<double>(*basis.target_rate);
    std::string rate = format_money(static_cast<Cents>(std::llround(*basis.effective_rate)), cur);
    std::string target = format_money(*basis.target_rate, cur);
    if (ratio >= 1.0) {
      items.push_back(
          derived(Side::pro, trf("Effective rate {0}/h reaches your target of {1}/h", rate, target),
                  ratio >= 1.2 ? 3 : 2, "effective_rate", tr("revenue per hour worked")));
    } else if (ratio >= 0.95) {
      items.push_back(derived(
          Side::pro, trf("Effective rate {0}/h is close to your target of {1}/h", rate, target), 1,
          "effective_rate", tr("revenue per hour worked")));
    } else {
      int weight = ratio < 0.5 ? 4 : ratio < 0.75 ? 3 : ratio < 0.9 ? 2 : 1;
      items.push_back(derived(Side::con,
                              trf("Effective rate {0}/h is {1} below your target of {2}/h", rate,
                                  percent(1.0 - ratio), target),
                              weight, "effective_rate", tr("revenue per hour worked")));
    }
  }

  if (basis.referrals > 0)
    items.push_back(derived(Side::pro, trf("Referrals to new clients: {}", basis.referrals),
                            basis.referrals >= 2 ? 4 : 3, "referrals", tr("referral facts")));
  if (basis.appreciations > 0)
    items.push_back(
        derived(Side::pro, trf("Appreciation of your work on record: {}", basis.appreciations),
                basis.appreciations >= 3 ? 3 : 2, "appreciation", tr("appreciation facts")));

  // One con per metric: the worst breach of it (breaches come worst first), so that a
  // problem measured over two windows does not count twice.
  std::vector<Metric> counted;
  for (const auto& b : basis.breaches) {
    if (std::find(counted.begin(), counted.end(), b.rule.metric) != counted.end()) continue;
    counted.push_back(b.rule.metric);
    items.push_back(derived(Side::con, reason_text(b, cur), level_weight(b.rule.level),
                            "threshold:" + std::string(spec(b.rule.metric).name),
                            trf("your threshold, level {}", label(b.rule.level))));
  }

  if (basis.mood && !breached(basis, Metric::mood)) {
    if (*basis.mood <= -1.0)
      items.push_back(
          derived(Side::con,
                  trf("Your gut feeling about this client is negative (mean {:+.1f})", *basis.mood),
                  *basis.mood <= -1.5 ? 4 : 3, "mood", tr("mood ratings")));
    else if (*basis.mood >= 1.0)
      items.push_back(derived(
          Side::pro, trf("Your gut feeling about this client is good (mean {:+.1f})", *basis.mood),
          2, "mood", tr("mood ratings")));
  }
  if (basis.team_dread && *basis.team_dread >= 1 && !breached(basis, Metric::team_dread)) {
    int people = static_cast<int>(std::lround(*basis.team_dread));
    items.push_back(derived(Side::con, trf("People who dread working with this client: {}", people),
                            std::min(4, 1 + people), "team_dread",
                            tr("negative moods, last 90 days")));
  }
  return items;
}

std::string_view code(ChangeQuestion q) {
  switch (q) {
    case ChangeQuestion::values_known:
      return "values_known";
    case ChangeQuestion::importance_known:
      return "importance_known";
    case ChangeQuestion::said_clearly:
      return "said_clearly";
    case ChangeQuestion::improved_after:
      return "improved_after";
  }
  return "values_known";
}

std::string_view code(Answer a) {
  switch (a) {
    case Answer::yes:
      return "yes";
    case Answer::no:
      return "no";
    case Answer::unknown:
      return "unknown";
  }
  return "unknown";
}

std::string question_text(ChangeQuestion q) {
  switch (q) {
    case ChangeQuestion::values_known:
      return tr("Does the client know my values?");
    case ChangeQuestion::importance_known:
      return tr("Do they know how much these matter for the work and its result?");
    case ChangeQuestion::said_clearly:
      return tr("Have I said it clearly, in a conversation on record?");
    case ChangeQuestion::improved_after:
      return tr("Did the follow-up show an improvement?");
  }
  return {};
}

ChangeQuestion parse_change_question(std::string_view text, std::string_view field) {
  for (auto q : kChangeQuestions)
    if (text::equals_folded(text::trim(text), code(q))) return q;
  throw data_error(trf("{0}: \"{1}\" is not a question of the checklist.", field, text),
                   tr("Use values_known, importance_known, said_clearly or improved_after."));
}

Answer parse_answer(std::string_view text, std::string_view field) {
  std::string t = text::fold_case(text::trim(text));
  if (t == "yes" || t == "ja" || t == "y" || t == "j") return Answer::yes;
  if (t == "no" || t == "nein" || t == "n") return Answer::no;
  if (t == "unknown" || t == "?" || t == "unbekannt") return Answer::unknown;
  throw data_error(trf("{0}: \"{1}\" is not an answer.", field, text), tr("Answer yes or no."));
}

bool cons_far_outweigh(int pros, int cons) {
  return cons >= 2 * pros && cons - pros >= 5;
}

Recommendation recommend(const RecommendationInput& in) {
  Recommendation r;
  int address = 0;
  int leave = 0;
  int to_talk_about = 0;  // breaches about the client's conduct, not the user's own signals
  for (const auto& b : in.breaches) {
    if (b.rule.level == Level::tolerate) continue;
    (b.rule.level == Level::address ? address : leave) += 1;
    if (is_talking_point(b.rule.metric)) ++to_talk_about;
  }
  std::string balance = trf("Your pros weigh {0}, your cons {1}.", in.pro_weight, in.con_weight);

  // 1. The problem stayed although it was addressed: change was tried.
  if (!in.persisting.empty()) {
    r.choice = Choice::leave;
    r.rule = "leave_persisted";
    for (const auto& p : in.persisting)
      r.reasons.push_back(
          trf("Still past your limit to leave: {0}, after the conversation of {1} and its "
              "follow-up date {2}.",
              label(p.metric), format_date(p.talked_on), format_date(p.follow_up)));
    r.reasons.push_back(tr("You tried to change it, and it did not change."));
    r.reasons.push_back(balance);
    return r;
  }
  // 2. Limits crossed, never said: talk first; in the worst case nothing is lost.
  if (to_talk_about > 0 && !in.last_conversation) {
    r.choice = Choice::change;
    r.rule = "change_talk_first";
    r.reasons.push_back(
        trf("Thresholds crossed: {0} to address, {1} to leave; no conversation "
            "about them is on record yet.",
            address, leave));
    r.reasons.push_back(
        tr("A calm, factual conversation costs little: in the worst case "
           "nothing is lost, and the client learns what you need."));
    r.reasons.push_back(balance);
    if (cons_far_outweigh(in.pro_weight, in.con_weight))
      r.reasons.push_back(
          tr("The cons weigh heavily: if the conversation changes nothing, "
             "leaving is the next step."));
    else if (in.pro_weight > in.con_weight)
      r.reasons.push_back(tr("The pros outweigh: the relationship is worth the conversation."));
    return r;
  }
  // 3. The cons outweigh the pros by far.
  if (cons_far_outweigh(in.pro_weight, in.con_weight)) {
    r.choice = Choice::leave;
    r.rule = "leave_cons_outweigh";
    r.reasons.push_back(trf("Your cons ({0}) weigh at least twice as much as your pros ({1}).",
                            in.con_weight, in.pro_weight));
    if (in.last_conversation)
      r.reasons.push_back(
          trf("A conversation is on record ({}).", format_date(*in.last_conversation)));
    return r;
  }
  // 4. Nothing to address, and the relationship carries its weight.
  if (address + leave == 0 && in.pro_weight >= in.con_weight) {
    r.choice = Choice::love;
    r.rule = "love_pros_outweigh";
    r.reasons.push_back(tr("None of your thresholds to address or to leave is crossed."));
    r.reasons.push_back(in.pro_weight == in.con_weight
                            ? trf("Pros and cons weigh the same ({}); nothing crosses your "
                                  "limits, so keep working and watch.",
                                  in.pro_weight)
                            : balance);
    if (!in.top_pros.empty())
      r.reasons.push_back(trf("Remember what you value here: {}.", text::join(in.top_pros, "; ")));
    return r;
  }
  // 5. Everything else: work on it.
  r.choice = Choice::change;
  r.rule = "change_work_on_it";
  if (address + leave > 0) {
    r.reasons.push_back(trf("Thresholds crossed: {0} to address, {1} to leave.", address, leave));
    if (in.last_conversation)
      r.reasons.push_back(
          trf("A conversation is on record ({}); watch whether its agreements "
              "hold until the follow-up date.",
              format_date(*in.last_conversation)));
  } else {
    r.reasons.push_back(
        tr("None of your thresholds to address or to leave is crossed, but "
           "your cons outweigh your pros."));
  }
  r.reasons.push_back(balance);
  return r;
}

}  // namespace rapport
