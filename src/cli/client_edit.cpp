// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/json.hpp"
#include "cli/client_options.hpp"
#include "cli/registry.hpp"
#include "cli/session.hpp"
#include "cli/views.hpp"
#include "i18n/i18n.hpp"

namespace rapport::cli {

Runner define_client_edit(CLI::App& cmd) {
  struct Options {
    std::string ref;
    ClientOptions client;
  };
  auto o = std::make_shared<Options>();
  cmd.add_option("CLIENT", o->ref, tr("Name, alias or id of the client"))->required();
  add_client_options(cmd, o->client, true);
  return [o](Session& s) {
    Context& ctx = s.context();
    Client before = resolve_client(ctx.store, o->ref);
    Client c = edit_client(ctx, before.id, client_changes(o->client));
    if (s.options().json) {
      s.out().print_json(to_json(c));
      return 0;
    }
    s.out().done(trf("Changed client \"{0}\" (#{1}).", c.name, c.id));
    if (!s.out().quiet) print_client(s.out(), c);
    return 0;
  };
}

}  // namespace rapport::cli
