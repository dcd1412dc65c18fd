// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/import_counts.hpp"

#include "i18n/i18n.hpp"

namespace rapport::cli {

std::string counts_text(const std::map<std::string, std::int64_t>& counts) {
  static const std::map<std::string, const char*> kLabels = {
      {"time_entries", TR_NOOP("time entries")},
      {"invoices", TR_NOOP("invoices")},
      {"payments", TR_NOOP("payments")},
      {"bank_credits", TR_NOOP("bank credits")},
      {"appointments", TR_NOOP("appointments")},
      {"facts", TR_NOOP("cancellation facts")},
      {"messages", TR_NOOP("messages")},
      {"clients", TR_NOOP("clients created by it")},
      {"reopened_appointments", TR_NOOP("appointments no longer cancelled")}};
  std::string out;
  for (const auto& [kind, n] : counts) {
    auto label = kLabels.find(kind);
    if (!out.empty()) out += ", ";
    out += std::to_string(n) + " " + (label == kLabels.end() ? kind : tr(label->second));
  }
  return out.empty() ? tr("nothing new") : out;
}

}  // namespace rapport::cli
