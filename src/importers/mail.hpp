// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Mail folders: mbox files and Maildir directories. Only the header block of each message is
// read (GMime decodes its addresses, dates and encoded words); bodies are skipped unread.
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/types.hpp"

namespace rapport::importers {

struct MailHeader {
  std::string message_id;  // without <>; may be empty
  std::optional<Instant> sent_at;
  std::string from;             // address, lower case
  std::vector<std::string> to;  // To and Cc addresses, lower case
  std::string subject;          // decoded, when asked for
  std::string raw_subject;      // as written (for a message without an id)
  std::string thread;           // the first message id of References, else In-Reply-To, else own id
  std::size_t position = 0;     // 1-based number of the message in its folder
};

using MailSink = std::function<void(const MailHeader&)>;
using Progress = std::function<void(double)>;

// With `subjects`, subjects are decoded (otherwise left out: nothing needs them).
void read_mbox(const std::string& path, const MailSink& sink, const Progress& progress = {},
               bool subjects = false);
void read_mbox_bytes(std::string_view bytes, const MailSink& sink, bool subjects = false);
void read_maildir(const std::string& directory, const MailSink& sink, const Progress& progress = {},
                  bool subjects = false);
bool is_maildir(const std::string& path);

}  // namespace rapport::importers
