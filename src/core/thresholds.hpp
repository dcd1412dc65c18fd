// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Pain thresholds (Schmerzgrenzen): the user's own rules of what they tolerate, what they
// address and what ends a relationship.
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/metrics.hpp"

namespace rapport {

enum class Comparison { greater, greater_equal, less, less_equal, equal };
enum class Level { tolerate, address, leave };

struct Threshold {
  Id id = 0;
  Metric metric = Metric::rude_tone;
  Comparison comparison = Comparison::greater_equal;
  double value = 0;                 // in the metric's unit: cents, fractions, hours, days, counts
  bool relative_to_target = false;  // effective_rate only: value is a fraction of the target rate
  std::optional<Period> window = Period{1, PeriodUnit::years};  // nullopt: all time
  Level level = Level::address;
  std::string note;  // in the user's words
};

std::string_view code(Comparison c);
std::string_view code(Level l);
std::string label(Level l);
Comparison parse_comparison(std::string_view text, std::string_view field);
Level parse_level(std::string_view text, std::string_view field);
Metric parse_metric(std::string_view text, std::string_view field);

// Reads a value in the metric's terms: 2 (count), 80% (of the target, effective_rate),
// 20% or 0.2 (ratio), 1.500,00 (money), 14 (days), -1 (mood), 10h (hours).
void parse_threshold_value(Threshold& rule, std::string_view text, std::string_view field);
// The value as a user writes it: "2", "80%", "20%", "1500.00", "-1".
std::string threshold_value_text(const Threshold& rule);

bool compare(double actual, Comparison c, double wanted);
// The metric value the rule compares: for a rule relative to the target rate, the rate as
// a fraction of the target. nullopt when it cannot be judged.
std::optional<double> comparable_value(const Threshold& rule, const MetricValue& value,
                                       std::optional<Cents> target_rate);

// The rules rapport ships; documented in docs/thresholds.md.
std::vector<Threshold> default_thresholds();

// A one-line description: "short_notice_cancellations >= 2 in 90d → address".
std::string describe(const Threshold& rule);

}  // namespace rapport
