// SPDX-License-Identifier: GPL-3.0-or-later
#include <map>

#include "app/clients.hpp"
#include "app/json.hpp"
#include "app/zone.hpp"
#include "cli/registry.hpp"
#include "cli/session.hpp"
#include "cli/views.hpp"
#include "i18n/i18n.hpp"

namespace rapport::cli {

Runner define_appointment_list(CLI::App& cmd) {
  struct Options {
    std::string client;
    bool upcoming = false;
  };
  auto o = std::make_shared<Options>();
  cmd.add_option("CLIENT", o->client, tr("Only this client's appointments"));
  cmd.add_flag("--upcoming", o->upcoming, tr("Only appointments still to come"));
  return [o](Session& s) {
    Context& ctx = s.context();
    std::optional<Id> client_id = resolve_optional_client(ctx.store, o->client);
    auto appointments = ctx.store.appointments(client_id);
    if (o->upcoming) {
      Instant now = to_instant(ctx.now, ctx.zone());
      std::erase_if(appointments, [&](const Appointment& a) { return a.start < now; });
    }
    if (s.options().json) {
      s.out().print_json_list(appointments, [&](const auto& a) { return to_json(a); });
      return 0;
    }
    if (appointments.empty()) {
      s.out().line(tr("No appointments recorded."));
      return 0;
    }
    auto names = client_names(ctx.store);
    Table table({"#", tr("When"), tr("Client"), tr("Title"), tr("Status")});
    table.right_align(0);
    for (const auto& a : appointments) {
      std::string status = label(a.status);
      if (a.cancelled_at && a.cancelled_by) {
        Minutes notice =
            std::chrono::duration_cast<std::chrono::minutes>(a.start - *a.cancelled_at).count();
        status = trf("cancelled by {0}, {1} before", label(*a.cancelled_by), format_hours(notice));
      }
      table.add({std::to_string(a.id), appointment_when(a), names[a.client_id], a.title, status});
    }
    table.print(s.out());
    return 0;
  };
}

}  // namespace rapport::cli
