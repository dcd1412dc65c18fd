// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/clients.hpp"
#include "app/json.hpp"
#include "cli/options.hpp"
#include "cli/registry.hpp"
#include "cli/session.hpp"
#include "i18n/i18n.hpp"

namespace rapport::cli {

Runner define_client_end(CLI::App& cmd) {
  struct Options {
    std::string ref;
    TextOption date;
  };
  auto o = std::make_shared<Options>();
  cmd.add_option("CLIENT", o->ref, tr("Name, alias or id of the client"))->required();
  add_text(cmd, "--date", o->date, tr("When the relationship ended (default: today)"), type_date());
  return [o](Session& s) {
    Context& ctx = s.context();
    Client c = resolve_client(ctx.store, o->ref);
    Date on = date_of(o->date, ctx.today()).value_or(ctx.today());
    c = end_client(ctx, c.id, on);
    if (s.options().json) s.out().print_json(to_json(c));
    s.out().done(trf("Marked \"{0}\" as ended on {1}.", c.name, format_date(on)));
    int running = 0;
    for (const auto& a : ctx.store.agreements(c.id))
      if (a.running_on(on)) ++running;
    if (running > 0)
      s.out().warn(
          trf("{0} agreement(s) of \"{1}\" are still running; end them with \"rapport agreement "
              "end ID\".",
              running, c.name));
    return 0;
  };
}

}  // namespace rapport::cli
