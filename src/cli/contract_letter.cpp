// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/agreements.hpp"
#include "app/contract.hpp"
#include "cli/document_output.hpp"
#include "cli/registry.hpp"
#include "cli/session.hpp"
#include "documents/builders.hpp"
#include "i18n/i18n.hpp"

namespace rapport::cli {

Runner define_contract_letter(CLI::App& cmd) {
  struct Options {
    std::string agreement;
    TextOption end, reason;
    DocumentOptions document;
  };
  auto o = std::make_shared<Options>();
  cmd.add_option("AGREEMENT", o->agreement, tr("Id of the agreement"))->required();
  add_text(cmd, "--end", o->end, tr("The end date the letter names"), type_date())->required();
  add_text(cmd, "--reason", o->reason, tr("A reason, for a termination for cause without notice"),
           type_text());
  add_document_options(cmd, o->document);
  return [o](Session& s) {
    Context& ctx = s.context();
    Agreement a = find_agreement(ctx.store, parse_id(o->agreement, "AGREEMENT"));
    TerminationLetter letter =
        termination_letter(ctx, a, *date_of(o->end, ctx.today()), o->reason.value);
    emit_document(s, documents::termination_letter_document(letter), o->document);
    return 0;
  };
}

}  // namespace rapport::cli
