// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/clients.hpp"
#include "app/conversations.hpp"
#include "app/json.hpp"
#include "cli/registry.hpp"
#include "cli/session.hpp"
#include "core/text.hpp"
#include "i18n/i18n.hpp"

namespace rapport::cli {

Runner define_talks(CLI::App& cmd) {
  auto client = std::make_shared<std::string>();
  cmd.add_option("CLIENT", *client, tr("Name, alias or id of the client"))->required();
  return [client](Session& s) {
    Context& ctx = s.context();
    Client c = resolve_client(ctx.store, *client);
    auto talks = conversations_of(ctx, c);
    if (s.options().json) {
      s.out().print_json_list(talks, [](const Conversation& t) { return to_json(t); });
      return 0;
    }
    if (talks.empty()) {
      s.out().line(
          trf("No conversation recorded for \"{0}\" yet: rapport prep \"{0}\" helps "
              "to prepare one.",
              c.name));
      return 0;
    }
    Table table({tr("Date"), tr("Outcome"), tr("Agreed"), tr("Topics"), tr("Follow-up")});
    for (const auto& t : talks) {
      std::vector<std::string> topics;
      for (const auto& topic : t.topics) topics.push_back(label(topic.metric));
      table.add({format_date(t.date), t.outcome, text::join(t.agreed, "; "),
                 text::join(topics, ", "), t.follow_up ? format_date(*t.follow_up) : ""});
    }
    table.print(s.out());
    return 0;
  };
}

}  // namespace rapport::cli
