// SPDX-License-Identifier: GPL-3.0-or-later
#include <unistd.h>

#include <iostream>

#include "app/clients.hpp"
#include "app/decisions.hpp"
#include "app/json.hpp"
#include "cli/document_output.hpp"
#include "cli/prompt.hpp"
#include "cli/registry.hpp"
#include "cli/session.hpp"
#include "core/error.hpp"
#include "core/text.hpp"
#include "documents/builders.hpp"
#include "i18n/i18n.hpp"

namespace rapport::cli {
namespace {

struct Options {
  std::string client;
  std::vector<std::string> pros, cons, drop, answers;
  TextOption choose, next, due;
  DocumentOptions document;
};

DecisionEdits edits_of(const Options& o) {
  DecisionEdits e;
  for (const auto& p : o.pros) e.add.push_back(parse_decision_item(Side::pro, p, "--pro"));
  for (const auto& c : o.cons) e.add.push_back(parse_decision_item(Side::con, c, "--con"));
  e.drop = o.drop;
  for (const auto& a : o.answers) {
    auto eq = a.find('=');
    if (eq == std::string::npos)
      throw usage_error(trf("--answer: \"{}\" has no answer.", a),
                        tr("Write QUESTION=yes or QUESTION=no, e.g. values_known=yes."));
    e.answers.emplace_back(parse_change_question(a.substr(0, eq), "--answer"),
                           parse_answer(a.substr(eq + 1), "--answer"));
  }
  return e;
}

// On a terminal, after the advice: record the choice now, or skip with Enter.
std::optional<DecisionChoice> ask_for_choice(Output& out, const DecisionView& v, Date today) {
  std::string answer =
      ask(out, trf("Record your decision now? love, change or leave (rapport suggests {}); "
                   "Enter skips:",
                   code(v.recommendation.choice)));
  if (answer.empty()) return std::nullopt;
  DecisionChoice choice;
  choice.choice = parse_choice(answer, tr("your choice"));
  choice.next_step = ask(out, tr("The next step:"));
  std::string due = ask(out, tr("Due by (a date, Enter for none):"));
  if (!due.empty()) choice.due = parse_date(due, today, tr("due date"));
  return choice;
}

void report(Output& out, const Client& c, const DecisionRecord& d) {
  std::string line = trf("Recorded the decision for \"{0}\": {1}.", c.name, label(d.choice));
  if (!d.next_step.empty()) line += " " + trf("Next step: {}.", d.next_step);
  if (d.due) line += " " + trf("Due {}.", format_date(*d.due));
  out.done(line);
}

}  // namespace

Runner define_decide(CLI::App& cmd) {
  auto o = std::make_shared<Options>();
  cmd.add_option("CLIENT", o->client, tr("Name, alias or id of the client"))->required();
  add_list(cmd, "--pro", o->pros,
           tr("A reason to keep the client, with a weight 1–5 after a colon (kept; repeatable)"),
           tr("TEXT:WEIGHT"));
  add_list(cmd, "--con", o->cons,
           tr("A reason against the client, with a weight 1–5 after a colon (kept; repeatable)"),
           tr("TEXT:WEIGHT"));
  add_list(cmd, "--drop", o->drop, tr("Remove one of your pros or cons by its text (repeatable)"),
           type_text());
  add_list(cmd, "--answer", o->answers,
           tr("Answer a question of the change-it checklist: values_known, importance_known, "
              "said_clearly or improved_after =yes|no|unknown (repeatable)"),
           tr("QUESTION=ANSWER"));
  add_text(cmd, "--choose", o->choose, tr("Record your decision: love, change or leave"),
           "love|change|leave");
  add_text(cmd, "--next", o->next, tr("The next step of the decision"), type_text());
  add_text(cmd, "--due", o->due, tr("When the next step is due"), type_date());
  add_document_options(cmd, o->document);
  return [o](Session& s) {
    Context& ctx = s.context();
    Client c = resolve_client(ctx.store, o->client);
    if (!o->choose.given() && (o->next.given() || o->due.given()))
      throw usage_error(tr("--next and --due belong to a decision."),
                        tr("Add --choose love|change|leave."));
    DecisionEdits edits = edits_of(*o);
    std::optional<DecisionChoice> choice;
    if (o->choose.given()) {
      choice = DecisionChoice{parse_choice(o->choose.value, "--choose"),
                              text_of(o->next).value_or(""), date_of(o->due, ctx.today())};
    }
    if (!edits.add.empty() || !edits.drop.empty() || !edits.answers.empty())
      edit_decision_inputs(ctx, c, edits);
    if (choice) {
      DecisionRecord d = record_decision(ctx, c, *choice);
      if (s.options().json) {
        s.out().print_json(to_json(d, false));
        return 0;
      }
      report(s.out(), c, d);
      return 0;
    }
    DecisionView view = decision_view(ctx, c);
    if (s.options().json) {
      s.out().print_json(to_json(view));
      return 0;
    }
    emit_document(s, documents::decision_document(view, ctx.settings.currency), o->document);
    bool interactive =
        isatty(STDIN_FILENO) && isatty(STDOUT_FILENO) && !o->document.given() && !s.options().quiet;
    if (interactive) {
      s.out().line();
      if (auto asked = ask_for_choice(s.out(), view, ctx.today()))
        report(s.out(), c, record_decision(ctx, c, *asked));
    }
    return 0;
  };
}

}  // namespace rapport::cli
