// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the bank statement readers (CAMT.053 and MT940) on the same bytes.
#include <cstdint>
#include <string>

#include "core/error.hpp"
#include "importers/bank.hpp"

using namespace rapport::importers;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    (void)read_camt053(text, "fuzz.xml");
  } catch (const rapport::Error&) {
  }
  try {
    (void)read_mt940(text, "fuzz.sta");
  } catch (const rapport::Error&) {
  }
  return 0;
}
