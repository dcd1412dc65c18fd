// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/clients.hpp"
#include "app/clock.hpp"
#include "app/conversations.hpp"
#include "app/json.hpp"
#include "app/zone.hpp"
#include "cli/document_output.hpp"
#include "cli/registry.hpp"
#include "cli/session.hpp"
#include "core/error.hpp"
#include "core/text.hpp"
#include "documents/builders.hpp"
#include "i18n/i18n.hpp"

namespace rapport::cli {

Runner define_recap(CLI::App& cmd) {
  struct Options {
    std::string client;
    TextOption date, with, next;
    std::vector<std::string> topics, agreed, open;
    DocumentOptions document;
  };
  auto o = std::make_shared<Options>();
  cmd.add_option("CLIENT", o->client, tr("Name, alias or id of the client"))->required();
  add_text(cmd, "--date", o->date, tr("When the call took place (default: today)"), type_date());
  add_text(cmd, "--with", o->with, tr("Who you spoke with"), tr("NAME"));
  add_list(cmd, "--topic", o->topics, tr("A topic of the call (repeatable)"), type_text());
  add_list(cmd, "--agreed", o->agreed, tr("Something you agreed on (repeatable)"), type_text());
  add_list(cmd, "--open", o->open, tr("A point still open (repeatable)"), type_text());
  add_text(cmd, "--next", o->next, tr("The next step"), type_text());
  add_document_options(cmd, o->document);
  cmd.footer(
      tr("Without --out the summary is printed as the text of a mail. --out FILE.eml "
         "writes a draft to open in your mail program; .md, .html and .pdf write a "
         "document."));
  return [o](Session& s) {
    Context& ctx = s.context();
    Client c = resolve_client(ctx.store, o->client);
    bool eml = o->document.out.given() && text::fold_case(o->document.out.value).ends_with(".eml");
    if (eml && o->document.format.given())
      throw usage_error(tr("--format does not apply to an .eml draft."),
                        tr("Leave out --format, or write to a .md, .html or .pdf file."));
    RecapInput input;
    input.date = date_of(o->date, ctx.today()).value_or(ctx.today());
    input.with = o->with.value;
    input.topics = o->topics;
    input.agreed = o->agreed;
    input.open = o->open;
    input.next_step = o->next.value;
    // Check the output before anything is recorded: a bad --out changes nothing.
    if (o->document.format.given()) documents::parse_format(o->document.format.value);
    if (o->document.out.given() && !eml && !o->document.format.given() &&
        !documents::format_of_path(o->document.out.value))
      throw usage_error(trf("--out: {} does not say which format to write.", o->document.out.value),
                        tr("End the file name with .eml, .md, .html or .pdf, or add --format."));
    std::optional<std::string> eml_bytes;
    Recap recap;
    ctx.store.transaction([&] {
      recap = record_recap(ctx, c, input);
      if (eml) {
        Instant now = now_instant(ctx.zone());
        auto draft = documents::recap_mail(
            recap, documents::rfc5322_date(ctx.now, utc_offset_minutes(now, ctx.zone())));
        write_file(o->document.out.value, documents::render_eml(draft));
      } else if (o->document.given() && !s.options().json) {
        emit_document(s, documents::recap_document(recap), o->document);
      }
    });
    if (s.options().json) {
      s.out().print_json(to_json(recap));
      return 0;
    }
    if (eml) {
      if (c.emails.empty())
        s.out().warn(
            trf("\"{}\" has no e-mail address: add the recipient in your mail program "
                "(or rapport client edit --email).",
                c.name));
      s.out().done(trf("Recorded the call as fact #{0} and wrote the draft {1}.", recap.fact.id,
                       o->document.out.value));
    } else if (!o->document.given()) {
      s.out().out() << documents::recap_mail_body(recap);
    } else {
      s.out().done(trf("Recorded the call as fact #{}.", recap.fact.id));
    }
    return 0;
  };
}

}  // namespace rapport::cli
