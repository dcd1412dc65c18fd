// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <optional>

#include "app/context.hpp"

namespace rapport {

// Time worked: either `minutes`, or a start and an end time on the date (or both, when
// they agree). Out-of-scope hours feed the scope creep metric.
struct TimeDraft {
  Date date;
  std::optional<Minutes> minutes;
  std::optional<int> start_minute, end_minute;
  bool billable = true;
  bool in_scope = true;
  std::optional<Id> agreement_id;
  std::string note;
};

TimeEntry add_time_entry(Context& ctx, const Client& client, const TimeDraft& draft);

}  // namespace rapport
