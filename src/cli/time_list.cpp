// SPDX-License-Identifier: GPL-3.0-or-later
#include <map>

#include "app/clients.hpp"
#include "app/json.hpp"
#include "cli/options.hpp"
#include "cli/registry.hpp"
#include "cli/session.hpp"
#include "cli/views.hpp"
#include "i18n/i18n.hpp"

namespace rapport::cli {

Runner define_time_list(CLI::App& cmd) {
  struct Options {
    std::string client;
    TextOption since;
  };
  auto o = std::make_shared<Options>();
  cmd.add_option("CLIENT", o->client, tr("Only this client's time"));
  add_text(cmd, "--since", o->since, tr("Only entries on or after this date"), type_date());
  return [o](Session& s) {
    Context& ctx = s.context();
    std::optional<Id> client_id = resolve_optional_client(ctx.store, o->client);
    auto entries = ctx.store.time_entries(client_id);
    if (auto since = date_of(o->since, ctx.today()))
      std::erase_if(entries, [&](const TimeEntry& e) { return e.date < *since; });
    if (s.options().json) {
      s.out().print_json_list(entries, [&](const auto& e) { return to_json(e); });
      return 0;
    }
    if (entries.empty()) {
      s.out().line(tr("No time recorded."));
      return 0;
    }
    auto names = client_names(ctx.store);
    Table table(
        {"#", tr("Date"), tr("Client"), tr("Hours"), tr("Scope"), tr("Billable"), tr("Note")});
    table.right_align(0);
    table.right_align(3);
    Minutes total = 0, out_of_scope = 0;
    for (const auto& e : entries) {
      table.add({std::to_string(e.id), format_date(e.date), names[e.client_id],
                 format_hours(e.minutes), e.in_scope ? tr("in scope") : tr("out of scope"),
                 yes_no(e.billable), e.note});
      total += e.minutes;
      if (!e.in_scope) out_of_scope += e.minutes;
    }
    table.print(s.out());
    s.out().line(trf("In all: {0}, of which {1} out of scope.", format_hours(total),
                     format_hours(out_of_scope)));
    return 0;
  };
}

}  // namespace rapport::cli
