// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/agreements.hpp"
#include "app/contract.hpp"
#include "app/json.hpp"
#include "cli/options.hpp"
#include "cli/registry.hpp"
#include "cli/session.hpp"
#include "core/error.hpp"
#include "core/text.hpp"
#include "i18n/i18n.hpp"

namespace rapport::cli {
namespace {

void print_route(Output& out, const law::Route& r) {
  Colour colour = r.open ? Colour::green : Colour::dim;
  std::string head = out.paint((r.open ? "● " : "○ ") + r.title, colour);
  if (r.end && r.open) head += "  " + trf("earliest end: {}", format_date(*r.end));
  if (r.end && r.kind == law::RouteKind::fixed_term)
    head += "  " + trf("ends on {}", format_date(*r.end));
  out.line(head);
  if (r.latest_receipt && r.wanted_end)
    out.line("    " + trf("to end on {0}, the notice must be received by {1}",
                          format_date(*r.wanted_end), format_date(*r.latest_receipt)));
  if (r.deadline) out.line("    " + trf("deadline: {}", format_date(*r.deadline)));
  for (const auto& s : r.steps) out.line("    " + s);
  for (const auto& m : r.money) out.line("    " + out.paint("€ ", Colour::bold) + m);
  for (const auto& w : r.warnings) out.line("    " + out.paint("! " + w, Colour::yellow));
  if (!r.paragraphs.empty())
    out.line("    " + out.paint(text::join(r.paragraphs, ", "), Colour::dim));
}

}  // namespace

Runner define_contract_end(CLI::App& cmd) {
  struct Options {
    std::string agreement;
    TextOption by, sent, via, cause_known, want_end;
  };
  auto o = std::make_shared<Options>();
  cmd.add_option("AGREEMENT", o->agreement, tr("Id of the agreement"))->required();
  add_text(cmd, "--by", o->by, tr("Who wants to end it: me (default) or client"), "me|client");
  add_text(cmd, "--sent", o->sent,
           tr("When the notice is sent, a date or a date and time (default: received today)"),
           type_date());
  add_text(cmd, "--via", o->via, tr("How it is sent: email (default), letter or hand"),
           "email|letter|hand");
  add_text(cmd, "--cause-known", o->cause_known,
           tr("When the facts of a reason for termination without notice became known"),
           type_date());
  add_text(cmd, "--want-end", o->want_end,
           tr("The end you want: rapport says by when the notice must be received"), type_date());
  return [o](Session& s) {
    Context& ctx = s.context();
    Agreement a = find_agreement(ctx.store, parse_id(o->agreement, "AGREEMENT"));
    ContractEndOptions opt;
    if (o->by.given()) opt.by = parse_party(o->by.value, "--by");
    if (o->sent.given()) {
      opt.sent_has_time = o->sent.value.find(':') != std::string::npos;
      opt.sent = opt.sent_has_time ? *datetime_of(o->sent, ctx.today())
                                   : LocalDateTime{*date_of(o->sent, ctx.today()), 0};
    }
    if (o->via.given()) {
      if (!o->sent.given())
        throw usage_error(tr("--via belongs to --sent."), tr("Add --sent with the sending date."));
      opt.via = law::parse_channel(o->via.value, "--via");
    }
    opt.cause_known = date_of(o->cause_known, ctx.today());
    opt.want_end = date_of(o->want_end, ctx.today());
    ContractEnd e = contract_end(ctx, a, opt);
    if (s.options().json) {
      s.out().print_json(to_json(e));
      return 0;
    }
    Output& out = s.out();
    out.line(out.paint(trf("Ending \"{0}\" with {1}", a.title, e.client.name), Colour::bold));
    out.line(trf("Who ends it: {0} · contract type: {1} · fee measured: {2}",
                 e.by == Party::me ? tr("you") : tr("the client"), label(e.facts.type),
                 label(e.facts.fee_period)));
    out.line(e.receipt.explanation);
    for (const auto& w : e.advice.warnings) out.line(out.paint("! " + w, Colour::yellow));
    out.line();
    out.line(out.paint(tr("Routes"), Colour::bold));
    for (const auto& r : e.advice.routes) print_route(out, r);
    out.line();
    out.line(out.paint(tr("Form"), Colour::bold));
    for (const auto& f : e.advice.form) out.line("  " + f);
    out.line();
    out.line(out.paint(e.disclaimer, Colour::dim));
    return 0;
  };
}

}  // namespace rapport::cli
