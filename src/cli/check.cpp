// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/health.hpp"
#include "app/json.hpp"
#include "cli/registry.hpp"
#include "cli/session.hpp"
#include "cli/views.hpp"
#include "core/text.hpp"
#include "i18n/i18n.hpp"

namespace rapport::cli {

Runner define_check(CLI::App& cmd) {
  struct Options {
    bool notify = false;
    bool force = false;
  };
  auto o = std::make_shared<Options>();
  cmd.add_flag("--notify", o->notify,
               tr("Stay silent outside your core hours and days (for cron)"));
  cmd.add_flag("--force", o->force, tr("With --notify: report even outside your core hours"));
  return [o](Session& s) {
    Context& ctx = s.context();
    // Emotional distance: outside working time a notifying check says nothing and keeps
    // what changed for the next check within working time.
    if (o->notify && !o->force && !within_core_hours(ctx)) return 0;
    CheckResult r = run_check(ctx, true);
    if (s.options().json) {
      nlohmann::json changes = nlohmann::json::array();
      for (const auto& c : r.changes)
        changes.push_back({{"client", {{"id", c.client.id}, {"name", c.client.name}}},
                           {"band_before", c.band_before.empty() ? nlohmann::json(nullptr)
                                                                 : nlohmann::json(c.band_before)},
                           {"band", c.band_now},
                           {"new_breaches", c.new_breaches},
                           {"resolved", c.resolved}});
      s.out().print_json({{"leave", r.any_leave}, {"changes", changes}});
    } else {
      Output& out = s.out();
      for (const auto& c : r.changes) {
        std::string band =
            c.band_before.empty() || c.band_before == c.band_now
                ? label(band_from_code(c.band_now))
                : label(band_from_code(c.band_before)) + " → " + label(band_from_code(c.band_now));
        out.line(fmt::format("{}: {}", c.client.name, band));
        for (const auto& b : c.new_breaches) out.line("  + " + b);
        for (const auto& b : c.resolved) out.line("  − " + trf("no longer: {}", b));
      }
    }
    return r.any_leave ? 1 : 0;
  };
}

}  // namespace rapport::cli
