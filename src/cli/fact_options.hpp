// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The options `log` and `fact edit` share.
#include "app/facts.hpp"
#include "cli/options.hpp"

namespace rapport::cli {

struct FactOptions {
  TextOption date, time, hours, amount, notice, severity, mood, agreement, note, by;
};

void add_fact_options(CLI::App& cmd, FactOptions& o);
FactChanges fact_changes(const FactOptions& o, Date today);

}  // namespace rapport::cli
