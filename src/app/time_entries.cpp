// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/time_entries.hpp"

#include "app/agreements.hpp"
#include "core/error.hpp"
#include "i18n/i18n.hpp"

namespace rapport {

TimeEntry add_time_entry(Context& ctx, const Client& client, const TimeDraft& d) {
  TimeEntry e;
  e.client_id = client.id;
  e.date = d.date;
  e.billable = d.billable;
  e.in_scope = d.in_scope;
  e.note = d.note;
  e.start_minute = d.start_minute;
  e.end_minute = d.end_minute;
  if (d.start_minute.has_value() != d.end_minute.has_value())
    throw usage_error(tr("--start and --end go together: give both, or --hours alone."));
  if (d.start_minute) {
    if (*d.end_minute <= *d.start_minute)
      throw data_error(trf("--end: {0} is not after the start {1}.",
                           format_time_of_day(*d.end_minute), format_time_of_day(*d.start_minute)));
    Minutes span = *d.end_minute - *d.start_minute;
    if (d.minutes && *d.minutes != span)
      throw data_error(trf("--hours: {0} does not match {1}–{2} ({3}).", format_hours(*d.minutes),
                           format_time_of_day(*d.start_minute), format_time_of_day(*d.end_minute),
                           format_hours(span)));
    e.minutes = span;
  } else if (d.minutes) {
    e.minutes = *d.minutes;
  } else {
    throw usage_error(tr("Give the time worked: --hours H, or --start HH:MM and --end HH:MM."));
  }
  if (e.minutes > 24 * 60)
    throw data_error(trf("--hours: {} is more than a day; record each day on its own.",
                         format_hours(e.minutes)));
  if (d.agreement_id) {
    agreement_of_client(ctx.store, *d.agreement_id, client);
    e.agreement_id = d.agreement_id;
  }
  ctx.store.transaction([&] { e.id = ctx.store.add_time_entry(e); });
  return e;
}

}  // namespace rapport
