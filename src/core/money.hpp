// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace rapport {

using Cents = std::int64_t;  // money, always whole cents

// Reads 1234.50, 1.234,50, 1234,50 €, EUR 1,234.50, 1234. A separator followed by exactly
// three digits groups thousands; one followed by one or two digits is the decimal point.
// Negative amounts are refused.
Cents parse_amount(std::string_view text, std::string_view field);
// 1.234,50 € in German, €1,234.50 in English (for EUR; other currencies as a code).
std::string format_money(Cents cents, std::string_view currency = "EUR");
// 1234.50 — for JSON-free machine output and CSV.
std::string plain_amount(Cents cents);
// A JSON number in the currency unit (12.5 for 1250 cents).
double to_units(Cents cents);

}  // namespace rapport
