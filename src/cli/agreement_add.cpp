// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/clients.hpp"
#include "app/json.hpp"
#include "cli/agreement_options.hpp"
#include "cli/registry.hpp"
#include "cli/session.hpp"
#include "i18n/i18n.hpp"

namespace rapport::cli {

Runner define_agreement_add(CLI::App& cmd) {
  struct Options {
    std::string client;
    AgreementOptions agreement;
  };
  auto o = std::make_shared<Options>();
  cmd.add_option("CLIENT", o->client, tr("Name, alias or id of the client"))->required();
  add_agreement_options(cmd, o->agreement, false);
  return [o](Session& s) {
    Context& ctx = s.context();
    Client c = resolve_client(ctx.store, o->client);
    Agreement a = add_agreement(ctx, c, agreement_changes(o->agreement, ctx.today()));
    if (s.options().json) s.out().print_json(to_json(a, ctx.today()));
    s.out().done(trf("Added agreement \"{0}\" (#{1}) for \"{2}\".", a.title, a.id, c.name));
    return 0;
  };
}

}  // namespace rapport::cli
