// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Use cases of the health view: the status of all clients, one client in depth, and the
// check for cron. They read the store once and hand plain data to the core.
#include <map>
#include <optional>
#include <vector>

#include "app/context.hpp"
#include "core/health.hpp"

namespace rapport {

inline const std::optional<Period> kDefaultWindow = Period{365, PeriodUnit::days};

// A metric over the window, with the last 90 days against the 90 before.
struct MetricSnapshot {
  Metric metric = Metric::revenue;
  MetricValue value;
  MetricValue recent;
  MetricValue previous;
  Trend trend = Trend::unknown;
};

struct ClientHealth {
  Client client;
  Health health;
  DateRange window;
  std::vector<MetricSnapshot> metrics;  // every metric, in the order of metric_specs()
  const MetricSnapshot& metric(Metric m) const;
};

// The rules in force: the user's, or the shipped defaults.
std::vector<Threshold> active_thresholds(const Store& store);
bool thresholds_customised(const Store& store);

// Every client not ended (with `include_ended`, all), worst first: band, then score.
std::vector<ClientHealth> status_of_clients(const Context& ctx, const std::optional<Period>& window,
                                            bool include_ended);
ClientHealth health_of_client(const Context& ctx, const Client& client,
                              const std::optional<Period>& window);

// One client's records with the time worked in these ranges (besides those of the default
// window), and the context metrics are computed in: for views beyond the health view.
struct ClientMetricsInput {
  ClientRecord record;
  MetricContext metrics;
};
ClientMetricsInput client_metrics_input(const Context& ctx, const Client& client,
                                        const std::vector<DateRange>& ranges);

// What changed since the last check, for cron.
struct CheckChange {
  Client client;
  std::string band_before;  // empty on the first check of this client
  std::string band_now;
  std::vector<std::string> new_breaches;  // descriptions of rules newly breached
  std::vector<std::string> resolved;      // rules no longer breached
};
struct CheckResult {
  std::vector<ClientHealth> clients;
  std::vector<CheckChange> changes;
  bool any_leave = false;
};
// Assesses every active client, compares with the last check and (when `record`) saves
// what it saw.
CheckResult run_check(Context& ctx, bool record);
// Whether the user's working time (core days and hours) includes this moment.
bool within_core_hours(const Context& ctx);

}  // namespace rapport
