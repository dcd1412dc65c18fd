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
    std::optional<Id> client_id;
    if (!o->client.empty()) client_id = resolve_client(ctx.store, o->client).id;
    auto appointments = ctx.store.appointments(client_id);
    if (o->upcoming) {
      Instant now = to_instant(ctx.now, ctx.zone());
      std::erase_if(appointments, [&](const Appointment& a) { return a.start < now; });
    }
    if (s.options().json) {
      nlohmann::json list = nlohmann::json::array();
      for (const auto& a : appointments) list.push_back(to_json(a));
      s.out().print_json(list);
      return 0;
    }
    if (appointments.empty()) {
      s.out().line(tr("No appointments recorded."));
      return 0;
    }
    std::map<Id, std::string> names;
    for (const auto& c : ctx.store.clients()) names[c.id] = c.name;
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
