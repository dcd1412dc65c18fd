// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/keys.hpp"

#include <xxhash.h>

#include <bit>
#include <string>

namespace rapport::importers {

std::int64_t import_key(std::initializer_list<std::string_view> parts) {
  thread_local std::string joined;
  joined.clear();
  for (std::string_view part : parts) {
    joined.append(part);
    joined += '\x1f';  // a separator: ("ab", "c") is not ("a", "bc")
  }
  return std::bit_cast<std::int64_t>(
      static_cast<std::uint64_t>(XXH3_64bits(joined.data(), joined.size())));
}

}  // namespace rapport::importers
