// SPDX-License-Identifier: GPL-3.0-or-later
// Calendars: appointments per client, cancelled events with their notice, and events that
// vanished from a newer export of the same calendar shortly before they were due.
#include <filesystem>
#include <set>

#include "app/appointments.hpp"
#include "app/clients.hpp"
#include "app/import_job.hpp"
#include "app/zone.hpp"
#include "importers/keys.hpp"

namespace rapport::imports {
namespace {

using importers::CalendarEvent;

std::optional<Id> client_of(const Job& job, const CalendarEvent& e) {
  if (job.forced) return job.forced->id;
  for (const auto& a : e.attendees)
    if (auto id = job.matcher.by_address(a)) return id;
  if (auto id = job.matcher.by_address(e.organizer)) return id;
  return job.matcher.in_text(e.summary);
}

// Who cancelled: as the user said; else the client, unless the user organised the event
// (an organiser that is none of the client's addresses).
Party canceller(const Job& job, const CalendarEvent& e, Id client) {
  if (job.request.cancelled_by) return *job.request.cancelled_by;
  if (e.organizer.empty()) return Party::client;
  auto organizer = job.matcher.by_address(e.organizer);
  return organizer == client ? Party::client : Party::me;
}

// Marks the appointment cancelled at `at`, never after its start.
void mark_cancelled(Appointment& a, Instant at, Party by) {
  a.status = AppointmentStatus::cancelled;
  a.cancelled_at = std::min(at, a.start);
  a.cancelled_by = by;
}

// The client's cancellation of a stored appointment, as a fact with its notice.
void record_cancellation(Job& job, const Appointment& a) {
  if (a.cancelled_by != Party::client) return;
  Instant at = *a.cancelled_at;
  Minutes notice = std::chrono::duration_cast<std::chrono::minutes>(a.start - at).count();
  Fact f =
      cancellation_fact(a, to_local(at, job.ctx.zone()), notice, "", job.ctx.settings.user_name);
  f.source = job.tag;
  f.import_key = importers::import_key({"cancellation", std::to_string(*a.import_key)});
  if (job.ctx.store.add_fact(f) != 0) ++job.out.added["facts"];
}

// Cancels an appointment an earlier import added; undoing this import reopens it.
void cancel_known(Job& job, Appointment& a, Instant at, Party by) {
  mark_cancelled(a, at, by);
  a.changed_by_source = job.source.id;
  job.ctx.store.update_appointment(a);
  record_cancellation(job, a);
}

}  // namespace

void import_calendar(Job& job, const importers::Calendar& cal) {
  auto& store = job.ctx.store;
  Instant now = to_instant(job.ctx.now, job.ctx.zone());
  job.source.scope =
      "ics:" +
      (cal.name.empty() ? std::filesystem::path(job.out.file).filename().string() : cal.name);
  Instant seen = cal.exported_at && *cal.exported_at <= now ? *cal.exported_at : now;
  job.source.seen_at = seen;

  // The earlier imports of this calendar: when it was last seen, and what they added.
  std::optional<Instant> last_seen;
  std::set<std::string> earlier_tags;
  for (const auto& s : store.sources()) {
    if (s.id == job.source.id || s.scope != job.source.scope || s.undone_at) continue;
    earlier_tags.insert(source_tag(s.id));
    Instant t = s.seen_at.value_or(s.imported_at);
    if (!last_seen || t > *last_seen) last_seen = t;
  }

  std::set<std::int64_t> keys;
  std::map<std::string, std::int64_t> strangers;
  std::int64_t added = 0;
  for (const auto& e : cal.events) {
    ++job.out.rows;
    auto client = client_of(job, e);
    if (!client) {
      ++job.out.no_client;
      ++strangers[e.summary.empty() ? e.uid : e.summary];
      continue;
    }
    std::int64_t key = importers::import_key({"event", e.uid, e.occurrence});
    keys.insert(key);
    Instant cancelled_at = e.changed_at.value_or(seen);
    if (auto existing = store.appointment_by_import_key(key)) {
      if (e.cancelled && existing->status == AppointmentStatus::scheduled) {
        cancel_known(job, *existing, cancelled_at, canceller(job, e, *client));
        ++job.out.updated;
      } else if (!e.cancelled && existing->status == AppointmentStatus::scheduled &&
                 (existing->start != e.start || existing->end != e.end)) {
        existing->start = e.start;  // moved: a new time is no cancellation
        existing->end = e.end;
        store.update_appointment(*existing);
        ++job.out.updated;
      } else {
        ++job.out.known;
      }
      continue;
    }
    Appointment a;
    a.client_id = *client;
    a.title = e.summary;
    a.start = e.start;
    a.end = e.end && *e.end >= e.start ? e.end : std::nullopt;
    a.zone = e.zone;
    a.source = job.tag;
    a.import_key = key;
    if (e.cancelled) mark_cancelled(a, cancelled_at, canceller(job, e, *client));
    a.id = store.add_appointment(a);
    ++added;
    if (e.cancelled) record_cancellation(job, a);
  }
  if (added) job.out.added["appointments"] += added;
  job.note_strangers(strangers);

  // Gone from this export, though due after the last one was made and at most a week after
  // this import: most likely cancelled, at a time no later than it was last seen.
  if (!last_seen || earlier_tags.empty()) return;
  auto names = client_names(store);
  for (auto a : store.appointments(std::nullopt)) {
    if (!earlier_tags.count(a.source) || a.status != AppointmentStatus::scheduled) continue;
    if (!a.import_key || keys.count(*a.import_key)) continue;
    if (a.start <= *last_seen || a.start > now + std::chrono::days{7}) continue;
    VanishedEvent v{a, names[a.client_id], *last_seen, false};
    bool yes = job.request.yes || (job.request.ask_vanished && job.request.ask_vanished(v));
    if (yes) {
      Party by = job.request.cancelled_by.value_or(Party::client);
      cancel_known(job, a, *last_seen, by);
      v.appointment = a;
      v.cancelled = true;
      ++job.out.updated;
    }
    job.out.vanished.push_back(std::move(v));
  }
}

}  // namespace rapport::imports
