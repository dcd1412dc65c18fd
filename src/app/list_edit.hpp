// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace rapport {

// Removes, then adds values of a list (aliases, tags, scope items), comparing
// case-insensitively and keeping the order of entry. `field` is the adding option
// (--alias); a value to remove that is not there is a data error naming --remove-alias
// with `not_found` (a msgid with {0} option and {1} value).
void edit_values(std::vector<std::string>& values, const std::vector<std::string>& add,
                 const std::vector<std::string>& remove, std::string_view field,
                 const char* not_found);

}  // namespace rapport
