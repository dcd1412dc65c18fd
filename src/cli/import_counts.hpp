// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cstdint>
#include <map>
#include <string>

namespace rapport::cli {

// "6 time entries, 2 payments" from what an import added or its undo removed.
std::string counts_text(const std::map<std::string, std::int64_t>& counts);

}  // namespace rapport::cli
