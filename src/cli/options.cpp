// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/options.hpp"

#include <charconv>

#include "core/error.hpp"
#include "core/text.hpp"
#include "i18n/i18n.hpp"

namespace rapport::cli {

CLI::Option* add_text(CLI::App& cmd, const std::string& flags, TextOption& target,
                      const std::string& help, const std::string& type) {
  target.option = cmd.add_option(flags, target.value, help)->type_name(type);
  return target.option;
}

CLI::Option* add_list(CLI::App& cmd, const std::string& flags, std::vector<std::string>& target,
                      const std::string& help, const std::string& type) {
  return cmd.add_option(flags, target, help)->type_name(type)->take_all()->allow_extra_args(false);
}

std::optional<std::string> text_of(const TextOption& o) {
  if (!o.given()) return std::nullopt;
  return o.value;
}

std::optional<Date> date_of(const TextOption& o, Date today) {
  if (!o.given()) return std::nullopt;
  return parse_date(o.value, today, o.name());
}

std::optional<Cents> amount_of(const TextOption& o) {
  if (!o.given()) return std::nullopt;
  return parse_amount(o.value, o.name());
}

std::optional<Minutes> hours_of(const TextOption& o) {
  if (!o.given()) return std::nullopt;
  return parse_hours(o.value, o.name());
}

std::optional<Minutes> notice_of(const TextOption& o) {
  if (!o.given()) return std::nullopt;
  return parse_notice(o.value, o.name());
}

std::optional<int> time_of_day_of(const TextOption& o) {
  if (!o.given()) return std::nullopt;
  return parse_time_of_day(o.value, o.name());
}

std::optional<int> int_of(const TextOption& o, int min, int max) {
  if (!o.given()) return std::nullopt;
  std::string_view s = text::trim(o.value);
  if (s.starts_with('+')) s.remove_prefix(1);
  int value = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc() || ptr != s.data() + s.size() || s.empty())
    throw data_error(trf("{0}: \"{1}\" is not a whole number; expected {2} to {3}.", o.name(),
                         o.value, min, max));
  if (value < min || value > max)
    throw data_error(
        trf("{0}: \"{1}\" is out of range; expected {2} to {3}.", o.name(), o.value, min, max));
  return value;
}

Id parse_id(const std::string& raw, const std::string& field) {
  std::string_view s = text::trim(raw);
  if (s.starts_with('#')) s.remove_prefix(1);
  Id id = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), id);
  if (ec != std::errc() || ptr != s.data() + s.size() || id <= 0)
    throw data_error(
        trf("{0}: \"{1}\" is not an id; expected a number like 12 or #12.", field, raw));
  return id;
}

std::optional<Id> id_of(const TextOption& o) {
  if (!o.given()) return std::nullopt;
  return parse_id(o.value, o.name());
}

std::optional<Period> period_of(const TextOption& o) {
  if (!o.given()) return std::nullopt;
  return parse_period(o.value, o.name());
}

std::optional<LocalDateTime> datetime_of(const TextOption& o, Date today) {
  if (!o.given()) return std::nullopt;
  return parse_local_datetime(o.value, today, o.name());
}

CLI::Option* add_window_option(CLI::App& cmd, TextOption& target) {
  return add_text(cmd, "--window", target,
                  tr("The window of the metrics: 90d, 6m, 1y or all (default 365d)"), tr("WINDOW"));
}

std::optional<Period> window_or(const TextOption& o, const std::optional<Period>& fallback) {
  return o.given() ? parse_window(o.value, o.name()) : fallback;
}

std::string type_date() {
  return tr("DATE");
}
std::string type_amount() {
  return tr("AMOUNT");
}
std::string type_hours() {
  return tr("HOURS");
}
std::string type_text() {
  return tr("TEXT");
}
std::string type_number() {
  return tr("NUMBER");
}

}  // namespace rapport::cli
