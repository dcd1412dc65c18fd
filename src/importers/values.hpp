// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reading the values of exported files: German and English dates, clock times, durations,
// amounts and yes/no. The readers return nothing for text they cannot read; the caller
// reports it with the file, line and column (bad_value).
#include <optional>
#include <string>
#include <string_view>

#include "core/types.hpp"

namespace rapport::importers {

// 2026-03-10, 2026/03/10, 10.03.2026, 10.3.26, 03/10/2026 (month first, as US exports write
// it, unless the first number cannot be a month); a time after the date is ignored.
std::optional<Date> read_date(std::string_view text);
// 09:05, 9:05:30, 9:05 AM, 21.05; or the time part of "2026-03-10 09:05" / "…T09:05:00".
std::optional<int> read_clock(std::string_view text);
// 1:30, 01:30:00, 1,5, 1.5, 90m, 1h30m → minutes (seconds rounded to the nearest minute).
std::optional<Minutes> read_duration(std::string_view text);
// 1.234,56 | 1,234.56 | 1234.56 | -12,00 € → cents; negative amounts allowed.
std::optional<Cents> read_signed_amount(std::string_view text);
// yes/no, ja/nein, true/false, 1/0, x/"" (empty is no).
std::optional<bool> read_yes_no(std::string_view text);

// What a value was meant to be, for the message.
enum class ValueKind { date, clock, duration, amount, yes_no, number, text };

// The error for a value that cannot be read:
// entries.csv:1042: column "Dauer": "1:3x" is not a duration.
[[noreturn]] void bad_value(const std::string& file, std::size_t line, std::string_view column,
                            std::string_view value, ValueKind kind);

}  // namespace rapport::importers
