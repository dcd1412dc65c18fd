// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/conversations.hpp"

#include <algorithm>

#include "app/facts.hpp"
#include "core/error.hpp"
#include "core/text.hpp"
#include "i18n/i18n.hpp"

namespace rapport {
namespace {

// Four weeks give a changed habit time to show, and are short enough to remember the talk.
constexpr int kDefaultFollowUpDays = 28;

std::vector<std::string> trimmed(const std::vector<std::string>& items) {
  std::vector<std::string> out;
  for (const auto& item : items) {
    auto t = text::trim(item);
    if (!t.empty()) out.emplace_back(t);
  }
  return out;
}

}  // namespace

PrepSheet prep_sheet(Context& ctx, const Client& client, const PrepOptions& options) {
  if (options.follow_up && *options.follow_up <= ctx.today())
    throw data_error(trf("--follow-up: {} is not after today.", format_date(*options.follow_up)),
                     tr("Give the date on which you want to look at what changed."));
  if (!options.wishes.empty())
    ctx.store.transaction([&] {
      for (const auto& [metric, wish] : options.wishes)
        ctx.store.set_topic_wish(client.id, metric, wish);
    });

  PrepSheet sheet;
  sheet.decision = decision_view(ctx, client);
  sheet.follow_up = options.follow_up.value_or(add_days(ctx.today(), kDefaultFollowUpDays));
  auto wishes = ctx.store.topic_wishes(client.id);
  auto invoices = ctx.store.invoice_ledger(kBeginningOfTime, client.id);
  for (const auto& b : sheet.decision.health.health.reasons) {
    if (b.rule.level == Level::tolerate) continue;
    // One topic per metric, the worst breach of it (reasons come worst first).
    if (std::any_of(sheet.topics.begin(), sheet.topics.end(),
                    [&](const PrepTopic& t) {
                      return topic_family(t.breach.rule.metric) == topic_family(b.rule.metric);
                    }) ||
        std::any_of(sheet.background.begin(), sheet.background.end(),
                    [&](const Breach& o) { return o.rule.metric == b.rule.metric; }))
      continue;
    if (!is_talking_point(b.rule.metric)) {
      sheet.background.push_back(b);
      continue;
    }
    PrepTopic topic;
    topic.breach = b;
    for (const auto& e : b.value.evidence) {
      std::optional<Fact> fact;
      if (e.kind == Evidence::Kind::fact) fact = ctx.store.fact(e.id);
      auto invoice = std::find_if(invoices.begin(), invoices.end(), [&](const InvoiceLedger& v) {
        return e.kind == Evidence::Kind::invoice && v.invoice.id == e.id;
      });
      if (fact) {
        topic.facts.push_back(std::move(*fact));
      } else if (invoice != invoices.end()) {
        topic.invoices.push_back(*invoice);
      } else {
        topic.other_evidence.push_back(e);
      }
    }
    auto wish = wishes.find(b.rule.metric);
    topic.own_wish = wish != wishes.end();
    topic.wish = topic.own_wish ? wish->second : default_wish(b.rule.metric);
    topic.question = question_about(b.rule.metric);
    topic.consequence = consequence_if_unchanged(b.rule.metric, b.rule.level);
    sheet.topics.push_back(std::move(topic));
  }
  DateRange window = sheet.decision.health.window;
  // Problems on record that no threshold made a topic (a dispute, a single complaint): the
  // user decides whether to raise them.
  std::vector<Id> covered;
  for (const auto& t : sheet.topics)
    for (const auto& f : t.facts) covered.push_back(f.id);
  for (auto& f : ctx.store.facts(FactQuery{client.id, std::nullopt, window.first}))
    if (is_problem(f.kind) && window.contains(f.date) &&
        std::find(covered.begin(), covered.end(), f.id) == covered.end())
      sheet.other_problems.push_back(std::move(f));
  for (auto kind : {FactKind::appreciation, FactKind::referral})
    for (auto& f : ctx.store.facts(FactQuery{client.id, kind, window.first}))
      if (window.contains(f.date)) sheet.positives.push_back(std::move(f));
  std::sort(sheet.positives.begin(), sheet.positives.end(),
            [](const Fact& a, const Fact& b) { return a.date > b.date; });

  const auto& last = sheet.decision.last_decision;
  bool ending =
      last ? last->choice == Choice::leave : sheet.decision.recommendation.choice == Choice::leave;
  sheet.kind = ending                 ? PrepSheet::Kind::ending
               : sheet.topics.empty() ? PrepSheet::Kind::check_in
                                      : PrepSheet::Kind::change;
  switch (sheet.kind) {
    case PrepSheet::Kind::ending:
      sheet.purpose =
          client.status == ClientStatus::prospect
              ? tr("To decline calmly and kindly: thank them for the request, say in a sentence "
                   "why it does not fit, and part on good terms.")
              : tr("To end the collaboration calmly and fairly: say what you decided and why, in "
                   "a few facts, and agree on how open work, invoices and documents are handed "
                   "over.");
      break;
    case PrepSheet::Kind::check_in:
      sheet.purpose =
          tr("A check-in: how does the collaboration feel on both sides? Nothing crosses your "
             "thresholds about the client's conduct right now; say what goes well and ask what "
             "could be better.");
      break;
    case PrepSheet::Kind::change:
      sheet.purpose =
          tr("To talk openly about how we work together, so that it works well for both sides "
             "again: name the facts, listen to the client's view, and agree on what changes.");
      break;
  }
  if (last && !last->next_step.empty() && (!last->due || *last->due >= ctx.today()))
    sheet.next_step = last->next_step;
  else if (ending && client.status == ClientStatus::prospect)
    sheet.next_step =
        trf("Send a short, friendly decline in writing, and record your decision: "
            "rapport decide \"{}\" --choose leave.",
            client.name);
  else if (ending)
    sheet.next_step =
        trf("Confirm the end in writing, in the form the agreement asks for, and "
            "record your decision: rapport decide \"{}\" --choose leave.",
            client.name);
  else
    sheet.next_step =
        trf("Send a short written summary of what was agreed (rapport recap), "
            "and look at the facts again on {}.",
            format_date(sheet.follow_up));
  return sheet;
}

Conversation record_talk(Context& ctx, const Client& client, const TalkInput& input) {
  if (input.date > ctx.today())
    throw data_error(
        trf("--date: {} is in the future.", format_date(input.date)),
        tr("Record a conversation after it took place; prepare it with rapport prep."));
  if (input.follow_up && *input.follow_up <= input.date)
    throw data_error(
        trf("--follow-up: {} is not after the conversation.", format_date(*input.follow_up)),
        tr("Give the date on which you want to look at what changed."));
  if (text::trim(input.outcome).empty())
    throw data_error(tr("--outcome: the outcome is empty."),
                     tr("Write in one sentence how the conversation ended."));

  // The thresholds breached on the day of the talk become its topics.
  Context as_of_talk = ctx;
  as_of_talk.now.date = input.date;
  ClientHealth then = health_of_client(as_of_talk, client, kDefaultWindow);

  Conversation c;
  c.client_id = client.id;
  c.date = input.date;
  c.outcome = std::string(text::trim(input.outcome));
  c.agreed = trimmed(input.agreed);
  c.follow_up = input.follow_up;
  c.values_discussed = input.values_discussed;
  for (const auto& b : then.health.reasons)
    if (b.rule.level != Level::tolerate &&
        std::none_of(c.topics.begin(), c.topics.end(),
                     [&](const ConversationTopic& t) { return t.metric == b.rule.metric; }))
      c.topics.push_back({b.rule.metric, b.rule.level, b.value.value});

  ctx.store.transaction([&] {
    FactChanges details;
    details.date = input.date;
    details.note = trf("Conversation: {}", c.outcome);
    c.fact_id = log_fact(ctx, client, FactKind::meeting, details).id;
    c.id = ctx.store.add_conversation(c);
  });
  return c;
}

std::vector<Conversation> conversations_of(const Context& ctx, const Client& client) {
  return ctx.store.conversations(client.id);
}

Recap record_recap(Context& ctx, const Client& client, const RecapInput& input) {
  if (input.date > ctx.today())
    throw data_error(trf("--date: {} is in the future.", format_date(input.date)),
                     tr("Write the recap after the call."));
  Recap r;
  r.client = client;
  r.input = input;
  r.input.with = std::string(text::trim(input.with));
  r.input.topics = trimmed(input.topics);
  r.input.agreed = trimmed(input.agreed);
  r.input.open = trimmed(input.open);
  r.input.next_step = std::string(text::trim(input.next_step));
  if (r.input.topics.empty() && r.input.agreed.empty() && r.input.open.empty() &&
      r.input.next_step.empty())
    throw usage_error(tr("The recap is empty."),
                      tr("Give at least one --topic, --agreed, --open or --next."));
  r.user_name = ctx.settings.user_name;

  std::vector<std::string> parts;
  if (!r.input.with.empty()) parts.push_back(trf("with {}", r.input.with));
  if (!r.input.topics.empty()) parts.push_back(trf("topics: {}", text::join(r.input.topics, "; ")));
  if (!r.input.agreed.empty()) parts.push_back(trf("agreed: {}", text::join(r.input.agreed, "; ")));
  if (!r.input.open.empty()) parts.push_back(trf("open: {}", text::join(r.input.open, "; ")));
  if (!r.input.next_step.empty()) parts.push_back(trf("next: {}", r.input.next_step));
  FactChanges details;
  details.date = input.date;
  details.note = text::join(parts, " · ");
  r.fact = log_fact(ctx, client, FactKind::call, details);
  return r;
}

}  // namespace rapport
