// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Bank statements: ISO 20022 CAMT.053 (versions .001.02 to .001.08, with or without namespace
// prefixes) and SWIFT MT940 with the German :86: subfields. Both give booked entries; a batch
// booking gives one entry per transaction in it.
#include <string>
#include <string_view>
#include <vector>

#include "core/types.hpp"

namespace rapport::importers {

struct BankEntry {
  Date booked_on;
  Cents amount = 0;       // always positive
  bool credit = true;     // money in
  bool reversal = false;  // a return of an earlier booking
  std::string name;       // the other party: the payer of a credit
  std::string iban;
  std::string remittance;  // the purpose text, joined
  std::string reference;   // the bank's or the end-to-end reference, if any
  std::size_t line = 0;    // where the entry starts in the file
};

// Throw data errors naming file, line and element or field.
std::vector<BankEntry> read_camt053(std::string_view xml, const std::string& file);
std::vector<BankEntry> read_mt940(std::string_view text, const std::string& file);

}  // namespace rapport::importers
