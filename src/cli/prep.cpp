// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/clients.hpp"
#include "app/conversations.hpp"
#include "app/json.hpp"
#include "cli/document_output.hpp"
#include "cli/registry.hpp"
#include "cli/session.hpp"
#include "core/error.hpp"
#include "documents/builders.hpp"
#include "i18n/i18n.hpp"

namespace rapport::cli {

Runner define_prep(CLI::App& cmd) {
  struct Options {
    std::string client;
    std::vector<std::string> wishes;
    TextOption follow_up;
    DocumentOptions document;
  };
  auto o = std::make_shared<Options>();
  cmd.add_option("CLIENT", o->client, tr("Name, alias or id of the client"))->required();
  add_list(cmd, "--wish", o->wishes,
           tr("What you wish for instead, per topic, e.g. rude_tone=\"A respectful tone\" (kept "
              "for next time; empty removes it; repeatable)"),
           tr("METRIC=TEXT"));
  add_text(cmd, "--follow-up", o->follow_up,
           tr("When to look at what changed (default: in four weeks)"), type_date());
  add_document_options(cmd, o->document);
  return [o](Session& s) {
    Context& ctx = s.context();
    Client c = resolve_client(ctx.store, o->client);
    PrepOptions options;
    options.follow_up = date_of(o->follow_up, ctx.today());
    for (const auto& w : o->wishes) {
      auto eq = w.find('=');
      if (eq == std::string::npos)
        throw usage_error(trf("--wish: \"{}\" names no topic.", w),
                          tr("Write METRIC=TEXT, e.g. short_notice_cancellations=\"Cancel 24 "
                             "hours ahead\"."));
      options.wishes.emplace_back(parse_metric(w.substr(0, eq), "--wish"), w.substr(eq + 1));
    }
    PrepSheet sheet = prep_sheet(ctx, c, options);
    if (s.options().json) {
      s.out().print_json(to_json(sheet));
      return 0;
    }
    emit_document(s, documents::prep_document(sheet, ctx.settings.currency), o->document);
    return 0;
  };
}

}  // namespace rapport::cli
