// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the iCalendar reader (libical), recurring events included.
#include <chrono>
#include <cstdint>
#include <string>

#include "core/error.hpp"
#include "importers/calendar.hpp"

using namespace rapport::importers;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  // A fixed horizon: the fuzzer must not depend on the clock.
  rapport::Instant horizon{std::chrono::seconds{1'800'000'000}};
  try {
    (void)read_ics(text, "fuzz.ics", "Europe/Berlin", horizon);
  } catch (const rapport::Error&) {
  }
  return 0;
}
