// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/thresholds.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>

#include "core/error.hpp"
#include "core/text.hpp"
#include "i18n/i18n.hpp"

namespace rapport {
namespace {

struct ComparisonWord {
  Comparison comparison;
  std::string_view code;
};
constexpr ComparisonWord kComparisons[] = {{Comparison::greater_equal, ">="},
                                           {Comparison::less_equal, "<="},
                                           {Comparison::greater, ">"},
                                           {Comparison::less, "<"},
                                           {Comparison::equal, "=="}};

std::string all_metric_names() {
  std::vector<std::string> names;
  for (const auto& s : metric_specs()) names.emplace_back(s.name);
  return text::join(names, ", ");
}

std::optional<double> read_number(std::string_view raw) {
  std::string s(text::trim(raw));
  std::replace(s.begin(), s.end(), ',', '.');
  if (s.empty()) return std::nullopt;
  char* end = nullptr;
  double v = std::strtod(s.c_str(), &end);
  if (end != s.c_str() + s.size() || !std::isfinite(v)) return std::nullopt;
  return v;
}

std::string plain_number(double v) {
  std::string s = fmt::format("{:.4f}", v);
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s;
}

}  // namespace

std::string_view code(Comparison c) {
  for (const auto& w : kComparisons)
    if (w.comparison == c) return w.code;
  return ">=";
}

std::string_view code(Level l) {
  return l == Level::tolerate ? "tolerate" : l == Level::address ? "address" : "leave";
}

std::string label(Level l) {
  return l == Level::tolerate ? tr("tolerate") : l == Level::address ? tr("address") : tr("leave");
}

Comparison parse_comparison(std::string_view raw, std::string_view field) {
  std::string_view t = text::trim(raw);
  if (t == "=") return Comparison::equal;
  for (const auto& w : kComparisons)
    if (t == w.code) return w.comparison;
  throw data_error(
      trf("{0}: \"{1}\" is not a comparison; expected one of >=, >, <=, <, ==.", field, t));
}

Level parse_level(std::string_view raw, std::string_view field) {
  std::string t = text::fold_case(text::trim(raw));
  if (t == "tolerate" || t == "tolerieren") return Level::tolerate;
  if (t == "address" || t == "ansprechen") return Level::address;
  if (t == "leave" || t == "beenden") return Level::leave;
  throw data_error(trf("{0}: \"{1}\" is not a level; expected tolerate, address or leave.", field,
                       text::trim(raw)));
}

Metric parse_metric(std::string_view raw, std::string_view field) {
  if (auto m = find_metric(text::fold_case(text::trim(raw)))) return *m;
  throw data_error(trf("{0}: \"{1}\" is not a metric.", field, text::trim(raw)),
                   trf("The metrics are: {}.", all_metric_names()));
}

void parse_threshold_value(Threshold& rule, std::string_view raw, std::string_view field) {
  std::string_view t = text::trim(raw);
  const MetricSpec& s = spec(rule.metric);
  bool percent = t.ends_with('%');
  std::string_view number = percent ? text::trim(t.substr(0, t.size() - 1)) : t;
  auto fail = [&](const std::string& expected) {
    return data_error(
        trf("{0}: \"{1}\" does not fit {2}; expected {3}.", field, t, s.name, expected));
  };
  rule.relative_to_target = false;
  switch (s.unit) {
    case Unit::rate:
      if (percent) {
        auto v = read_number(number);
        if (!v || *v < 0)
          throw fail(tr("an hourly rate like 80 or a share of your target like 80%"));
        rule.value = *v / 100.0;
        rule.relative_to_target = true;
        return;
      }
      [[fallthrough]];
    case Unit::money:
      try {
        rule.value = static_cast<double>(parse_amount(t, field));
      } catch (const Error&) {
        throw fail(tr("an amount like 1500 or 1.500,00"));
      }
      return;
    case Unit::ratio: {
      auto v = read_number(number);
      if (!v || *v < 0) throw fail(tr("a share like 20% or 0.2"));
      rule.value = percent ? *v / 100.0 : *v;
      return;
    }
    case Unit::hours:
      rule.value = static_cast<double>(parse_hours(t, field)) / 60.0;
      return;
    case Unit::count: {
      auto v = read_number(number);
      if (percent || !v || *v < 0 || std::floor(*v) != *v) throw fail(tr("a whole number like 2"));
      rule.value = *v;
      return;
    }
    case Unit::days: {
      auto v = read_number(number);
      if (percent || !v || *v < 0) throw fail(tr("a number of days like 14"));
      rule.value = *v;
      return;
    }
    case Unit::mood: {
      auto v = read_number(number);
      if (percent || !v || *v < -2 || *v > 2) throw fail(tr("a mood from -2 to 2"));
      rule.value = *v;
      return;
    }
  }
}

std::string threshold_value_text(const Threshold& rule) {
  switch (spec(rule.metric).unit) {
    case Unit::rate:
      if (rule.relative_to_target) return plain_number(rule.value * 100.0) + "%";
      [[fallthrough]];
    case Unit::money:
      return plain_amount(static_cast<Cents>(std::llround(rule.value)));
    case Unit::ratio:
      return plain_number(rule.value * 100.0) + "%";
    default:
      return plain_number(rule.value);
  }
}

bool compare(double actual, Comparison c, double wanted) {
  constexpr double kEpsilon = 1e-9;
  switch (c) {
    case Comparison::greater:
      return actual > wanted + kEpsilon;
    case Comparison::greater_equal:
      return actual >= wanted - kEpsilon;
    case Comparison::less:
      return actual < wanted - kEpsilon;
    case Comparison::less_equal:
      return actual <= wanted + kEpsilon;
    case Comparison::equal:
      return std::abs(actual - wanted) <= kEpsilon;
  }
  return false;
}

std::optional<double> comparable_value(const Threshold& rule, const MetricValue& value,
                                       std::optional<Cents> target_rate) {
  if (!value.value) return std::nullopt;
  if (!rule.relative_to_target) return value.value;
  if (!target_rate || *target_rate <= 0) return std::nullopt;
  return *value.value / static_cast<double>(*target_rate);
}

std::vector<Threshold> default_thresholds() {
  auto rule = [](Metric m, Comparison c, const char* value, std::optional<Period> window,
                 Level level, const char* note) {
    Threshold t;
    t.metric = m;
    t.comparison = c;
    t.window = window;
    t.level = level;
    t.note = tr(note);  // shipped rules speak the user's language
    parse_threshold_value(t, value, "default");
    return t;
  };
  const Period quarter{90, PeriodUnit::days};
  const Period year{1, PeriodUnit::years};
  using C = Comparison;
  using L = Level;
  return {
      rule(Metric::short_notice_cancellations, C::greater_equal, "2", quarter, L::address,
           TR_NOOP(
               "Two short-notice cancellations in a quarter: talk about the cancellation terms.")),
      rule(Metric::no_shows, C::greater_equal, "2", quarter, L::address,
           TR_NOOP("Two no-shows in a quarter.")),
      rule(Metric::rude_tone, C::greater_equal, "1", quarter, L::address,
           TR_NOOP("A rude tone is addressed, every time.")),
      rule(Metric::rude_tone, C::greater_equal, "3", year, L::leave,
           TR_NOOP("Three times rude in a year ends it.")),
      rule(Metric::broken_agreements, C::greater_equal, "1", quarter, L::address,
           TR_NOOP("A broken agreement is talked about.")),
      rule(Metric::broken_agreements, C::greater_equal, "3", year, L::leave,
           TR_NOOP("Three broken agreements in a year: the basis of working together is gone.")),
      rule(Metric::complaints, C::greater_equal, "2", quarter, L::address,
           TR_NOOP("Repeated complaints need a talk.")),
      rule(Metric::effective_rate, C::less, "80%", year, L::address,
           TR_NOOP("Below 80 % of my target rate the work does not pay.")),
      rule(Metric::scope_creep, C::greater, "20%", year, L::address,
           TR_NOOP("More than a fifth of the work is outside what was agreed.")),
      rule(Metric::included_hours_burn, C::greater, "100%", year, L::address,
           TR_NOOP("More hours used than the price includes.")),
      rule(Metric::revision_rounds, C::greater, "100%", year, L::address,
           TR_NOOP("More revision rounds than agreed.")),
      rule(Metric::days_late_avg, C::greater_equal, "14", year, L::address,
           TR_NOOP("Pays two weeks late on average.")),
      rule(Metric::max_days_overdue, C::greater_equal, "60", year, L::leave,
           TR_NOOP("An invoice 60 days overdue: I do not work on credit.")),
      rule(Metric::mood, C::less_equal, "-1", quarter, L::address,
           TR_NOOP("My gut feeling says something is wrong.")),
      rule(Metric::team_dread, C::greater_equal, "2", quarter, L::address,
           TR_NOOP("Two of us dread this client.")),
      rule(Metric::revenue_share, C::greater_equal, "40%", Period{12, PeriodUnit::months},
           L::tolerate, TR_NOOP("A large share of my revenue: I depend on this client.")),
      rule(Metric::after_hours_share, C::greater, "25%", quarter, L::tolerate,
           TR_NOOP("Much contact outside my working hours.")),
      rule(Metric::hours_per_mail, C::less, "0.25", quarter, L::address,
           TR_NOOP("Less than a quarter of an hour of work per mail: the mail has become the "
                   "work.")),
  };
}

std::string describe(const Threshold& rule) {
  return fmt::format("{} {} {} ({}) → {}", spec(rule.metric).name, code(rule.comparison),
                     threshold_value_text(rule), window_code(rule.window), label(rule.level));
}

}  // namespace rapport
