// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The health of a client relationship: a band decided by the worst breached threshold, a
// score that ranks within the band, and the reasons with the facts behind them.
#include <optional>
#include <vector>

#include "core/thresholds.hpp"

namespace rapport {

enum class Band { red, yellow, green, unknown };  // in the order status lists them
std::string_view code(Band b);
std::string label(Band b);
Band band_from_code(std::string_view code);

struct Breach {
  Threshold rule;
  DateRange range;      // the days the metric was measured over
  MetricValue value;    // with the evidence
  double compared = 0;  // what was compared (a fraction of the target for relative rules)
  double excess = 0;    // how far past the threshold, relative to it (0 … 1)
};

struct Health {
  Band band = Band::unknown;
  std::optional<int> score;      // 0 … 100; unknown band, unknown score
  std::vector<Breach> reasons;   // worst first: level, then excess
  Trend trend = Trend::unknown;  // problems and mood, last 90 days against the 90 before
};

// The date ranges `record.time` must hold to assess against these rules.
std::vector<DateRange> ranges_needed(const std::vector<Threshold>& rules,
                                     const std::optional<Period>& window, Date today);

Health assess(const ClientRecord& record, const std::vector<Threshold>& rules,
              const std::optional<Period>& window, const MetricContext& ctx);

// "broken agreements: 3 (≥ 3 in 1y)" and the like.
std::string reason_text(const Breach& b, const std::string& currency);
// "fact #12 03.02.2026 short-notice cancellation", "invoice 2026-004 due 01.03.2026" …
std::string evidence_text(const Evidence& e);

// The particulars of a fact: "notice 2 h · 150,00 € · the note".
std::string fact_details(const Fact& f);

}  // namespace rapport
