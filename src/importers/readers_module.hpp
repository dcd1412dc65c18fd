// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The readers module (librapport-readers.so): what needs libical or GMime, which bring GLib and
// ICU with them. Loaded on first use by calendar.cpp and mail.cpp; it neither throws nor
// translates: it reports, and the caller words the message.
#include <cstdint>
#include <string>
#include <vector>

#include "importers/calendar.hpp"

namespace rapport::importers {

// What went wrong reading a calendar, for the caller to put into words.
struct IcsOutcome {
  enum class Problem { none, not_a_calendar, event_without_uid, event_without_start, bad_start };
  Problem problem = Problem::none;
  std::string uid;  // of the event concerned
};

}  // namespace rapport::importers

extern "C" {
// Reads an iCalendar text; floating times in `default_zone`, recurrences up to `horizon`
// (Unix seconds).
void rapport_read_ics(const char* text, const char* default_zone, std::int64_t horizon,
                      rapport::importers::Calendar* out, rapport::importers::IcsOutcome* outcome);
// The addresses of an address header (To, Cc, From …), lower case; groups flattened.
void rapport_mail_addresses(const char* value, std::vector<std::string>* out);
// An RFC 5322 date as Unix seconds; false when it cannot be read.
bool rapport_mail_date(const char* value, std::int64_t* seconds);
// A header with RFC 2047 encoded words, decoded to UTF-8.
void rapport_mail_decode(const char* value, std::string* out);
}
