// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/settings.hpp"

#include "app/clock.hpp"
#include "app/zone.hpp"
#include "core/error.hpp"
#include "core/text.hpp"
#include "i18n/i18n.hpp"

namespace rapport {

Settings load_settings(const Store& store) {
  auto stored = store.settings();
  auto get = [&](const char* key) -> std::string {
    auto it = stored.find(key);
    if (it != stored.end()) return it->second;
    return std::string(find_setting(key)->default_value);
  };
  Settings s;
  if (auto rate = get("target_rate"); !rate.empty())
    s.target_rate = parse_amount(rate, "target_rate");
  s.core_hours = parse_core_hours(get("core_hours"));
  s.core_days = parse_core_days(get("core_days"));
  s.values = text::split(get("values"), ',');
  s.language = get("language");
  s.currency = get("currency");
  s.timezone = get("timezone");
  s.bundesland = get("bundesland");
  s.user_name = get("user_name");
  return s;
}

Context make_context(Store& store) {
  Settings settings = load_settings(store);
  LocalDateTime now = now_in(settings.timezone);
  return Context{store, std::move(settings), now};
}

std::vector<SettingView> show_settings(const Store& store) {
  auto stored = store.settings();
  std::vector<SettingView> result;
  for (const auto& spec : setting_specs()) {
    SettingView view{std::string(spec.key), std::string(spec.default_value), true,
                     tr(spec.description)};
    if (auto it = stored.find(std::string(spec.key)); it != stored.end()) {
      view.value = it->second;
      view.is_default = false;
    }
    result.push_back(std::move(view));
  }
  return result;
}

SettingView change_setting(Store& store, const std::string& key, const std::string& value) {
  std::string normalised =
      text::trim(value).empty() && find_setting(key) ? "" : normalise_setting(key, value);
  if (key == "timezone" && !normalised.empty() && !zone_exists(normalised))
    throw Error(ErrorCode::config,
                trf("timezone: \"{}\" is not a time zone this system knows.", normalised),
                tr("Use an IANA name such as Europe/Berlin, Europe/Vienna or Europe/Zurich."));
  if (!find_setting(key)) normalise_setting(key, value);  // throws the "not a setting" error
  store.transaction([&] {
    if (normalised.empty()) {
      store.remove_setting(key);
    } else {
      store.set_setting(key, normalised);
    }
  });
  for (auto& view : show_settings(store))
    if (view.key == key) return view;
  return {};
}

}  // namespace rapport
