// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The documents of decisions and conversations, built from the application's views in the
// current language.
#include <string>

#include "app/conversations.hpp"
#include "app/decisions.hpp"
#include "documents/document.hpp"
#include "documents/eml.hpp"

namespace rapport::documents {

Document decision_document(const DecisionView& view, const std::string& currency);
Document prep_document(const PrepSheet& sheet, const std::string& currency);
Document recap_document(const Recap& recap);

// The written summary the user sends after a call: plain text for the mail body.
std::string recap_mail_body(const Recap& recap);
// `date` in RFC 5322 form ("Tue, 10 Mar 2026 09:00:00 +0100").
MailDraft recap_mail(const Recap& recap, const std::string& date);
std::string rfc5322_date(const LocalDateTime& local, int utc_offset_minutes);

// Shared pieces.
std::vector<std::string> leaving_lines(const LeavingConsequences& l, const std::string& currency);
std::string agreement_line(const Agreement& a, const std::string& currency);
std::string fact_line(const Fact& f);

}  // namespace rapport::documents
