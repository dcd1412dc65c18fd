// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/health.hpp"

#include <algorithm>
#include <cmath>
#include <set>

#include "core/text.hpp"
#include "i18n/i18n.hpp"

namespace rapport {
namespace {

// Score ranges of the bands: one red line is never averaged away.
struct BandRange {
  int low, high;
};
constexpr BandRange kGreen{67, 100}, kYellow{34, 66}, kRed{0, 33};
constexpr double kBaseBadness = 5;    // a relationship with nothing special is not perfect
constexpr double kBadnessScale = 20;  // the badness that takes a score halfway down its band

int penalty(const Breach& b) {
  int base = b.rule.level == Level::leave ? 6 : b.rule.level == Level::address ? 4 : 1;
  return static_cast<int>(std::lround(base * (1.0 + b.excess)));
}

double excess_of(const Threshold& rule, double actual) {
  double wanted = rule.value;
  double scale = std::max(std::abs(wanted), 1.0);
  return std::clamp(std::abs(actual - wanted) / scale, 0.0, 1.0);
}

// The weight of what went wrong in a range: problems by severity (2 when not given).
double problem_weight(const ClientRecord& r, const DateRange& range) {
  double weight = 0;
  for (const auto& f : r.facts) {
    if (!range.contains(f.date)) continue;
    if (is_problem(f.kind)) weight += f.severity.value_or(2);
    if (is_positive(f.kind)) weight -= 1;
    if (f.mood) weight -= *f.mood;
  }
  return weight;
}

bool any_record(const ClientRecord& r, const DateRange& range) {
  for (const auto& f : r.facts)
    if (range.contains(f.date)) return true;
  for (const auto& l : r.invoices)
    if (range.contains(l.invoice.issue_date) || l.outstanding() > 0) return true;
  auto t = r.time.find(range);
  return t != r.time.end() && t->second.entries > 0;
}

}  // namespace

std::string_view code(Band b) {
  switch (b) {
    case Band::red:
      return "red";
    case Band::yellow:
      return "yellow";
    case Band::green:
      return "green";
    case Band::unknown:
      break;
  }
  return "unknown";
}

std::string label(Band b) {
  switch (b) {
    case Band::red:
      return tr("red");
    case Band::yellow:
      return tr("yellow");
    case Band::green:
      return tr("green");
    case Band::unknown:
      break;
  }
  return tr("unknown");
}

Band band_from_code(std::string_view c) {
  for (Band b : {Band::red, Band::yellow, Band::green})
    if (code(b) == c) return b;
  return Band::unknown;
}

std::vector<DateRange> ranges_needed(const std::vector<Threshold>& rules,
                                     const std::optional<Period>& window, Date today) {
  std::set<DateRange> ranges;
  ranges.insert(window_range(window, today));
  TrendRanges trend = trend_ranges(today);
  ranges.insert(trend.recent);
  ranges.insert(trend.previous);
  for (const auto& rule : rules) {
    const MetricSpec& s = spec(rule.metric);
    ranges.insert(window_range(s.fixed_window ? s.fixed_window : rule.window, today));
  }
  for (const auto& s : metric_specs())
    if (s.fixed_window) ranges.insert(window_range(s.fixed_window, today));
  return {ranges.begin(), ranges.end()};
}

Health assess(const ClientRecord& r, const std::vector<Threshold>& rules,
              const std::optional<Period>& window, const MetricContext& ctx) {
  Health h;
  for (const auto& rule : rules) {
    DateRange range = window_range(rule.window, ctx.today);
    // Evidence is gathered only for the rules that are breached.
    MetricValue value = compute(rule.metric, r, range, ctx, false);
    auto actual = comparable_value(rule, value, ctx.target_rate);
    if (!actual || !compare(*actual, rule.comparison, rule.value)) continue;
    value = compute(rule.metric, r, range, ctx, true);
    Breach b{rule, range, std::move(value), *actual, excess_of(rule, *actual)};
    h.reasons.push_back(std::move(b));
  }
  std::stable_sort(h.reasons.begin(), h.reasons.end(), [](const Breach& a, const Breach& b) {
    if (a.rule.level != b.rule.level) return a.rule.level > b.rule.level;
    return a.excess > b.excess;
  });

  const DateRange shown = window_range(window, ctx.today);
  bool leave = false, address = false;
  for (const auto& b : h.reasons) {
    leave = leave || b.rule.level == Level::leave;
    address = address || b.rule.level == Level::address;
  }
  if (leave) {
    h.band = Band::red;
  } else if (address) {
    h.band = Band::yellow;
  } else if (any_record(r, shown)) {
    h.band = Band::green;
  }

  if (h.band != Band::unknown) {
    BandRange band = h.band == Band::red ? kRed : h.band == Band::yellow ? kYellow : kGreen;
    // Badness: what the breaches weigh, less what the positives and a good feeling give. It is
    // mapped into the band so that it never leaves it and never piles up at the bottom.
    double badness = kBaseBadness;
    for (const auto& b : h.reasons) badness += penalty(b);
    MetricValue positives = compute(Metric::positives, r, shown, ctx, false);
    MetricValue mood = compute(Metric::mood, r, shown, ctx, false);
    if (positives.value) badness -= std::min(10.0, 2.0 * *positives.value);
    if (mood.value) badness -= 2.0 * *mood.value;
    badness = std::max(0.0, badness);
    double score = band.high - (band.high - band.low) * badness / (badness + kBadnessScale);
    h.score = std::clamp(static_cast<int>(std::lround(score)), band.low, band.high);
  }

  TrendRanges t = trend_ranges(ctx.today);
  if (any_record(r, t.recent) || any_record(r, t.previous)) {
    double recent = problem_weight(r, t.recent), previous = problem_weight(r, t.previous);
    h.trend = recent < previous ? Trend::better : recent > previous ? Trend::worse : Trend::same;
  }
  return h;
}

std::string reason_text(const Breach& b, const std::string& currency) {
  std::string threshold = threshold_value_text(b.rule);
  if (!b.rule.relative_to_target &&
      (spec(b.rule.metric).unit == Unit::money || spec(b.rule.metric).unit == Unit::rate))
    threshold = format_metric(b.rule.metric, b.rule.value, currency);
  std::string shown = format_metric(b.rule.metric, b.value.value, currency);
  if (b.rule.relative_to_target) shown += fmt::format(" ({:.0f} %)", b.compared * 100.0);
  return trf("{0}: {1} ({2} {3} in {4})", label(b.rule.metric), shown, code(b.rule.comparison),
             threshold, window_code(b.rule.window));
}

std::string evidence_text(const Evidence& e) {
  switch (e.kind) {
    case Evidence::Kind::fact:
      return trf("fact #{0} {1} {2}", e.id, format_date(e.date),
                 label(fact_kind_from_code(e.what)));
    case Evidence::Kind::invoice:
      return trf("invoice {0} due {1}", e.what, format_date(e.date));
    case Evidence::Kind::agreement:
      return trf("agreement #{0} {1}", e.id, e.what);
    case Evidence::Kind::time:
      return trf("{0} worked up to {1}", e.what, format_date(e.date));
    case Evidence::Kind::mail:
      return trf("{0} mails up to {1}", e.what, format_date(e.date));
  }
  return e.what;
}

std::string fact_details(const Fact& f) {
  std::vector<std::string> parts;
  if (f.notice) parts.push_back(trf("notice {}", format_hours(*f.notice)));
  if (f.hours) parts.push_back(format_hours(*f.hours));
  if (f.amount) parts.push_back(format_money(*f.amount));
  if (f.severity) parts.push_back(trf("severity {}", *f.severity));
  if (f.mood) parts.push_back(trf("mood {:+}", *f.mood));
  if (!f.note.empty()) parts.push_back(f.note);
  return text::join(parts, " · ");
}

}  // namespace rapport
