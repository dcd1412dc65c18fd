// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/decisions.hpp"

#include <algorithm>

#include "app/contract.hpp"
#include "app/json.hpp"
#include "core/error.hpp"
#include "core/text.hpp"
#include "i18n/i18n.hpp"

namespace rapport {
namespace {

std::optional<Conversation> last_conversation_in(const std::vector<Conversation>& talks,
                                                 const DateRange& window) {
  std::optional<Conversation> last;
  for (const auto& c : talks)
    if (window.contains(c.date)) last = c;
  return last;
}

int count_evidence(const MetricSnapshot& m, FactKind kind) {
  return static_cast<int>(std::count_if(
      m.value.evidence.begin(), m.value.evidence.end(),
      [&](const Evidence& e) { return e.kind == Evidence::Kind::fact && e.what == code(kind); }));
}

void sort_heaviest_first(std::vector<DecisionItem>& items) {
  std::stable_sort(items.begin(), items.end(), [](const DecisionItem& a, const DecisionItem& b) {
    return a.weight > b.weight;
  });
}

ChecklistEntry answered(ChangeQuestion q, const std::vector<ChangeAnswer>& answers) {
  ChecklistEntry e;
  e.question = q;
  for (const auto& a : answers)
    if (a.question == q) {
      e.answer = a.answer;
      e.basis = trf("your answer of {}", format_date(a.answered_on));
    }
  return e;
}

std::vector<ChecklistEntry> checklist_of(const DecisionView& v,
                                         const std::vector<ChangeAnswer>& answers) {
  std::vector<ChecklistEntry> list;
  for (auto q : kChangeQuestions) {
    ChecklistEntry e = answered(q, answers);
    if (e.answer != Answer::unknown) {
      list.push_back(e);
      continue;
    }
    const auto& talk = v.last_conversation;
    switch (q) {
      case ChangeQuestion::values_known:
      case ChangeQuestion::importance_known:
        if (talk && talk->values_discussed) {
          e.answer = Answer::yes;
          e.derived = true;
          e.basis =
              trf("your values were a topic of the conversation of {}", format_date(talk->date));
        } else if (v.values.empty()) {
          e.basis = tr("you have not named your values yet (rapport settings set values …)");
        } else {
          e.basis = tr("not answered yet");
        }
        break;
      case ChangeQuestion::said_clearly:
        e.derived = true;
        if (talk) {
          e.answer = Answer::yes;
          e.basis = trf("conversation of {}", format_date(talk->date));
        } else {
          e.answer = Answer::no;
          e.basis = tr("no conversation on record in the last 12 months");
        }
        break;
      case ChangeQuestion::improved_after:
        if (!talk) {
          e.basis = tr("no conversation yet");
        } else if (!v.follow_up || !v.follow_up->due) {
          e.basis = talk->follow_up ? trf("the follow-up date {} has not come yet",
                                          format_date(*talk->follow_up))
                                    : tr("the conversation has no follow-up date");
        } else if (v.follow_up->topics.empty()) {
          e.basis = tr("no threshold was breached at the time of the conversation");
        } else {
          e.derived = true;
          int improved = v.follow_up->improved();
          int total = static_cast<int>(v.follow_up->topics.size());
          e.answer = improved == total                 ? Answer::yes
                     : v.follow_up->not_improved() > 0 ? Answer::no
                                                       : Answer::unknown;
          e.basis = trf("{0} of {1} topics improved since the conversation of {2}", improved, total,
                        format_date(talk->date));
        }
        break;
    }
    list.push_back(e);
  }
  return list;
}

// How the topics of a conversation went: its record compared before and after it, once a day
// has passed.
FollowUp follow_up_of_talk(const Context& ctx, const Client& client, const Conversation& talk) {
  auto ranges = follow_up_ranges(talk.date, ctx.today());
  if (!ranges) {
    FollowUp f;
    f.conversation = talk;
    return f;
  }
  ClientMetricsInput input = client_metrics_input(ctx, client, {ranges->before, ranges->after});
  return follow_up_of(talk, input.record, input.metrics);
}

RecommendationInput recommendation_input(const DecisionView& v,
                                         const std::vector<Conversation>& talks) {
  RecommendationInput in;
  in.pro_weight = v.pro_weight;
  in.con_weight = v.con_weight;
  in.breaches = v.health.health.reasons;
  if (v.last_conversation) in.last_conversation = v.last_conversation->date;
  for (const auto& b : v.health.health.reasons) {
    if (b.rule.level != Level::leave) continue;
    // The latest conversation in the window that had this problem as a topic and whose
    // follow-up date has passed.
    for (auto it = talks.rbegin(); it != talks.rend(); ++it) {
      if (!v.health.window.contains(it->date) || !it->follow_up || *it->follow_up >= v.today)
        continue;
      bool topic =
          std::any_of(it->topics.begin(), it->topics.end(),
                      [&](const ConversationTopic& t) { return t.metric == b.rule.metric; });
      if (!topic) continue;
      in.persisting.push_back({b.rule.metric, it->date, *it->follow_up});
      break;
    }
  }
  for (const auto& p : v.pros) {
    if (in.top_pros.size() == 3) break;
    in.top_pros.push_back(p.text);
  }
  return in;
}

}  // namespace

DecisionView decision_view(const Context& ctx, const Client& client) {
  DecisionView v;
  v.client = client;
  v.today = ctx.today();
  v.values = ctx.settings.values;
  v.health = health_of_client(ctx, client, kDefaultWindow);
  std::vector<DecisionItem> own;
  std::vector<ChangeAnswer> answers;
  std::vector<Conversation> talks;
  std::vector<DecisionRecord> decisions;
  ClientSummary summary;
  ctx.store.read_transaction([&] {
    own = ctx.store.decision_items(client.id);
    answers = ctx.store.change_answers(client.id);
    talks = ctx.store.conversations(client.id);
    decisions = ctx.store.decisions(client.id);
    summary = client_summary(ctx.store, client, ctx.today());
    for (auto& a : ctx.store.agreements(client.id))
      if (a.running_on(ctx.today())) v.leaving.running_agreements.push_back(std::move(a));
  });
  if (!decisions.empty()) v.last_decision = decisions.back();
  v.leaving.earliest_end = earliest_ends(ctx, v.leaving.running_agreements);

  DecisionBasis basis;
  basis.client = client;
  basis.breaches = v.health.health.reasons;
  basis.revenue_last_year =
      static_cast<Cents>(v.health.metric(Metric::revenue).value.value.value_or(0));
  basis.revenue_share = v.health.metric(Metric::revenue_share).value.value;
  basis.effective_rate = v.health.metric(Metric::effective_rate).value.value;
  basis.target_rate = ctx.settings.target_rate;
  const MetricSnapshot& positives = v.health.metric(Metric::positives);
  basis.referrals = count_evidence(positives, FactKind::referral);
  basis.appreciations = count_evidence(positives, FactKind::appreciation);
  basis.mood = v.health.metric(Metric::mood).value.value;
  basis.team_dread = v.health.metric(Metric::team_dread).value.value;
  basis.currency = ctx.settings.currency;
  for (auto& item : own) {
    item.source_label = tr("your own");
    (item.side == Side::pro ? v.pros : v.cons).push_back(item);
  }
  for (auto& item : derived_items(basis))
    (item.side == Side::pro ? v.pros : v.cons).push_back(item);
  sort_heaviest_first(v.pros);
  sort_heaviest_first(v.cons);
  for (const auto& p : v.pros) v.pro_weight += p.weight;
  for (const auto& c : v.cons) v.con_weight += c.weight;

  v.leaving.revenue_last_year = basis.revenue_last_year;
  v.leaving.revenue_share = basis.revenue_share;
  v.leaving.open_amount = summary.open_amount;
  v.leaving.overdue_amount = summary.overdue_amount;
  v.leaving.open_invoices =
      static_cast<int>(client_records(ctx.store, client, ctx.today()).open_invoices.size());

  v.last_conversation = last_conversation_in(talks, v.health.window);
  if (v.last_conversation) v.follow_up = follow_up_of_talk(ctx, client, *v.last_conversation);
  v.checklist = checklist_of(v, answers);
  v.recommendation = recommend(recommendation_input(v, talks));
  return v;
}

void edit_decision_inputs(Context& ctx, const Client& client, const DecisionEdits& edits) {
  ctx.store.transaction([&] {
    for (const auto& text : edits.drop)
      if (!ctx.store.remove_decision_item(client.id, text))
        throw data_error(trf("{0} has no pro or con \"{1}\".", client.name, text),
                         trf("rapport decide \"{}\" lists them.", client.name));
    for (const auto& item : edits.add) ctx.store.save_decision_item(client.id, item);
    for (const auto& [question, answer] : edits.answers)
      ctx.store.set_change_answer(client.id, ChangeAnswer{question, answer, ctx.today()});
  });
}

DecisionRecord record_decision(Context& ctx, const Client& client, const DecisionChoice& choice) {
  if (choice.due && *choice.due < ctx.today())
    throw data_error(trf("--due: {} is in the past.", format_date(*choice.due)),
                     tr("Give the date by which the next step should be done."));
  DecisionView view = decision_view(ctx, client);
  DecisionRecord d;
  d.client_id = client.id;
  d.decided_on = ctx.today();
  d.choice = choice.choice;
  d.recommendation = view.recommendation.choice;
  d.next_step = std::string(text::trim(choice.next_step));
  d.due = choice.due;
  d.snapshot = to_json(view).dump();
  ctx.store.transaction([&] { d.id = ctx.store.add_decision(d); });
  return d;
}

std::vector<DecisionRecord> decision_history(const Context& ctx, const Client& client) {
  return ctx.store.decisions(client.id);
}

std::optional<FollowUp> latest_follow_up(const Context& ctx, const Client& client) {
  auto talk = last_conversation_in(ctx.store.conversations(client.id),
                                   window_range(kDefaultWindow, ctx.today()));
  if (!talk) return std::nullopt;
  return follow_up_of_talk(ctx, client, *talk);
}

std::map<Id, FollowUp> due_follow_ups(const Context& ctx) {
  std::map<Id, Conversation> latest;
  DateRange window = window_range(kDefaultWindow, ctx.today());
  for (auto& c : ctx.store.conversations(std::nullopt))
    if (window.contains(c.date)) latest[c.client_id] = std::move(c);
  std::map<Id, FollowUp> out;
  for (const auto& [client_id, talk] : latest) {
    if (!talk.follow_up || *talk.follow_up > ctx.today()) continue;
    auto client = ctx.store.client(client_id);
    if (!client || client->status == ClientStatus::ended) continue;
    out[client_id] = follow_up_of_talk(ctx, *client, talk);
  }
  return out;
}

}  // namespace rapport
