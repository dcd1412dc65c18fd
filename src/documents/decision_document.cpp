// SPDX-License-Identifier: GPL-3.0-or-later
#include <fmt/format.h>

#include "core/text.hpp"
#include "documents/builders.hpp"
#include "i18n/i18n.hpp"

namespace rapport::documents {
namespace {

Block item_table(const std::vector<DecisionItem>& items) {
  std::vector<std::vector<std::string>> rows;
  for (const auto& i : items) rows.push_back({std::to_string(i.weight), i.text, i.source_label});
  return table({tr("Weight"), tr("Point"), tr("Source")}, std::move(rows));
}

std::string answer_text(const ChecklistEntry& e) {
  const char* answer = e.answer == Answer::yes  ? TR_NOOP("yes")
                       : e.answer == Answer::no ? TR_NOOP("no")
                                                : TR_NOOP("open");
  return fmt::format("{} — {} ({})", question_text(e.question), tr(answer), e.basis);
}

std::string suggested_step(const DecisionView& v) {
  switch (v.recommendation.choice) {
    case Choice::love:
      return tr(
          "Tell the client what you value in working together, and keep your "
          "thresholds in view.");
    case Choice::change:
      return trf(
          "Prepare a calm, factual conversation: rapport prep \"{}\". Record it "
          "afterwards with rapport talk, with a follow-up date.",
          v.client.name);
    case Choice::leave:
      return tr(
          "Read the notice terms of the running agreements, settle the open invoices, and "
          "end the collaboration in the required form, calmly and in writing.");
  }
  return {};
}

}  // namespace

std::vector<std::string> leaving_lines(const LeavingConsequences& l, const std::string& currency) {
  std::vector<std::string> lines;
  std::string revenue =
      trf("Revenue lost per year: {}", format_money(l.revenue_last_year, currency));
  if (l.revenue_share) revenue += trf(" ({:.0f} % of your revenue)", *l.revenue_share * 100.0);
  lines.push_back(revenue);
  if (l.open_invoices > 0) {
    std::string open = trf("Open invoices to settle first: {0}, together {1}", l.open_invoices,
                           format_money(l.open_amount, currency));
    if (l.overdue_amount > 0)
      open += trf(" (overdue: {})", format_money(l.overdue_amount, currency));
    lines.push_back(open);
  } else {
    lines.push_back(tr("No open invoices."));
  }
  if (l.running_agreements.empty()) {
    lines.push_back(tr("No running agreement to end."));
  } else {
    for (const auto& a : l.running_agreements) {
      std::string line = trf("Running agreement to end: {}", agreement_line(a, currency));
      if (auto end = l.earliest_end.find(a.id); end != l.earliest_end.end())
        line += " · " + trf("earliest end by your notice received today: {} (rapport contract "
                            "end {} explains it)",
                            format_date(end->second), a.id);
      lines.push_back(line);
    }
  }
  return lines;
}

Document decision_document(const DecisionView& v, const std::string& currency) {
  Document doc;
  doc.language = std::string(i18n::language_code(i18n::language()));
  doc.title = trf("Love it, change it or leave it: {}", v.client.name);
  doc.file_stem =
      fmt::format("{}-{}-{}", slug(tr("decision")), slug(v.client.name), iso_date(v.today));
  std::string score = v.health.health.score ? std::to_string(*v.health.health.score) : "–";
  doc.meta = {{tr("Client"), v.client.name},
              {tr("Date"), format_date(v.today)},
              {tr("Health"), trf("{0}, score {1}", label(v.health.health.band), score)}};

  Section rec{trf("Recommendation: {}", label(v.recommendation.choice)), {}};
  rec.blocks.push_back(bullets(v.recommendation.reasons));
  rec.blocks.push_back(
      note(tr("This is advice from your own facts and thresholds. The choice is "
              "yours.")));
  doc.sections.push_back(std::move(rec));

  Section pros{trf("Pros (weight {})", v.pro_weight), {}};
  if (v.pros.empty())
    pros.blocks.push_back(paragraph(tr("None recorded yet.")));
  else
    pros.blocks.push_back(item_table(v.pros));
  doc.sections.push_back(std::move(pros));
  Section cons{trf("Cons (weight {})", v.con_weight), {}};
  if (v.cons.empty())
    cons.blocks.push_back(paragraph(tr("None recorded yet.")));
  else
    cons.blocks.push_back(item_table(v.cons));
  doc.sections.push_back(std::move(cons));

  std::vector<std::string> questions;
  std::vector<bool> ticked;
  for (const auto& e : v.checklist) {
    questions.push_back(answer_text(e));
    ticked.push_back(e.answer == Answer::yes);
  }
  Section change{tr("Change it: have I given it a fair chance?"),
                 {checklist(std::move(questions), std::move(ticked))}};
  if (!v.values.empty())
    change.blocks.push_back(paragraph(trf("Your values: {}", text::join(v.values, ", "))));
  doc.sections.push_back(std::move(change));

  doc.sections.push_back({tr("If you leave"), {bullets(leaving_lines(v.leaving, currency))}});

  doc.sections.push_back({tr("What you could do next"), {paragraph(suggested_step(v))}});

  if (v.last_decision) {
    const auto& d = *v.last_decision;
    std::string line = trf("{0}: {1} (recommended: {2})", format_date(d.decided_on),
                           label(d.choice), label(d.recommendation));
    if (!d.next_step.empty()) line += " · " + trf("next step: {}", d.next_step);
    if (d.due) line += " · " + trf("due {}", format_date(*d.due));
    doc.sections.push_back({tr("Last decision"), {paragraph(line)}});
  }
  doc.footer = trf("Prepared with rapport on {}.", format_date(v.today));
  return doc;
}

}  // namespace rapport::documents
