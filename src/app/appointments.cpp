// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/appointments.hpp"

#include "app/agreements.hpp"
#include "app/zone.hpp"
#include "core/error.hpp"
#include "i18n/i18n.hpp"

namespace rapport {

Appointment find_appointment(const Store& store, Id id) {
  auto a = store.appointment(id);
  if (!a)
    throw data_error(trf("appointment: there is no appointment with id {}.", id),
                     tr("\"rapport appointment list\" shows the appointments and their ids."));
  return *a;
}

Appointment add_appointment(Context& ctx, const Client& client, const AppointmentDraft& d) {
  Appointment a;
  a.client_id = client.id;
  a.title = d.title;
  a.note = d.note;
  a.zone = ctx.zone();
  a.start = to_instant(d.start, a.zone);
  if (d.end) {
    a.end = to_instant(*d.end, a.zone);
    if (*a.end <= a.start)
      throw data_error(trf("--end: {0} is not after the start {1}.", iso_local_datetime(*d.end),
                           iso_local_datetime(d.start)));
  }
  if (d.agreement_id) {
    agreement_of_client(ctx.store, *d.agreement_id, client);
    a.agreement_id = d.agreement_id;
  }
  ctx.store.transaction([&] { a.id = ctx.store.add_appointment(a); });
  return a;
}

Fact cancellation_fact(const Appointment& a, const LocalDateTime& at, Minutes notice,
                       const std::string& note, const std::string& recorded_by) {
  Fact f;
  f.client_id = a.client_id;
  f.agreement_id = a.agreement_id;
  f.appointment_id = a.id;
  f.kind = FactKind::cancellation;
  f.date = at.date;
  f.minute_of_day = at.minute_of_day;
  f.notice = notice;
  f.note = note.empty() ? a.title : note;
  f.recorded_by = recorded_by;
  return f;
}

Cancellation cancel_appointment(Context& ctx, Id id, LocalDateTime at, Party by,
                                const std::string& note) {
  Cancellation result;
  ctx.store.transaction([&] {
    Appointment a = find_appointment(ctx.store, id);
    if (a.status == AppointmentStatus::cancelled)
      throw data_error(trf("appointment: appointment {} is already cancelled.", id));
    Instant cancelled_at = to_instant(at, a.zone);
    if (at > ctx.now)
      throw data_error(
          trf("--at: {} lies in the future; record a cancellation once it has happened.",
              iso_local_datetime(at)));
    if (cancelled_at > a.start)
      throw data_error(trf("--at: {0} is after the appointment's start {1}; that is a no-show, not "
                           "a cancellation.",
                           iso_local_datetime(at), iso_local_datetime(to_local(a.start, a.zone))),
                       tr("Record it with \"rapport log CLIENT no_show\"."));
    a.status = AppointmentStatus::cancelled;
    a.cancelled_at = cancelled_at;
    a.cancelled_by = by;
    if (!note.empty()) a.note = note;
    ctx.store.update_appointment(a);

    result.notice =
        std::chrono::duration_cast<std::chrono::minutes>(a.start - cancelled_at).count();
    result.required_notice = kDefaultCancellationNotice;
    if (a.agreement_id) {
      if (auto agreement = ctx.store.agreement(*a.agreement_id);
          agreement && agreement->cancellation_notice)
        result.required_notice = *agreement->cancellation_notice;
    }
    if (by == Party::client) {
      Fact f = cancellation_fact(a, at, result.notice, note, ctx.settings.user_name);
      f.id = ctx.store.add_fact(f);
      result.fact = f;
    }
    result.appointment = a;
  });
  return result;
}

}  // namespace rapport
