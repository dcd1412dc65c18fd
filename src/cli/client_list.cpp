// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/json.hpp"
#include "cli/registry.hpp"
#include "cli/session.hpp"
#include "cli/views.hpp"
#include "i18n/i18n.hpp"

namespace rapport::cli {

namespace {
int list_clients(Session& s, bool all) {
  Context& ctx = s.context();
  auto summaries = client_summaries(ctx.store, ctx.today(), all);
  if (s.options().json) {
    s.out().print_json_list(summaries, [&](const auto& summary) { return to_json(summary); });
    return 0;
  }
  print_client_table(s.out(), summaries, ctx.settings.currency);
  return 0;
}
}  // namespace

Runner define_client_list(CLI::App& cmd) {
  auto all = std::make_shared<bool>(false);
  cmd.add_flag("--all", *all, tr("Include ended clients"));
  return [all](Session& s) { return list_clients(s, *all); };
}

}  // namespace rapport::cli
