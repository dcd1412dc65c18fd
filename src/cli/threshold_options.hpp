// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Printing threshold rules, shared by the thresholds commands.
#include "cli/output.hpp"
#include "core/thresholds.hpp"

namespace rapport::cli {

void print_threshold_table(Output& out, const std::vector<Threshold>& rules, bool customised);

}  // namespace rapport::cli
