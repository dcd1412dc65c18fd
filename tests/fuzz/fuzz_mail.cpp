// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the mbox splitter and header reader (GMime for addresses and dates).
#include <cstdint>
#include <string>

#include "core/error.hpp"
#include "importers/mail.hpp"

using namespace rapport::importers;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  std::size_t count = 0;
  try {
    read_mbox_bytes(
        bytes, [&](const MailHeader& h) { count += h.to.size() + 1; }, true);
  } catch (const rapport::Error&) {
  }
  return 0;
}
