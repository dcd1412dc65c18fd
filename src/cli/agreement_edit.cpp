// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/json.hpp"
#include "cli/agreement_options.hpp"
#include "cli/registry.hpp"
#include "cli/session.hpp"
#include "cli/views.hpp"
#include "i18n/i18n.hpp"

namespace rapport::cli {

Runner define_agreement_edit(CLI::App& cmd) {
  struct Options {
    std::string id;
    AgreementOptions agreement;
  };
  auto o = std::make_shared<Options>();
  cmd.add_option("AGREEMENT", o->id, tr("Id of the agreement"))->required();
  add_agreement_options(cmd, o->agreement, true);
  return [o](Session& s) {
    Context& ctx = s.context();
    Agreement a = edit_agreement(ctx, parse_id(o->id, "AGREEMENT"),
                                 agreement_changes(o->agreement, ctx.today()));
    if (s.options().json) {
      s.out().print_json(to_json(a, ctx.today()));
      return 0;
    }
    s.out().done(trf("Changed agreement \"{0}\" (#{1}).", a.title, a.id));
    if (!s.out().quiet) {
      auto client = ctx.store.client(a.client_id);
      print_agreement(s.out(), a, client ? client->name : "", ctx.today(), ctx.settings.currency);
    }
    return 0;
  };
}

}  // namespace rapport::cli
