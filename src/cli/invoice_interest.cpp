// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/contract.hpp"
#include "app/json.hpp"
#include "cli/options.hpp"
#include "cli/registry.hpp"
#include "cli/session.hpp"
#include "i18n/i18n.hpp"

namespace rapport::cli {

Runner define_invoice_interest(CLI::App& cmd) {
  struct Options {
    std::string number;
    TextOption until, received, reminder;
  };
  auto o = std::make_shared<Options>();
  cmd.add_option("NUMBER", o->number, tr("The invoice number"))->required();
  add_text(cmd, "--until", o->until,
           tr("Interest up to and including this day (default: until paid, else today)"),
           type_date());
  add_text(cmd, "--received", o->received,
           tr("When the invoice reached the client (default: its date)"), type_date());
  add_text(cmd, "--reminder", o->reminder,
           tr("When a payment reminder reached the client, after the due date"), type_date());
  return [o](Session& s) {
    Context& ctx = s.context();
    Invoice inv = find_invoice_by_number(ctx.store, o->number);
    InterestOptions opt;
    opt.until = date_of(o->until, ctx.today());
    opt.invoice_received = date_of(o->received, ctx.today());
    opt.reminder_received = date_of(o->reminder, ctx.today());
    InvoiceInterest i = invoice_interest(ctx, inv, opt);
    if (s.options().json) {
      s.out().print_json(to_json(i));
      return 0;
    }
    Output& out = s.out();
    const std::string& cur = ctx.settings.currency;
    out.line(out.paint(
        trf("Invoice {0} · {1} · {2}", inv.number, i.client.name, format_money(i.amount, cur)),
        Colour::bold));
    out.line(trf("In default from {0}: {1} ({2})", format_date(i.start.first_day), i.start.basis,
                 i.start.paragraph));
    if (!i.in_default) {
      out.line(trf("Not in default by {}.", format_date(i.until)));
    } else {
      Table table({tr("First day"), tr("Last day"), tr("Days"), tr("Rate"), tr("Interest")});
      table.indent(2);
      table.right_align(2);
      table.right_align(3);
      table.right_align(4);
      for (const auto& span : i.interest.spans)
        table.add({format_date(span.first), format_date(span.last), std::to_string(span.days),
                   law::format_percent(span.percent),
                   format_money(static_cast<Cents>(std::llround(span.interest)), cur)});
      table.print(out);
      out.line(trf("Default interest up to {0}: {1} (§ 288 Abs. 2 BGB, base rate + 9 points)",
                   format_date(i.until), format_money(i.interest.interest, cur)));
      out.line(trf("Flat fee: {} (§ 288 Abs. 5 BGB)", format_money(i.interest.flat_fee, cur)));
    }
    out.line(
        trf("Time-barred after {} (§§ 195, 199 BGB); a court order for payment or a lawsuit "
            "stops it.",
            format_date(i.limitation.last_day)));
    for (const auto& w : i.warnings) out.line(out.paint("! " + w, Colour::yellow));
    out.line(out.paint(i.disclaimer, Colour::dim));
    return 0;
  };
}

}  // namespace rapport::cli
