// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/list_edit.hpp"

#include <algorithm>

#include "core/error.hpp"
#include "core/text.hpp"
#include "i18n/i18n.hpp"

namespace rapport {

void edit_values(std::vector<std::string>& values, const std::vector<std::string>& add,
                 const std::vector<std::string>& remove, std::string_view field,
                 const char* not_found) {
  auto find = [&](std::string_view wanted) {
    return std::find_if(values.begin(), values.end(),
                        [&](const auto& v) { return text::equals_folded(v, wanted); });
  };
  for (const auto& r : remove) {
    auto it = find(r);
    if (it == values.end())
      throw data_error(trf(not_found, "--remove-" + std::string(field.substr(2)), r));
    values.erase(it);
  }
  for (const auto& raw : add) {
    std::string value(text::trim(raw));
    if (value.empty()) throw data_error(trf("{}: the value is empty.", field));
    if (find(value) == values.end()) values.push_back(value);
  }
}

}  // namespace rapport
