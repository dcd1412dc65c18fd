// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The documents of decisions and conversations, built from the application's views in the
// current language.
#include <string>

#include "app/contract.hpp"
#include "app/conversations.hpp"
#include "app/decisions.hpp"
#include "documents/document.hpp"
#include "documents/eml.hpp"

namespace rapport::documents {

Document decision_document(const DecisionView& view, const std::string& currency);
Document prep_document(const PrepSheet& sheet, const std::string& currency);
Document recap_document(const Recap& recap);

// A termination letter draft, with a part for the user to remove before sending.
Document termination_letter_document(const TerminationLetter& letter);
// A payment reminder of the level asked for.
Document dunning_document(const Dunning& dunning, const std::string& currency);

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
