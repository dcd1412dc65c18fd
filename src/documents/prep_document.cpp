// SPDX-License-Identifier: GPL-3.0-or-later
#include <fmt/format.h>

#include "core/text.hpp"
#include "documents/builders.hpp"
#include "i18n/i18n.hpp"

namespace rapport::documents {
namespace {

Section topic_section(int number, const PrepTopic& t, Date today, const std::string& currency) {
  Section s{trf("Topic {0}: {1}", number, label(t.breach.rule.metric)), {}};
  s.blocks.push_back(paragraph(trf("Measured: {}", reason_text(t.breach, currency))));
  if (!t.facts.empty()) {
    std::vector<std::vector<std::string>> rows;
    for (const auto& f : t.facts)
      rows.push_back({format_date(f.date), label(f.kind), fact_details(f)});
    s.blocks.push_back(table({tr("Date"), tr("What"), tr("Details")}, std::move(rows)));
  }
  if (!t.invoices.empty()) {
    std::vector<std::vector<std::string>> rows;
    for (const auto& v : t.invoices) {
      std::string state;
      if (auto settled = v.settled_on()) {
        int late = days_between(v.invoice.due_date, *settled);
        state = late > 0 ? trf("paid {0}, {1} days late", format_date(*settled), late)
                         : trf("paid {}, on time", format_date(*settled));
      } else if (v.outstanding() > 0) {
        state = trf("{} open", format_money(v.outstanding(), currency));
        int overdue = days_between(v.invoice.due_date, today);
        if (overdue > 0) state += " · " + trf("{} days overdue", overdue);
      } else {
        state = label(v.invoice.status);
      }
      rows.push_back({v.invoice.number, format_date(v.invoice.issue_date),
                      format_date(v.invoice.due_date), format_money(v.invoice.payable(), currency),
                      state});
    }
    s.blocks.push_back(table({tr("Invoice"), tr("Issued"), tr("Due"), tr("Amount"), tr("State")},
                             std::move(rows)));
  }
  if (!t.other_evidence.empty()) {
    std::vector<std::string> lines;
    for (const auto& e : t.other_evidence) lines.push_back(evidence_text(e));
    s.blocks.push_back(bullets(std::move(lines)));
  }
  s.blocks.push_back(paragraph(trf("My wish: {}", t.wish)));
  return s;
}

}  // namespace

Document prep_document(const PrepSheet& p, const std::string& currency) {
  const DecisionView& v = p.decision;
  Document doc;
  doc.language = std::string(i18n::language_code(i18n::language()));
  doc.title = trf("Conversation preparation: {}", v.client.name);
  doc.file_stem =
      fmt::format("{}-{}-{}", slug(tr("conversation")), slug(v.client.name), iso_date(v.today));
  doc.meta = {{tr("Client"), v.client.name},
              {tr("Prepared on"), format_date(v.today)},
              {tr("Follow-up"), format_date(p.follow_up)}};

  doc.sections.push_back({tr("Purpose"), {paragraph(p.purpose)}});
  doc.sections.push_back(
      {tr("Setting"),
       {checklist({tr("A quiet place without interruptions"),
                   tr("Enough time: plan 45 minutes, not between two other appointments"),
                   tr("In person or by phone — not by e-mail or chat"),
                   tr("The date agreed in advance, with the topic announced"),
                   tr("This sheet at hand; facts, not interpretations")})}});

  std::vector<std::string> good;
  for (const auto& f : p.positives) good.push_back(fact_line(f));
  // What to say to the client: the user's own pros and whether the client is a reference;
  // revenue and rate are the user's business, not a compliment.
  for (const auto& item : v.pros)
    if (item.source.empty() || item.source == "reference") good.push_back(item.text);
  if (good.empty()) good.push_back(tr("Nothing recorded yet: think of one thing you appreciate."));
  doc.sections.push_back({tr("What goes well (start with this)"), {bullets(std::move(good))}});

  if (p.topics.empty()) {
    doc.sections.push_back({tr("Topics"),
                            {paragraph(tr("No threshold to address is crossed. Ask how the client "
                                          "sees the collaboration, and share how you see it."))}});
  }
  int number = 0;
  for (const auto& t : p.topics)
    doc.sections.push_back(topic_section(++number, t, v.today, currency));

  if (!p.other_problems.empty()) {
    std::vector<std::vector<std::string>> rows;
    for (const auto& f : p.other_problems)
      rows.push_back({format_date(f.date), label(f.kind), fact_details(f)});
    doc.sections.push_back(
        {tr("Also on record"),
         {paragraph(tr("Earlier or smaller things of the last 12 months that are not among the "
                       "topics. Decide whether they belong in the conversation.")),
          table({tr("Date"), tr("What"), tr("Details")}, std::move(rows))}});
  }

  std::vector<std::string> questions;
  switch (p.kind) {
    case PrepSheet::Kind::ending:
      questions = {tr("What do you still need from me so that we can wrap up well?"),
                   tr("Which open points do we settle, and by when?")};
      break;
    case PrepSheet::Kind::check_in:
      questions = {tr("How do you experience our collaboration so far?"),
                   tr("What would make it even better for you?")};
      break;
    case PrepSheet::Kind::change:
      questions = {tr("What did you expect from our collaboration, and where does it differ?"),
                   tr("How did these situations come about from your side?"),
                   tr("What would you need so that this works for both of us?")};
      for (const auto& t : p.topics)
        if (std::find(questions.begin(), questions.end(), t.question) == questions.end())
          questions.push_back(t.question);
      break;
  }
  doc.sections.push_back({tr("Questions to ask"), {bullets(std::move(questions))}});

  Section values{tr("My values"), {}};
  if (v.values.empty())
    values.blocks.push_back(
        note(tr("You have not named your values yet: rapport settings set "
                "values \"appreciation, reliability\".")));
  else
    values.blocks.push_back(bullets(v.values));
  doc.sections.push_back(std::move(values));

  if (p.kind == PrepSheet::Kind::ending) {
    doc.sections.push_back(
        {tr("What ending means"), {bullets(leaving_lines(v.leaving, currency))}});
  } else {
    std::vector<std::string> consequences;
    for (const auto& t : p.topics) consequences.push_back(t.consequence);
    if (consequences.empty())
      consequences.push_back(tr("Nothing needs to change; keep an eye on your thresholds."));
    doc.sections.push_back({tr("If nothing changes"), {bullets(std::move(consequences))}});
  }

  if (!p.background.empty()) {
    std::vector<std::string> lines;
    for (const auto& b : p.background) lines.push_back(reason_text(b, currency));
    doc.sections.push_back(
        {tr("For you, not for the conversation"),
         {note(tr("These are your own signals. They explain why the talk matters to you; they "
                  "are not facts to put to the client.")),
          bullets(std::move(lines))}});
  }

  doc.sections.push_back(
      {tr("Next step and follow-up"),
       {paragraph(p.next_step), paragraph(trf("Follow-up: {}", format_date(p.follow_up))),
        paragraph(trf("After the conversation, record it: rapport talk \"{0}\" --date DATE "
                      "--outcome \"…\" --agreed \"…\" --follow-up {1}",
                      v.client.name, iso_date(p.follow_up)))}});
  doc.footer = trf("Prepared with rapport on {}.", format_date(v.today));
  return doc;
}

}  // namespace rapport::documents
