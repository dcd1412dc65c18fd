// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/clients.hpp"
#include "app/conversations.hpp"
#include "app/json.hpp"
#include "cli/options.hpp"
#include "cli/registry.hpp"
#include "cli/session.hpp"
#include "core/text.hpp"
#include "i18n/i18n.hpp"

namespace rapport::cli {

Runner define_talk(CLI::App& cmd) {
  struct Options {
    std::string client;
    TextOption date, outcome, follow_up;
    std::vector<std::string> agreed;
    bool values = false;
  };
  auto o = std::make_shared<Options>();
  cmd.add_option("CLIENT", o->client, tr("Name, alias or id of the client"))->required();
  add_text(cmd, "--date", o->date, tr("When the conversation took place (default: today)"),
           type_date());
  add_text(cmd, "--outcome", o->outcome, tr("How it ended, in a sentence"), type_text())
      ->required();
  add_list(cmd, "--agreed", o->agreed, tr("A change you agreed on (repeatable)"), type_text());
  add_text(cmd, "--follow-up", o->follow_up,
           tr("When to look at what changed; from then on status and show compare"), type_date());
  cmd.add_flag("--values-discussed", o->values,
               tr("You explained your values and why they matter for the work"));
  return [o](Session& s) {
    Context& ctx = s.context();
    Client c = resolve_client(ctx.store, o->client);
    TalkInput input;
    input.date = date_of(o->date, ctx.today()).value_or(ctx.today());
    input.outcome = o->outcome.value;
    input.agreed = o->agreed;
    input.follow_up = date_of(o->follow_up, ctx.today());
    input.values_discussed = o->values;
    Conversation talk = record_talk(ctx, c, input);
    if (s.options().json) {
      s.out().print_json(to_json(talk));
      return 0;
    }
    std::vector<std::string> topics;
    for (const auto& t : talk.topics) topics.push_back(label(t.metric));
    std::string line =
        trf("Recorded the conversation of {0} with \"{1}\".", format_date(talk.date), c.name);
    if (!topics.empty()) line += " " + trf("Topics: {}.", text::join(topics, ", "));
    if (talk.follow_up)
      line += " " + trf("From {} on, status and show say whether they improved.",
                        format_date(*talk.follow_up));
    s.out().done(line);
    return 0;
  };
}

}  // namespace rapport::cli
