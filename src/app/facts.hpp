// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <optional>
#include <string>

#include "app/context.hpp"

namespace rapport {

// Changes to a fact; unset fields stay as they are.
struct FactChanges {
  std::optional<FactKind> kind;
  std::optional<Date> date;
  std::optional<int> minute_of_day;
  std::optional<Minutes> hours;
  std::optional<Cents> amount;
  std::optional<Minutes> notice;
  std::optional<int> severity;
  std::optional<int> mood;
  std::optional<Id> agreement_id;
  std::optional<std::string> note;
  std::optional<std::string> recorded_by;
};

// Records a fact about the client; the date defaults to today, who recorded it to the
// user's name.
Fact log_fact(Context& ctx, const Client& client, FactKind kind, const FactChanges& details);
Fact edit_fact(Context& ctx, Id id, const FactChanges& changes);
Fact remove_fact(Context& ctx, Id id);
Fact find_fact(const Store& store, Id id);

}  // namespace rapport
