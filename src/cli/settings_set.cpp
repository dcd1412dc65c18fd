// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/json.hpp"
#include "app/settings.hpp"
#include "cli/registry.hpp"
#include "cli/session.hpp"
#include "core/settings.hpp"
#include "core/text.hpp"
#include "i18n/i18n.hpp"

namespace rapport::cli {

Runner define_settings_set(CLI::App& cmd) {
  struct Options {
    std::string key, value;
  };
  auto o = std::make_shared<Options>();
  std::vector<std::string> keys;
  for (const auto& spec : setting_specs()) keys.emplace_back(spec.key);
  cmd.add_option("KEY", o->key, trf("One of: {}", text::join(keys, ", ")))->required();
  cmd.add_option("VALUE", o->value, tr("The new value; \"\" resets it to the default"))
      ->required()
      ->type_name(tr("VALUE"));
  return [o](Session& s) {
    SettingView v = change_setting(s.store(), o->key, o->value);
    if (s.options().json) s.out().print_json(to_json(v));
    if (v.is_default) {
      s.out().done(trf("{0} is reset to its default ({1}).", v.key,
                       v.value.empty() ? tr("not set") : v.value));
    } else {
      s.out().done(trf("{0} = {1}", v.key, v.value));
    }
    return 0;
  };
}

}  // namespace rapport::cli
