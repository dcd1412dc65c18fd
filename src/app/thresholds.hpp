// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Managing the pain thresholds: list, set, remove, reset, and the TOML file to edit,
// export and import them.
#include <optional>
#include <string>
#include <vector>

#include "app/context.hpp"

namespace rapport {

// Adds a rule, or replaces the rule for the same metric and level.
Threshold set_threshold(Context& ctx, const Threshold& rule);
// Removes the rules of a metric (of one level, if given); returns how many.
std::size_t remove_thresholds(Context& ctx, Metric metric, std::optional<Level> level);
// Back to the shipped defaults.
void reset_thresholds(Context& ctx);
// Replaces every rule (after the import or the editor checked them).
void replace_thresholds(Context& ctx, const std::vector<Threshold>& rules);

// The rules as a TOML document with comments that explain the fields.
std::string thresholds_to_toml(const std::vector<Threshold>& rules);
// Reads a TOML document; errors name `source`, the line and the field.
std::vector<Threshold> thresholds_from_toml(const std::string& text, const std::string& source);

}  // namespace rapport
