// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/appointments.hpp"
#include "app/clients.hpp"
#include "app/json.hpp"
#include "cli/options.hpp"
#include "cli/registry.hpp"
#include "cli/session.hpp"
#include "cli/views.hpp"
#include "core/text.hpp"
#include "i18n/i18n.hpp"

namespace rapport::cli {

Runner define_appointment_add(CLI::App& cmd) {
  struct Options {
    std::string client;
    TextOption start, end, title, agreement, note;
  };
  auto o = std::make_shared<Options>();
  cmd.add_option("CLIENT", o->client, tr("Name, alias or id of the client"))->required();
  add_text(cmd, "--start", o->start, tr("When it starts: \"DATE HH:MM\""), "\"DATE HH:MM\"")
      ->required();
  add_text(cmd, "--end", o->end, tr("When it ends: \"DATE HH:MM\" or HH:MM on the same day"),
           "\"DATE HH:MM\"");
  add_text(cmd, "--title", o->title, tr("What it is about"), type_text());
  add_text(cmd, "--agreement", o->agreement, tr("The agreement it belongs to"), "ID");
  add_text(cmd, "--note", o->note, tr("A note"), type_text());
  return [o](Session& s) {
    Context& ctx = s.context();
    Client c = resolve_client(ctx.store, o->client);
    AppointmentDraft d;
    d.start = *datetime_of(o->start, ctx.today());
    if (o->end.given()) {
      std::string_view end = text::trim(o->end.value);
      if (end.find(' ') == std::string_view::npos && end.find('T') == std::string_view::npos) {
        d.end = LocalDateTime{d.start.date, parse_time_of_day(end, "--end")};
      } else {
        d.end = datetime_of(o->end, ctx.today());
      }
    }
    d.title = o->title.value;
    d.agreement_id = id_of(o->agreement);
    d.note = o->note.value;
    Appointment a = add_appointment(ctx, c, d);
    if (s.options().json) s.out().print_json(to_json(a));
    s.out().done(
        trf("Recorded appointment #{0} with \"{1}\" on {2}.", a.id, c.name, appointment_when(a)));
    return 0;
  };
}

}  // namespace rapport::cli
