// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/zone.hpp"

#include <fmt/format.h>

#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <mutex>
#include <optional>

namespace rapport {
namespace {

std::mutex tz_mutex;

// glibc reads the zone from TZ; this swaps it for one call and puts the old value back.
class ScopedTimeZone {
 public:
  explicit ScopedTimeZone(const std::string& zone) : lock_(tz_mutex) {
    if (const char* old = std::getenv("TZ")) previous_ = old;
    setenv("TZ", zone.c_str(), 1);
    tzset();
  }
  ~ScopedTimeZone() {
    if (previous_) {
      setenv("TZ", previous_->c_str(), 1);
    } else {
      unsetenv("TZ");
    }
    tzset();
  }
  ScopedTimeZone(const ScopedTimeZone&) = delete;
  ScopedTimeZone& operator=(const ScopedTimeZone&) = delete;

 private:
  std::lock_guard<std::mutex> lock_;
  std::optional<std::string> previous_;
};

std::string zoneinfo_dir() {
  if (const char* dir = std::getenv("TZDIR")) return dir;
  return "/usr/share/zoneinfo";
}

}  // namespace

bool zone_exists(const std::string& zone) {
  if (zone == "UTC") return true;
  if (zone.empty() || zone.find("..") != std::string::npos || zone.front() == '/') return false;
  return std::filesystem::is_regular_file(std::filesystem::path(zoneinfo_dir()) / zone);
}

Instant to_instant(const LocalDateTime& local, const std::string& zone) {
  ScopedTimeZone tz(zone);
  std::tm tm{};
  tm.tm_year = static_cast<int>(local.date.year()) - 1900;
  tm.tm_mon = static_cast<int>(static_cast<unsigned>(local.date.month())) - 1;
  tm.tm_mday = static_cast<int>(static_cast<unsigned>(local.date.day()));
  tm.tm_hour = local.minute_of_day / 60;
  tm.tm_min = local.minute_of_day % 60;
  tm.tm_isdst = -1;
  std::time_t t = std::mktime(&tm);
  return Instant{std::chrono::seconds{t}};
}

LocalDateTime to_local(Instant instant, const std::string& zone) {
  ScopedTimeZone tz(zone);
  std::time_t t = instant.time_since_epoch().count();
  std::tm tm{};
  localtime_r(&t, &tm);
  LocalDateTime local;
  local.date = Date{std::chrono::year{tm.tm_year + 1900},
                    std::chrono::month{static_cast<unsigned>(tm.tm_mon + 1)},
                    std::chrono::day{static_cast<unsigned>(tm.tm_mday)}};
  local.minute_of_day = tm.tm_hour * 60 + tm.tm_min;
  return local;
}

std::vector<LocalDateTime> to_local(const std::vector<Instant>& instants, const std::string& zone) {
  ScopedTimeZone tz(zone);
  std::vector<LocalDateTime> out;
  out.reserve(instants.size());
  for (Instant instant : instants) {
    std::time_t t = instant.time_since_epoch().count();
    std::tm tm{};
    localtime_r(&t, &tm);
    out.push_back({Date{std::chrono::year{tm.tm_year + 1900},
                        std::chrono::month{static_cast<unsigned>(tm.tm_mon + 1)},
                        std::chrono::day{static_cast<unsigned>(tm.tm_mday)}},
                   tm.tm_hour * 60 + tm.tm_min});
  }
  return out;
}

int utc_offset_minutes(Instant instant, const std::string& zone) {
  ScopedTimeZone tz(zone);
  std::time_t t = instant.time_since_epoch().count();
  std::tm tm{};
  localtime_r(&t, &tm);
  return static_cast<int>(tm.tm_gmtoff / 60);
}

std::string iso_instant(Instant instant, const std::string& zone) {
  LocalDateTime local = to_local(instant, zone);
  int offset = utc_offset_minutes(instant, zone);
  char sign = offset < 0 ? '-' : '+';
  if (offset < 0) offset = -offset;
  auto seconds = instant.time_since_epoch().count() % 60;
  return fmt::format("{}:{:02}{}{:02}:{:02}", iso_local_datetime(local), seconds < 0 ? 0 : seconds,
                     sign, offset / 60, offset % 60);
}

}  // namespace rapport
