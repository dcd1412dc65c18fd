// SPDX-License-Identifier: GPL-3.0-or-later
#include <fmt/format.h>

#include "documents/builders.hpp"
#include "i18n/i18n.hpp"

namespace rapport::documents {
namespace {

std::string subject_of(const Recap& r) {
  return trf("Summary of our call on {}", format_date(r.input.date));
}

void list_into(std::string& out, const char* heading, const std::vector<std::string>& items) {
  if (items.empty()) return;
  out += std::string(tr(heading)) + "\n";
  for (const auto& item : items) out += "- " + item + "\n";
  out += "\n";
}

}  // namespace

Document recap_document(const Recap& r) {
  Document doc;
  doc.language = std::string(i18n::language_code(i18n::language()));
  doc.title = subject_of(r);
  doc.file_stem =
      fmt::format("{}-{}-{}", slug(tr("call")), slug(r.client.name), iso_date(r.input.date));
  doc.meta = {{tr("Client"), r.client.name}, {tr("Date"), format_date(r.input.date)}};
  if (!r.input.with.empty()) doc.meta.emplace_back(tr("With"), r.input.with);
  if (!r.input.topics.empty()) doc.sections.push_back({tr("Topics"), {bullets(r.input.topics)}});
  if (!r.input.agreed.empty()) doc.sections.push_back({tr("Agreed"), {bullets(r.input.agreed)}});
  if (!r.input.open.empty()) doc.sections.push_back({tr("Still open"), {bullets(r.input.open)}});
  if (!r.input.next_step.empty())
    doc.sections.push_back({tr("Next step"), {paragraph(r.input.next_step)}});
  doc.footer = tr("If you understood anything differently, please let me know.");
  return doc;
}

std::string recap_mail_body(const Recap& r) {
  std::string out;
  out += r.input.with.empty() ? std::string(tr("Hello,")) : trf("Hello {},", r.input.with);
  out += "\n\n";
  out +=
      trf("Thank you for our call on {}. Here is a short summary of what we discussed, so "
          "that we both work from the same notes.",
          format_date(r.input.date));
  out += "\n\n";
  list_into(out, TR_NOOP("Topics:"), r.input.topics);
  list_into(out, TR_NOOP("Agreed:"), r.input.agreed);
  list_into(out, TR_NOOP("Still open:"), r.input.open);
  if (!r.input.next_step.empty()) out += trf("Next step: {}", r.input.next_step) + "\n\n";
  out += std::string(tr("If you understood anything differently, please let me know.")) + "\n\n";
  out += std::string(tr("Kind regards")) + "\n";
  if (!r.user_name.empty()) out += r.user_name + "\n";
  return out;
}

MailDraft recap_mail(const Recap& r, const std::string& date) {
  MailDraft draft;
  draft.to = r.client.emails;
  draft.subject = subject_of(r);
  draft.body = recap_mail_body(r);
  draft.date = date;
  return draft;
}

}  // namespace rapport::documents
