// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <string>

#include "core/types.hpp"

namespace rapport {

// The current wall-clock time in `zone`. RAPPORT_NOW (e.g. 2026-03-10T09:00, read in that
// zone) fixes it for tests and demos.
LocalDateTime now_in(const std::string& zone);
Instant now_instant(const std::string& zone);

}  // namespace rapport
