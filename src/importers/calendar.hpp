// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// iCalendar files (RFC 5545) read with libical: events with their time zones, recurring
// events expanded, cancelled events (STATUS:CANCELLED, METHOD:CANCEL) with the time they
// were cancelled.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/types.hpp"

namespace rapport::importers {

struct CalendarEvent {
  std::string uid;
  std::string occurrence;  // the RECURRENCE-ID or the start of an expanded instance; "" if single
  Instant start;
  std::optional<Instant> end;
  std::string zone;  // IANA name of DTSTART's zone, or the default for floating times
  bool all_day = false;
  std::string summary;
  bool cancelled = false;
  std::optional<Instant> changed_at;  // LAST-MODIFIED, else DTSTAMP
  std::string organizer;              // addresses, lower case, without mailto:
  std::vector<std::string> attendees;
};

struct Calendar {
  std::string name;  // X-WR-CALNAME, if any
  bool method_cancel = false;
  std::optional<Instant> exported_at;  // the latest DTSTAMP
  std::vector<CalendarEvent> events;
};

// Floating times are read in `default_zone`; recurring events are expanded up to `horizon`.
Calendar read_ics(std::string_view text, const std::string& file, const std::string& default_zone,
                  Instant horizon);

}  // namespace rapport::importers
