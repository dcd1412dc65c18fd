// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/json.hpp"
#include "cli/client_options.hpp"
#include "cli/registry.hpp"
#include "cli/session.hpp"
#include "i18n/i18n.hpp"

namespace rapport::cli {

Runner define_client_add(CLI::App& cmd) {
  struct Options {
    std::string name;
    ClientOptions client;
  };
  auto o = std::make_shared<Options>();
  cmd.add_option("NAME", o->name, tr("The client's name"))->required();
  add_client_options(cmd, o->client, false);
  return [o](Session& s) {
    Context& ctx = s.context();
    Client c = add_client(ctx, o->name, client_changes(o->client));
    if (s.options().json) s.out().print_json(to_json(c));
    s.out().done(trf("Added client \"{0}\" (#{1}).", c.name, c.id));
    return 0;
  };
}

}  // namespace rapport::cli
