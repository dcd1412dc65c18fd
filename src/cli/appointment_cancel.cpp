// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/appointments.hpp"
#include "app/json.hpp"
#include "cli/options.hpp"
#include "cli/registry.hpp"
#include "cli/session.hpp"
#include "i18n/i18n.hpp"

namespace rapport::cli {

Runner define_appointment_cancel(CLI::App& cmd) {
  struct Options {
    std::string id;
    TextOption at, by, note;
  };
  auto o = std::make_shared<Options>();
  cmd.add_option("APPOINTMENT", o->id, tr("Id of the appointment"))->required();
  add_text(cmd, "--at", o->at, tr("When it was cancelled: \"DATE HH:MM\" (default: now)"),
           "\"DATE HH:MM\"");
  add_text(cmd, "--by", o->by, tr("Who cancelled: client (default) or me"), "client|me");
  add_text(cmd, "--note", o->note, tr("The reason given, if any"), type_text());
  return [o](Session& s) {
    Context& ctx = s.context();
    LocalDateTime at = datetime_of(o->at, ctx.today()).value_or(ctx.now);
    Party by = o->by.given() ? parse_party(o->by.value, "--by") : Party::client;
    Cancellation c = cancel_appointment(ctx, parse_id(o->id, "APPOINTMENT"), at, by, o->note.value);
    if (s.options().json) {
      nlohmann::json j = to_json(c.appointment);
      j["fact"] = c.fact ? to_json(*c.fact) : nlohmann::json(nullptr);
      j["short_notice"] = c.short_notice();
      s.out().print_json(j);
      return 0;
    }
    s.out().done(trf("Appointment #{0} cancelled by {1}, {2} before its start.", c.appointment.id,
                     label(by), format_hours(c.notice)));
    if (c.fact && c.short_notice())
      s.out().done(trf("That is short notice: the agreed notice is {0}. Recorded as fact #{1}.",
                       format_hours(c.required_notice), c.fact->id));
    else if (c.fact)
      s.out().done(trf("Recorded as fact #{}.", c.fact->id));
    return 0;
  };
}

}  // namespace rapport::cli
