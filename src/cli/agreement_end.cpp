// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/agreements.hpp"
#include "app/json.hpp"
#include "cli/options.hpp"
#include "cli/registry.hpp"
#include "cli/session.hpp"
#include "i18n/i18n.hpp"

namespace rapport::cli {

Runner define_agreement_end(CLI::App& cmd) {
  struct Options {
    std::string id;
    TextOption date;
  };
  auto o = std::make_shared<Options>();
  cmd.add_option("AGREEMENT", o->id, tr("Id of the agreement"))->required();
  add_text(cmd, "--date", o->date, tr("The day it ended (default: today)"), type_date());
  return [o](Session& s) {
    Context& ctx = s.context();
    Date on = date_of(o->date, ctx.today()).value_or(ctx.today());
    Agreement a = end_agreement(ctx, parse_id(o->id, "AGREEMENT"), on);
    if (s.options().json) s.out().print_json(to_json(a, ctx.today()));
    s.out().done(trf("Agreement \"{0}\" (#{1}) ended on {2}.", a.title, a.id, format_date(on)));
    return 0;
  };
}

}  // namespace rapport::cli
