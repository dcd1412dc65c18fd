// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/clock.hpp"

#include <cstdlib>

#include "app/zone.hpp"
#include "core/error.hpp"
#include "i18n/i18n.hpp"

namespace rapport {

Instant now_instant(const std::string& zone) {
  if (const char* fixed = std::getenv("RAPPORT_NOW"); fixed && *fixed) {
    try {
      return to_instant(parse_local_datetime(fixed, Date{}, "RAPPORT_NOW"), zone);
    } catch (const Error& e) {
      throw Error(ErrorCode::config, e.message(),
                  tr("RAPPORT_NOW is written like 2026-03-10T09:00."));
    }
  }
  return std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
}

LocalDateTime now_in(const std::string& zone) {
  return to_local(now_instant(zone), zone);
}

}  // namespace rapport
