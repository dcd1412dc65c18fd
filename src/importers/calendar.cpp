// SPDX-License-Identifier: GPL-3.0-or-later
// iCalendar files: read by the readers module (libical); the messages are worded here.
#include "importers/calendar.hpp"

#include <algorithm>

#include "core/error.hpp"
#include "i18n/i18n.hpp"
#include "importers/modules.hpp"
#include "importers/readers_module.hpp"

namespace rapport::importers {
namespace {

std::size_t line_of(std::string_view text, const std::string& uid) {
  if (uid.empty()) return 0;
  auto at = text.find("UID:" + uid);
  if (at == std::string_view::npos) return 0;
  return 1 + static_cast<std::size_t>(
                 std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
}

}  // namespace

Calendar read_ics(std::string_view text, const std::string& file, const std::string& default_zone,
                  Instant horizon) {
  static auto* read = readers_function<decltype(rapport_read_ics)>("rapport_read_ics");
  std::string copy(text);  // libical wants a terminated string
  Calendar out;
  IcsOutcome outcome;
  read(copy.c_str(), default_zone.c_str(), horizon.time_since_epoch().count(), &out, &outcome);
  using P = IcsOutcome::Problem;
  switch (outcome.problem) {
    case P::none:
      break;
    case P::not_a_calendar:
      throw data_error(trf("{}: this is no iCalendar file (no BEGIN:VCALENDAR).", file),
                       tr("Export the calendar as .ics from the calendar app."));
    case P::event_without_uid:
    case P::event_without_start:
      throw data_error(
          trf("{0}:{1}: an event without {2} cannot be imported.", file, line_of(text, outcome.uid),
              outcome.problem == P::event_without_uid ? "UID" : "DTSTART"),
          tr("Export the calendar again; every event of an export has a UID and a start."));
    case P::bad_start:
      throw data_error(trf("{0}:{1}: the start of event \"{2}\" cannot be read.", file,
                           line_of(text, outcome.uid), outcome.uid));
  }
  return out;
}

}  // namespace rapport::importers
