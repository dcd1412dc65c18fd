// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace rapport::text {

std::string_view trim(std::string_view s);
// Lower case for ASCII and the Latin-1 letters of UTF-8 (Ä → ä), enough for names in
// German, French and the like.
std::string fold_case(std::string_view s);
bool equals_folded(std::string_view a, std::string_view b);
bool starts_with_folded(std::string_view text, std::string_view prefix);
std::vector<std::string> split(std::string_view s, char separator);
std::string join(const std::vector<std::string>& parts, std::string_view separator);
// Number of code points, for aligning table columns.
std::size_t display_width(std::string_view s);
// Levenshtein distance on folded text, for "did you mean" hints.
std::size_t edit_distance(std::string_view a, std::string_view b);
bool is_valid_utf8(std::string_view s);

}  // namespace rapport::text
