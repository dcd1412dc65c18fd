// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The stable key of an imported record: a 64-bit hash (XXH3) of what identifies it, so that
// the same record in a second or a newer export is recognised.
#include <cstdint>
#include <initializer_list>
#include <string_view>

namespace rapport::importers {

std::int64_t import_key(std::initializer_list<std::string_view> parts);

}  // namespace rapport::importers
