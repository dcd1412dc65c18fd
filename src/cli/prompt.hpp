// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Questions on a terminal: asked on stderr, answered on stdin.
#include <string>

#include "cli/output.hpp"

namespace rapport::cli {

// Whether a person can answer: stdin and stderr are terminals.
bool can_ask();
// Asks and returns the trimmed answer ("" for Enter or the end of input).
std::string ask(Output& out, const std::string& question);

}  // namespace rapport::cli
