// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The metrics of one client relationship (DESIGN.md §4), computed from plain data over a
// date range. Pure: the caller passes today, the ranges and the records.
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/settings.hpp"
#include "core/types.hpp"

namespace rapport {

// An inclusive range of days.
struct DateRange {
  Date first;
  Date last;
  bool contains(Date d) const { return d >= first && d <= last; }
  auto operator<=>(const DateRange&) const = default;
};

// The range a window covers up to `today`: 90d is today and the 89 days before it; 1y
// starts the day after the same date a year ago; no period means all time.
DateRange window_range(const std::optional<Period>& window, Date today);
inline constexpr Date kBeginningOfTime{std::chrono::year{1970}, std::chrono::month{1},
                                       std::chrono::day{1}};
inline constexpr Date kEndOfTime{std::chrono::year{2999}, std::chrono::December,
                                 std::chrono::day{31}};  // as far as the schema allows

// Time worked in a range, summed.
struct TimeTotals {
  Minutes minutes = 0;
  Minutes out_of_scope = 0;
  std::int64_t entries = 0;
};

// An invoice with what has been paid on it.
struct InvoiceLedger {
  Invoice invoice;
  Cents paid = 0;
  std::optional<Date> last_paid_on;
  // The day the payments covered the invoice, if they do.
  std::optional<Date> settled_on() const {
    if (paid >= invoice.payable() && last_paid_on) return last_paid_on;
    return std::nullopt;
  }
  Cents outstanding() const {
    return invoice.status == InvoiceStatus::open ? std::max<Cents>(0, invoice.payable() - paid) : 0;
  }
};

enum class Metric {
  revenue,
  hours,
  effective_rate,
  scope_creep,
  included_hours_burn,
  revision_rounds,
  short_notice_cancellations,
  no_shows,
  broken_agreements,
  rude_tone,
  complaints,
  days_late_avg,
  overdue_open,
  max_days_overdue,
  revenue_share,
  after_hours_share,
  mail_per_month,
  hours_per_mail,
  mood,
  team_dread,
  positives,
};

enum class Unit { money, hours, rate, ratio, count, days, mood };

struct MetricSpec {
  Metric metric;
  std::string_view name;  // as in --json and in threshold rules
  Unit unit;
  bool higher_is_better;
  const char* label;                   // msgid, a few words
  const char* description;             // msgid
  std::optional<Period> fixed_window;  // a metric defined over its own window (team dread: 90 days)
};

std::span<const MetricSpec> metric_specs();
const MetricSpec& spec(Metric m);
std::optional<Metric> find_metric(std::string_view name);
std::string label(Metric m);

// What a metric rests on: facts, invoices, agreements or a sum of time entries.
struct Evidence {
  enum class Kind { fact, invoice, agreement, time, mail } kind = Kind::fact;
  Id id = 0;  // 0 for a sum of time entries or a count of mails
  Date date;
  std::string what;  // a fact kind code, an invoice number, an agreement title, "12.5 h", "14"
};

struct MetricValue {
  std::optional<double> value;  // unknown when there is too little data
  std::vector<Evidence> evidence;
};

// One e-mail as the metrics see it: when (in the user's zone) and which way.
struct MessageSignal {
  Date date;
  int minute_of_day = 0;
  bool incoming = true;
};

// Everything the metrics of one client need.
struct ClientRecord {
  Client client;
  std::vector<Agreement> agreements;
  std::map<Id, Minutes> agreement_minutes;  // in-scope minutes per agreement, all time
  std::vector<Fact> facts;                  // at least those in the ranges asked for
  std::vector<InvoiceLedger> invoices;  // at least those issued or due in the ranges, and open ones
  std::map<DateRange, TimeTotals> time;  // the time worked in each range asked for
  std::vector<MessageSignal> messages;   // at least those in the ranges asked for
};

struct MetricContext {
  Date today;
  std::optional<Cents> target_rate;
  CoreHours core_hours;
  std::vector<int> core_days;
  Cents portfolio_revenue_last_year = 0;  // all clients, for revenue_share
};

// A metric over a range (or its fixed window). `record.time` must hold the range. Without
// evidence it is faster; the reasons of a breach need it.
MetricValue compute(Metric metric, const ClientRecord& record, const DateRange& range,
                    const MetricContext& ctx, bool with_evidence = true);

// The ranges compute() needs time totals for, for a window: the range itself, and for
// the trend the last 90 days and the 90 before them.
struct TrendRanges {
  DateRange recent;
  DateRange previous;
};
TrendRanges trend_ranges(Date today);

enum class Trend { better, worse, same, unknown };
Trend trend_of(Metric metric, const MetricValue& recent, const MetricValue& previous);
std::string_view code(Trend t);

// Converts a value to what JSON and people read: money in currency units, ratios as
// fractions, hours and days as they are.
double display_value(Metric metric, double value);
std::string format_metric(Metric metric, const std::optional<double>& value,
                          const std::string& currency);

// The label of a unit-free window: "90 days", "1 year", "all time".
std::string window_code(const std::optional<Period>& window);

}  // namespace rapport
