// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/decisions.hpp"
#include "app/clients.hpp"
#include "app/json.hpp"
#include "cli/registry.hpp"
#include "cli/session.hpp"
#include "i18n/i18n.hpp"

namespace rapport::cli {

Runner define_decisions(CLI::App& cmd) {
  auto client = std::make_shared<std::string>();
  cmd.add_option("CLIENT", *client, tr("Name, alias or id of the client"))->required();
  return [client](Session& s) {
    Context& ctx = s.context();
    Client c = resolve_client(ctx.store, *client);
    auto history = decision_history(ctx, c);
    if (s.options().json) {
      s.out().print_json_list(history, [](const DecisionRecord& d) { return to_json(d, true); });
      return 0;
    }
    if (history.empty()) {
      s.out().line(trf("No decision recorded for \"{0}\" yet: rapport decide \"{0}\".", c.name));
      return 0;
    }
    Table table({tr("Date"), tr("Decision"), tr("Recommended"), tr("Next step"), tr("Due")});
    for (const auto& d : history)
      table.add({format_date(d.decided_on), label(d.choice), label(d.recommendation), d.next_step,
                 d.due ? format_date(*d.due) : ""});
    table.print(s.out());
    return 0;
  };
}

}  // namespace rapport::cli
