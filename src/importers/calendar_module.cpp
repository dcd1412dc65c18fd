// SPDX-License-Identifier: GPL-3.0-or-later
// Part of the readers module: iCalendar with libical. No rapport library is linked in here;
// problems are reported through IcsOutcome.
#include <fmt/format.h>
#include <libical/ical.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <memory>
#include <set>

#include "importers/readers_module.hpp"

namespace rapport::importers {
namespace {

std::string trimmed(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return std::string(s);
}

struct FreeComponent {
  void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};
using ComponentPtr = std::unique_ptr<icalcomponent, FreeComponent>;
struct FreeIterator {
  void operator()(icalrecur_iterator* i) const { icalrecur_iterator_free(i); }
};

std::string address_of(const char* value) {
  if (!value) return {};
  std::string v = trimmed(value);
  for (char& c : v)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  if (v.starts_with("mailto:")) v.erase(0, 7);
  return v;
}

Instant instant_of(time_t t) {
  return Instant{std::chrono::seconds{static_cast<std::int64_t>(t)}};
}

// The instant of a DATE-TIME or DATE as the file means it: UTC, in its TZID, or floating
// (then in the default zone). icaltime_as_timet_with_zone handles DST; icaltime_subtract
// would not.
Instant to_instant(icaltimetype t, icaltimezone* fallback) {
  const icaltimezone* zone = t.zone;
  if (icaltime_is_utc(t)) zone = icaltimezone_get_utc_timezone();
  if (!zone) zone = fallback;
  return instant_of(icaltime_as_timet_with_zone(t, zone));
}

std::string zone_name(icaltimetype t, const std::string& fallback) {
  if (icaltime_is_utc(t)) return fallback;  // shown in the user's zone
  if (t.zone) {
    const char* location = icaltimezone_get_location(const_cast<icaltimezone*>(t.zone));
    if (location && *location) return location;
    const char* tzid = icaltimezone_get_tzid(const_cast<icaltimezone*>(t.zone));
    // Zones defined in the file carry their IANA name at the end of a TZID like
    // /freeassociation.sourceforge.net/Europe/Berlin.
    if (tzid) {
      std::string id = tzid;
      for (std::size_t from = 0; from != std::string::npos;) {
        std::string candidate = id.substr(from);
        if (!candidate.empty() && icaltimezone_get_builtin_timezone(candidate.c_str()))
          return candidate;
        auto slash = id.find('/', from);
        from = slash == std::string::npos ? slash : slash + 1;
      }
    }
  }
  return fallback;
}

std::string iso_utc(Instant t) {
  auto day = std::chrono::floor<std::chrono::days>(t);
  std::chrono::hh_mm_ss hms{t - day};
  Date date{day};
  return fmt::format("{:04d}-{:02d}-{:02d}T{:02d}{:02d}{:02d}Z", static_cast<int>(date.year()),
                     static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()),
                     hms.hours().count(), hms.minutes().count(), hms.seconds().count());
}

void read_calendar(const char* text, const std::string& default_zone, Instant horizon,
                   Calendar& out, IcsOutcome& outcome) {
  ComponentPtr root(icalparser_parse_string(text));
  icalcomponent* cal = root.get();
  if (cal && icalcomponent_isa(cal) != ICAL_VCALENDAR_COMPONENT)
    cal = icalcomponent_get_first_component(root.get(), ICAL_VCALENDAR_COMPONENT);
  if (!cal) {
    outcome.problem = IcsOutcome::Problem::not_a_calendar;
    return;
  }
  icaltimezone* fallback = icaltimezone_get_builtin_timezone(default_zone.c_str());
  if (!fallback) fallback = icaltimezone_get_utc_timezone();

  for (auto* p = icalcomponent_get_first_property(cal, ICAL_X_PROPERTY); p;
       p = icalcomponent_get_next_property(cal, ICAL_X_PROPERTY))
    if (std::string_view(icalproperty_get_x_name(p)) == "X-WR-CALNAME")
      out.name = trimmed(icalproperty_get_x(p));
  if (auto* m = icalcomponent_get_first_property(cal, ICAL_METHOD_PROPERTY))
    out.method_cancel = icalproperty_get_method(m) == ICAL_METHOD_CANCEL;

  // Overrides of single instances of a recurring event, by UID and RECURRENCE-ID.
  std::map<std::string, std::set<std::string>> overridden;
  std::vector<icalcomponent*> events;
  for (auto* e = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); e;
       e = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT)) {
    events.push_back(e);
    if (auto* rid = icalcomponent_get_first_property(e, ICAL_RECURRENCEID_PROPERTY)) {
      icaltimetype t = icalproperty_get_datetime_with_component(rid, e);
      const char* uid = icalcomponent_get_uid(e);
      overridden[uid ? uid : ""].insert(iso_utc(to_instant(t, fallback)));
    }
  }

  for (icalcomponent* e : events) {
    CalendarEvent base;
    const char* uid = icalcomponent_get_uid(e);
    base.uid = uid ? uid : "";
    auto* start_prop = icalcomponent_get_first_property(e, ICAL_DTSTART_PROPERTY);
    if (base.uid.empty() || !start_prop) {
      outcome.problem = base.uid.empty() ? IcsOutcome::Problem::event_without_uid
                                         : IcsOutcome::Problem::event_without_start;
      outcome.uid = base.uid;
      return;
    }
    icaltimetype start = icalproperty_get_datetime_with_component(start_prop, e);
    if (icaltime_is_null_time(start) || !icaltime_is_valid_time(start)) {
      outcome.problem = IcsOutcome::Problem::bad_start;
      outcome.uid = base.uid;
      return;
    }
    base.all_day = start.is_date;
    base.zone = zone_name(start, default_zone);
    std::optional<Instant> end;
    Instant start_at = to_instant(start, fallback);
    if (auto* end_prop = icalcomponent_get_first_property(e, ICAL_DTEND_PROPERTY)) {
      end = to_instant(icalproperty_get_datetime_with_component(end_prop, e), fallback);
    } else if (auto* d = icalcomponent_get_first_property(e, ICAL_DURATION_PROPERTY)) {
      end = start_at + std::chrono::seconds{icaldurationtype_as_int(icalproperty_get_duration(d))};
    }
    if (const char* summary = icalcomponent_get_summary(e)) base.summary = trimmed(summary);
    base.cancelled = out.method_cancel || icalcomponent_get_status(e) == ICAL_STATUS_CANCELLED;
    std::optional<Instant> stamp;
    if (auto* s = icalcomponent_get_first_property(e, ICAL_DTSTAMP_PROPERTY))
      stamp = to_instant(icalproperty_get_dtstamp(s), fallback);
    if (auto* m = icalcomponent_get_first_property(e, ICAL_LASTMODIFIED_PROPERTY))
      base.changed_at = to_instant(icalproperty_get_lastmodified(m), fallback);
    if (!base.changed_at) base.changed_at = stamp;
    if (stamp && (!out.exported_at || *stamp > *out.exported_at)) out.exported_at = stamp;
    if (auto* o = icalcomponent_get_first_property(e, ICAL_ORGANIZER_PROPERTY))
      base.organizer = address_of(icalproperty_get_organizer(o));
    for (auto* a = icalcomponent_get_first_property(e, ICAL_ATTENDEE_PROPERTY); a;
         a = icalcomponent_get_next_property(e, ICAL_ATTENDEE_PROPERTY))
      base.attendees.push_back(address_of(icalproperty_get_attendee(a)));

    std::chrono::seconds duration{end ? *end - start_at : std::chrono::seconds{0}};
    if (auto* rid = icalcomponent_get_first_property(e, ICAL_RECURRENCEID_PROPERTY)) {
      base.occurrence =
          iso_utc(to_instant(icalproperty_get_datetime_with_component(rid, e), fallback));
    }
    auto* rrule = icalcomponent_get_first_property(e, ICAL_RRULE_PROPERTY);
    if (!rrule || !base.occurrence.empty()) {
      base.start = start_at;
      base.end = end;
      out.events.push_back(std::move(base));
      continue;
    }
    // A recurring event: one appointment per instance up to the horizon, without the
    // excluded dates and the instances overridden by their own VEVENT.
    std::set<std::string> excluded = overridden[base.uid];
    for (auto* x = icalcomponent_get_first_property(e, ICAL_EXDATE_PROPERTY); x;
         x = icalcomponent_get_next_property(e, ICAL_EXDATE_PROPERTY))
      excluded.insert(
          iso_utc(to_instant(icalproperty_get_datetime_with_component(x, e), fallback)));
    std::unique_ptr<icalrecur_iterator, FreeIterator> it(
        icalrecur_iterator_new(icalproperty_get_rrule(rrule), start));
    if (!it) {
      base.start = start_at;
      base.end = end;
      out.events.push_back(std::move(base));
      continue;
    }
    for (int n = 0; n < 5000; ++n) {
      icaltimetype next = icalrecur_iterator_next(it.get());
      if (icaltime_is_null_time(next)) break;
      next.zone = start.zone;
      Instant at = to_instant(next, fallback);
      if (at > horizon) break;
      std::string key = iso_utc(at);
      if (excluded.count(key)) continue;
      CalendarEvent instance = base;
      instance.occurrence = key;
      instance.start = at;
      if (end) instance.end = at + duration;
      out.events.push_back(std::move(instance));
    }
  }
}

}  // namespace
}  // namespace rapport::importers

extern "C" void rapport_read_ics(const char* text, const char* default_zone, std::int64_t horizon,
                                 rapport::importers::Calendar* out,
                                 rapport::importers::IcsOutcome* outcome) {
  try {
    rapport::importers::read_calendar(
        text, default_zone, rapport::Instant{std::chrono::seconds{horizon}}, *out, *outcome);
  } catch (...) {
    // libical is C and does not throw; this guards the allocations of our own code.
    outcome->problem = rapport::importers::IcsOutcome::Problem::not_a_calendar;
  }
}
