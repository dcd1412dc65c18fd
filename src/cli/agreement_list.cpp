// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/clients.hpp"
#include "app/json.hpp"
#include "cli/registry.hpp"
#include "cli/session.hpp"
#include "cli/views.hpp"
#include "i18n/i18n.hpp"

namespace rapport::cli {

Runner define_agreement_list(CLI::App& cmd) {
  struct Options {
    std::string client;
    bool running = false;
  };
  auto o = std::make_shared<Options>();
  cmd.add_option("CLIENT", o->client, tr("Only this client's agreements"));
  cmd.add_flag("--running", o->running, tr("Only running agreements"));
  return [o](Session& s) {
    Context& ctx = s.context();
    std::optional<Id> client_id = resolve_optional_client(ctx.store, o->client);
    auto agreements = ctx.store.agreements(client_id);
    if (o->running)
      std::erase_if(agreements, [&](const Agreement& a) { return !a.running_on(ctx.today()); });
    if (s.options().json) {
      s.out().print_json_list(agreements, [&](const auto& a) { return to_json(a, ctx.today()); });
      return 0;
    }
    print_agreement_table(s.out(), ctx.store, agreements, ctx.today(), ctx.settings.currency);
    return 0;
  };
}

}  // namespace rapport::cli
