// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/agreements.hpp"
#include "app/json.hpp"
#include "cli/options.hpp"
#include "cli/registry.hpp"
#include "cli/session.hpp"
#include "cli/views.hpp"
#include "i18n/i18n.hpp"

namespace rapport::cli {

Runner define_agreement_show(CLI::App& cmd) {
  auto id = std::make_shared<std::string>();
  cmd.add_option("AGREEMENT", *id, tr("Id of the agreement"))->required();
  return [id](Session& s) {
    Context& ctx = s.context();
    Agreement a = find_agreement(ctx.store, parse_id(*id, "AGREEMENT"));
    if (s.options().json) {
      s.out().print_json(to_json(a, ctx.today()));
      return 0;
    }
    auto client = ctx.store.client(a.client_id);
    print_agreement(s.out(), a, client ? client->name : "", ctx.today(), ctx.settings.currency);
    return 0;
  };
}

}  // namespace rapport::cli
