// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Options are read as text and parsed by rapport's own parsers, so that every error
// names the option and says what was expected, in the user's language.
#include <CLI/CLI.hpp>

#include <optional>
#include <string>
#include <vector>

#include "core/types.hpp"

namespace rapport::cli {

// A text option that remembers whether it was given.
struct TextOption {
  std::string value;
  CLI::Option* option = nullptr;
  bool given() const { return option && option->count() > 0; }
  std::string name() const { return option ? option->get_name() : std::string(); }
};

// Adds an option taking one value; `type` is shown in the help (e.g. DATE).
CLI::Option* add_text(CLI::App& cmd, const std::string& flags, TextOption& target,
                      const std::string& help, const std::string& type);
CLI::Option* add_list(CLI::App& cmd, const std::string& flags, std::vector<std::string>& target,
                      const std::string& help, const std::string& type);

// Parsed values of given options, nullopt when not given.
std::optional<std::string> text_of(const TextOption& o);
std::optional<Date> date_of(const TextOption& o, Date today);
std::optional<Cents> amount_of(const TextOption& o);
std::optional<Minutes> hours_of(const TextOption& o);
std::optional<Minutes> notice_of(const TextOption& o);
std::optional<int> time_of_day_of(const TextOption& o);
std::optional<int> int_of(const TextOption& o, int min, int max);
std::optional<Id> id_of(const TextOption& o);
std::optional<Period> period_of(const TextOption& o);
std::optional<LocalDateTime> datetime_of(const TextOption& o, Date today);

// --window for the health views, and its value (the fallback when not given).
CLI::Option* add_window_option(CLI::App& cmd, TextOption& target);
std::optional<Period> window_or(const TextOption& o, const std::optional<Period>& fallback);

// Reads an id like 12 or #12 from a positional argument.
Id parse_id(const std::string& text, const std::string& field);

// Translated type names shown in the help.
std::string type_date();
std::string type_amount();
std::string type_hours();
std::string type_text();
std::string type_number();

}  // namespace rapport::cli
