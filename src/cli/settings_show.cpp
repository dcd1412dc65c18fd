// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/json.hpp"
#include "app/settings.hpp"
#include "cli/registry.hpp"
#include "cli/session.hpp"
#include "i18n/i18n.hpp"

namespace rapport::cli {

Runner define_settings_show(CLI::App&) {
  return [](Session& s) {
    auto views = show_settings(s.store());
    if (s.options().json) {
      nlohmann::json j = nlohmann::json::object();
      for (const auto& v : views) j[v.key] = to_json(v);
      s.out().print_json(j);
      return 0;
    }
    Table table({tr("Key"), tr("Value"), tr("Meaning")});
    for (const auto& v : views) {
      std::string value = v.value.empty() ? s.out().paint(tr("(not set)"), Colour::dim) : v.value;
      if (v.is_default && !v.value.empty())
        value += " " + s.out().paint(tr("(default)"), Colour::dim);
      table.add({v.key, value, v.description});
    }
    table.print(s.out());
    return 0;
  };
}

}  // namespace rapport::cli
