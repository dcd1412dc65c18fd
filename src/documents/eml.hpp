// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A mail draft as an .eml file (RFC 5322, MIME, UTF-8) the user opens in their mail program.
#include <string>
#include <vector>

namespace rapport::documents {

struct MailDraft {
  std::vector<std::string> to;  // addresses
  std::string from;             // optional: "Name <address>" or empty
  std::string subject;
  std::string body;  // plain text, lines separated by \n
  std::string date;  // RFC 5322 date-time, e.g. "Tue, 10 Mar 2026 09:00:00 +0100"
  std::string message_id_domain = "rapport.invalid";
};

std::string render_eml(const MailDraft& draft);

}  // namespace rapport::documents
