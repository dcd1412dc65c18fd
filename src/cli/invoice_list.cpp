// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/clients.hpp"
#include "app/json.hpp"
#include "cli/registry.hpp"
#include "cli/session.hpp"
#include "cli/views.hpp"
#include "i18n/i18n.hpp"

namespace rapport::cli {

Runner define_invoice_list(CLI::App& cmd) {
  struct Options {
    std::string client;
    bool open = false, overdue = false;
  };
  auto o = std::make_shared<Options>();
  cmd.add_option("CLIENT", o->client, tr("Only this client's invoices"));
  auto* open = cmd.add_flag("--open", o->open, tr("Only invoices not yet fully paid"));
  cmd.add_flag("--overdue", o->overdue, tr("Only unpaid invoices past their due date"))
      ->excludes(open);
  return [o](Session& s) {
    Context& ctx = s.context();
    std::optional<Id> client_id = resolve_optional_client(ctx.store, o->client);
    InvoiceFilter filter = o->overdue ? InvoiceFilter::overdue
                           : o->open  ? InvoiceFilter::open
                                      : InvoiceFilter::all;
    auto views = invoice_views(ctx.store, client_id, filter, ctx.today());
    if (s.options().json) {
      s.out().print_json_list(views, [&](const auto& v) { return to_json(v); });
      return 0;
    }
    print_invoice_table(s.out(), ctx.store, views, ctx.settings.currency);
    return 0;
  };
}

}  // namespace rapport::cli
