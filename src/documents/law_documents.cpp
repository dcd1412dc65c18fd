// SPDX-License-Identifier: GPL-3.0-or-later
// The letters of leaving correctly: the termination and the payment reminder. Each draft
// ends with a part for the user only — what to check, the form, the disclaimer — to remove
// before sending.
#include <fmt/format.h>

#include "core/text.hpp"
#include "documents/builders.hpp"
#include "i18n/i18n.hpp"

namespace rapport::documents {
namespace {

std::string language() {
  return std::string(i18n::language_code(i18n::language()));
}

void sign(Section& s, const std::string& sender) {
  s.blocks.push_back(paragraph(tr("Kind regards")));
  if (!sender.empty()) s.blocks.push_back(paragraph(sender));
}

}  // namespace

Document termination_letter_document(const TerminationLetter& l) {
  const Agreement& a = l.end.agreement;
  Document doc;
  doc.language = language();
  doc.title = trf("Termination of the agreement \"{}\"", a.title);
  doc.file_stem = fmt::format("{}-{}-{}", slug(tr("termination")), slug(l.end.client.name),
                              iso_date(l.written_on));
  if (!l.sender.empty()) doc.meta.emplace_back(tr("From"), l.sender);
  doc.meta.emplace_back(tr("To"), l.end.client.name);
  doc.meta.emplace_back(tr("Date"), format_date(l.written_on));
  std::string agreement = a.title;
  if (a.start) agreement += " " + trf("(since {})", format_date(*a.start));
  doc.meta.emplace_back(tr("Agreement"), agreement);

  Section letter{tr("Letter"), {}};
  letter.blocks.push_back(paragraph(tr("Dear Sir or Madam,")));
  if (l.for_cause) {
    letter.blocks.push_back(paragraph(
        trf("I hereby terminate the agreement \"{0}\" between us for cause, without notice, with "
            "effect from {1}. The reason: {2}",
            a.title, format_date(l.end_date), l.reason)));
    letter.blocks.push_back(
        paragraph(tr("As a precaution, I also terminate the agreement in due "
                     "time at the next possible date.")));
  } else {
    letter.blocks.push_back(
        paragraph(trf("I hereby terminate the agreement \"{0}\" between us in "
                      "due time with effect from {1}, or otherwise at the "
                      "next possible date.",
                      a.title, format_date(l.end_date))));
  }
  letter.blocks.push_back(
      paragraph(tr("Please confirm in writing that you received this letter, "
                   "and the date the agreement ends.")));
  letter.blocks.push_back(
      paragraph(tr("Until then I will finish the work that is due as agreed "
                   "and send you a final statement of the open work and "
                   "invoices.")));
  sign(letter, l.sender);
  doc.sections.push_back(std::move(letter));

  std::vector<std::string> checks;
  if (l.earliest && l.end_date < *l.earliest && !l.for_cause)
    checks.push_back(
        trf("The earliest ordinary end rapport computed for a notice received today "
            "is {0}, later than the {1} in the letter; \"otherwise at the next "
            "possible date\" covers it, but check your date.",
            format_date(*l.earliest), format_date(l.end_date)));
  else if (l.earliest)
    checks.push_back(
        trf("The earliest ordinary end rapport computed for a notice received "
            "today: {}.",
            format_date(*l.earliest)));
  for (const auto& r : l.end.advice.routes)
    if (r.kind == law::RouteKind::ordinary && r.latest_receipt && r.wanted_end)
      checks.push_back(trf("To end on {0}, the letter must reach the client by {1}.",
                           format_date(*r.wanted_end), format_date(*r.latest_receipt)));
  if (l.for_cause)
    checks.push_back(
        tr("For cause: the notice must arrive within two weeks of learning the "
           "facts (§ 626 BGB), and a warning usually has to come first."));
  for (const auto& f : l.end.advice.form) checks.push_back(f);
  checks.push_back(tr("Keep proof of the day it arrived: what counts is receipt, not sending."));
  doc.sections.push_back({tr("For you: check before sending, then remove this part"),
                          {bullets(std::move(checks)), note(l.end.disclaimer)}});
  doc.footer = trf("Draft prepared with rapport on {}.", format_date(l.written_on));
  return doc;
}

Document dunning_document(const Dunning& d, const std::string& currency) {
  Document doc;
  doc.language = language();
  const char* title = d.level == 1   ? TR_NOOP("Payment reminder")
                      : d.level == 2 ? TR_NOOP("Reminder")
                                     : TR_NOOP("Final reminder");
  doc.title = tr(title);
  doc.file_stem =
      fmt::format("{}-{}-{}", slug(tr(title)), slug(d.client.name), iso_date(d.written_on));
  if (!d.sender.empty()) doc.meta.emplace_back(tr("From"), d.sender);
  doc.meta.emplace_back(tr("To"), d.client.name);
  doc.meta.emplace_back(tr("Date"), format_date(d.written_on));

  Cents total = d.open_total + d.interest_total + d.fees_total;
  Section letter{tr("Letter"), {}};
  letter.blocks.push_back(paragraph(tr("Dear Sir or Madam,")));
  switch (d.level) {
    case 1:
      letter.blocks.push_back(paragraph(
          trf("perhaps it slipped through: the invoices below are still open. Please pay {0} by "
              "{1}. If you have paid in the meantime, please disregard this letter.",
              format_money(total, currency), format_date(d.pay_by))));
      break;
    case 2:
      letter.blocks.push_back(paragraph(
          tr("the invoices below are overdue; you have been in default since the dates shown. "
             "Besides the open amounts I charge default interest of nine points above the base "
             "rate (§ 288 Abs. 2 BGB) and the flat fee of 40 euros per invoice (§ 288 Abs. 5 "
             "BGB).")));
      letter.blocks.push_back(paragraph(
          trf("Please pay {0} by {1}.", format_money(total, currency), format_date(d.pay_by))));
      break;
    default:
      letter.blocks.push_back(paragraph(
          tr("despite my reminders, the invoices below are still unpaid. Besides the open "
             "amounts I charge default interest of nine points above the base rate (§ 288 Abs. "
             "2 BGB) and the flat fee of 40 euros per invoice (§ 288 Abs. 5 BGB).")));
      letter.blocks.push_back(paragraph(
          trf("This is my last reminder: please pay {0} by {1}. Otherwise I will apply for a court "
              "order for payment without further notice.",
              format_money(total, currency), format_date(d.pay_by))));
      break;
  }
  std::vector<std::vector<std::string>> rows;
  for (const auto& i : d.invoices) {
    const Invoice& inv = i.invoice.invoice;
    std::vector<std::string> row{inv.number, format_date(inv.issue_date),
                                 format_money(i.invoice.outstanding, currency),
                                 i.in_default ? format_date(i.start.first_day) : "–"};
    if (d.level >= 2) {
      row.push_back(format_money(i.in_default ? i.interest.interest : 0, currency));
      row.push_back(format_money(i.in_default ? i.interest.flat_fee : 0, currency));
    }
    rows.push_back(std::move(row));
  }
  std::vector<std::string> header{tr("Invoice"), tr("Date"), tr("Open"), tr("In default since")};
  if (d.level >= 2) {
    header.push_back(trf("Interest to {}", format_date(d.written_on)));
    header.push_back(tr("Flat fee"));
  }
  letter.blocks.push_back(table(std::move(header), std::move(rows)));
  std::string sum = trf("Open: {}", format_money(d.open_total, currency));
  if (d.level >= 2)
    sum += " · " + trf("interest: {0} · flat fees: {1}", format_money(d.interest_total, currency),
                       format_money(d.fees_total, currency));
  sum += " · " + trf("total: {}", format_money(total, currency));
  letter.blocks.push_back(paragraph(sum));
  letter.blocks.push_back(
      paragraph(tr("Please transfer the amount to the account on the "
                   "invoices.")));
  sign(letter, d.sender);
  doc.sections.push_back(std::move(letter));

  std::vector<std::string> checks;
  for (const auto& i : d.invoices) {
    checks.push_back(
        trf("{0}: {1} {2}", i.invoice.invoice.number, i.start.basis, i.start.paragraph));
    for (const auto& w : i.warnings)
      if (std::find(checks.begin(), checks.end(), w) == checks.end()) checks.push_back(w);
  }
  if (!d.invoices.empty())
    checks.push_back(
        trf("The oldest claim becomes time-barred after {}; a court order for payment "
            "stops that.",
            format_date(d.invoices.front().limitation.last_day)));
  doc.sections.push_back({tr("For you: check before sending, then remove this part"),
                          {bullets(std::move(checks)), note(d.disclaimer)}});
  doc.footer = trf("Draft prepared with rapport on {}.", format_date(d.written_on));
  return doc;
}

}  // namespace rapport::documents
