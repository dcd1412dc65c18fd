// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/clients.hpp"
#include "app/json.hpp"
#include "app/time_entries.hpp"
#include "cli/options.hpp"
#include "cli/registry.hpp"
#include "cli/session.hpp"
#include "i18n/i18n.hpp"

namespace rapport::cli {

Runner define_time_add(CLI::App& cmd) {
  struct Options {
    std::string client;
    TextOption date, hours, start, end, agreement, note;
    bool out_of_scope = false, unbilled = false;
  };
  auto o = std::make_shared<Options>();
  cmd.add_option("CLIENT", o->client, tr("Name, alias or id of the client"))->required();
  add_text(cmd, "--date", o->date, tr("The day worked (default: today)"), type_date());
  add_text(cmd, "--hours", o->hours, tr("Hours worked, e.g. 1.5, 1,5 or 1:30"), type_hours());
  add_text(cmd, "--start", o->start, tr("Start time, HH:MM (with --end instead of --hours)"),
           "HH:MM");
  add_text(cmd, "--end", o->end, tr("End time, HH:MM"), "HH:MM");
  cmd.add_flag("--out-of-scope", o->out_of_scope, tr("Work beyond what the agreement includes"));
  cmd.add_flag("--unbilled", o->unbilled, tr("Time you will not bill"));
  add_text(cmd, "--agreement", o->agreement, tr("The agreement the work belongs to"), "ID");
  add_text(cmd, "--note", o->note, tr("What you did"), type_text());
  return [o](Session& s) {
    Context& ctx = s.context();
    Client c = resolve_client(ctx.store, o->client);
    TimeDraft d;
    d.date = date_of(o->date, ctx.today()).value_or(ctx.today());
    d.minutes = hours_of(o->hours);
    d.start_minute = time_of_day_of(o->start);
    d.end_minute = time_of_day_of(o->end);
    d.in_scope = !o->out_of_scope;
    d.billable = !o->unbilled;
    d.agreement_id = id_of(o->agreement);
    d.note = o->note.value;
    TimeEntry e = add_time_entry(ctx, c, d);
    if (s.options().json) s.out().print_json(to_json(e));
    s.out().done(trf("Recorded {0} for \"{1}\" on {2}.", format_hours(e.minutes), c.name,
                     format_date(e.date)));
    return 0;
  };
}

}  // namespace rapport::cli
