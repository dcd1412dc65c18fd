// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Conversions between wall-clock time in an IANA zone and instants, from the system's
// tzdata. (GCC 12's library has no std::chrono::zoned_time yet.)
#include <string>
#include <vector>

#include "core/types.hpp"

namespace rapport {

bool zone_exists(const std::string& zone);
// The instant a wall-clock time denotes; in a DST gap the time is read as the later offset.
Instant to_instant(const LocalDateTime& local, const std::string& zone);
LocalDateTime to_local(Instant instant, const std::string& zone);
// The same for many instants at once (switching the zone once, not per instant).
std::vector<LocalDateTime> to_local(const std::vector<Instant>& instants, const std::string& zone);
// Minutes east of UTC at that instant (60 for CET, 120 for CEST).
int utc_offset_minutes(Instant instant, const std::string& zone);
// 2026-03-10T09:30:00+01:00
std::string iso_instant(Instant instant, const std::string& zone);

}  // namespace rapport
