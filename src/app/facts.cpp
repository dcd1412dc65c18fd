// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/facts.hpp"

#include "app/agreements.hpp"
#include "core/error.hpp"
#include "i18n/i18n.hpp"

namespace rapport {
namespace {

void apply(const Store& store, Fact& f, const FactChanges& ch) {
  if (ch.kind) f.kind = *ch.kind;
  if (ch.date) f.date = *ch.date;
  if (ch.minute_of_day) f.minute_of_day = *ch.minute_of_day;
  if (ch.hours) f.hours = *ch.hours;
  if (ch.amount) f.amount = *ch.amount;
  if (ch.notice) f.notice = *ch.notice;
  if (ch.severity) {
    if (*ch.severity < 1 || *ch.severity > 3)
      throw data_error(
          trf("--severity: \"{}\" is out of range; expected 1 (minor), 2 or 3 (severe).",
              *ch.severity));
    f.severity = *ch.severity;
  }
  if (ch.mood) {
    if (*ch.mood < -2 || *ch.mood > 2)
      throw data_error(trf(
          "--mood: \"{}\" is out of range; expected -2 (very bad) to 2 (very good).", *ch.mood));
    f.mood = *ch.mood;
  }
  if (ch.agreement_id) {
    auto client = store.client(f.client_id);
    agreement_of_client(store, *ch.agreement_id, *client);
    f.agreement_id = *ch.agreement_id;
  }
  if (ch.note) f.note = *ch.note;
  if (ch.recorded_by) f.recorded_by = *ch.recorded_by;
  if (f.notice && f.kind != FactKind::cancellation)
    throw data_error(tr("--notice: only a cancellation has a notice."),
                     tr("Log it as \"cancellation\", or leave --notice out."));
}

}  // namespace

Fact find_fact(const Store& store, Id id) {
  auto f = store.fact(id);
  if (!f)
    throw data_error(trf("fact: there is no fact with id {}.", id),
                     tr("\"rapport facts CLIENT\" shows the facts and their ids."));
  return *f;
}

Fact log_fact(Context& ctx, const Client& client, FactKind kind, const FactChanges& details) {
  Fact f;
  f.client_id = client.id;
  f.kind = kind;
  f.date = ctx.today();
  f.recorded_by = ctx.settings.user_name;
  apply(ctx.store, f, details);
  ctx.store.transaction([&] { f.id = ctx.store.add_fact(f); });
  return f;
}

Fact edit_fact(Context& ctx, Id id, const FactChanges& changes) {
  Fact f;
  ctx.store.transaction([&] {
    f = find_fact(ctx.store, id);
    apply(ctx.store, f, changes);
    ctx.store.update_fact(f);
  });
  return f;
}

Fact remove_fact(Context& ctx, Id id) {
  Fact f;
  ctx.store.transaction([&] {
    f = find_fact(ctx.store, id);
    ctx.store.remove_fact(id);
  });
  return f;
}

}  // namespace rapport
