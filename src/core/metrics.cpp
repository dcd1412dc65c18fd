// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/metrics.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <set>

#include "core/text.hpp"
#include "i18n/i18n.hpp"

namespace rapport {
namespace {

constexpr Minutes kDefaultCancellationNotice = 24 * 60;
constexpr std::size_t kMinTimedItems = 3;  // after-hours share needs at least this many
constexpr std::size_t kMinMails = 10;      // hours per mail needs at least this many

constexpr MetricSpec kMetrics[] = {
    {Metric::revenue, "revenue", Unit::money, true, TR_NOOP("revenue"),
     TR_NOOP("net invoiced in the window"), std::nullopt},
    {Metric::hours, "hours", Unit::hours, true, TR_NOOP("hours"),
     TR_NOOP("hours worked, billable or not"), std::nullopt},
    {Metric::effective_rate, "effective_rate", Unit::rate, true, TR_NOOP("effective rate"),
     TR_NOOP("revenue per hour worked; with % compared to your target rate"), std::nullopt},
    {Metric::scope_creep, "scope_creep", Unit::ratio, false, TR_NOOP("scope creep"),
     TR_NOOP("out-of-scope hours per in-scope hour"), std::nullopt},
    {Metric::included_hours_burn, "included_hours_burn", Unit::ratio, false,
     TR_NOOP("included hours used"),
     TR_NOOP("hours used of the hours included, the highest of the running agreements"),
     std::nullopt},
    {Metric::revision_rounds, "revision_rounds", Unit::ratio, false,
     TR_NOOP("revision rounds used"),
     TR_NOOP("revision rounds used of those included, the highest of the running agreements"),
     std::nullopt},
    {Metric::short_notice_cancellations, "short_notice_cancellations", Unit::count, false,
     TR_NOOP("short-notice cancellations"),
     TR_NOOP("cancellations with less notice than agreed (24 h if nothing is agreed)"),
     std::nullopt},
    {Metric::no_shows, "no_shows", Unit::count, false, TR_NOOP("no-shows"),
     TR_NOOP("appointments the client did not come to"), std::nullopt},
    {Metric::broken_agreements, "broken_agreements", Unit::count, false,
     TR_NOOP("broken agreements"), TR_NOOP("agreements the client broke"), std::nullopt},
    {Metric::rude_tone, "rude_tone", Unit::count, false, TR_NOOP("rude tone"),
     TR_NOOP("times the tone was rude"), std::nullopt},
    {Metric::complaints, "complaints", Unit::count, false, TR_NOOP("complaints"),
     TR_NOOP("complaints about you or your work"), std::nullopt},
    {Metric::days_late_avg, "days_late_avg", Unit::days, false, TR_NOOP("days late on average"),
     TR_NOOP("days paid after the due date, weighted by amount (open invoices count until today)"),
     std::nullopt},
    {Metric::overdue_open, "overdue_open", Unit::money, false, TR_NOOP("overdue amount"),
     TR_NOOP("open amount past its due date"), std::nullopt},
    {Metric::max_days_overdue, "max_days_overdue", Unit::days, false, TR_NOOP("days overdue"),
     TR_NOOP("days the oldest overdue invoice is past its due date"), std::nullopt},
    {Metric::revenue_share, "revenue_share", Unit::ratio, false, TR_NOOP("revenue share"),
     TR_NOOP("share of all your revenue in the last 12 months (dependency)"),
     Period{12, PeriodUnit::months}},
    {Metric::after_hours_share, "after_hours_share", Unit::ratio, false,
     TR_NOOP("after-hours share"),
     TR_NOOP("share of the client's mails, contacts and events outside your core hours and days"),
     std::nullopt},
    {Metric::mail_per_month, "mail_per_month", Unit::count, false, TR_NOOP("mails per month"),
     TR_NOOP("mails with the client per month, both ways (from imported mail)"), std::nullopt},
    {Metric::hours_per_mail, "hours_per_mail", Unit::hours, true, TR_NOOP("hours per mail"),
     TR_NOOP("hours worked per mail with the client: low when the mail is the work"), std::nullopt},
    {Metric::mood, "mood", Unit::mood, true, TR_NOOP("mood"), TR_NOOP("mean gut feeling, -2 to 2"),
     std::nullopt},
    {Metric::team_dread, "team_dread", Unit::count, false, TR_NOOP("team dread"),
     TR_NOOP("people with a negative gut feeling about the client in 90 days"),
     Period{90, PeriodUnit::days}},
    {Metric::positives, "positives", Unit::count, true, TR_NOOP("positives"),
     TR_NOOP("appreciation and referrals"), std::nullopt},
};

Evidence fact_evidence(const Fact& f) {
  return {Evidence::Kind::fact, f.id, f.date, std::string(code(f.kind))};
}

Evidence invoice_evidence(const InvoiceLedger& l) {
  return {Evidence::Kind::invoice, l.invoice.id, l.invoice.due_date, l.invoice.number};
}

// A count of facts is real only when something was recorded in the range at all.
bool any_activity(const ClientRecord& r, const DateRange& range) {
  for (const auto& f : r.facts)
    if (range.contains(f.date)) return true;
  for (const auto& l : r.invoices)
    if (range.contains(l.invoice.issue_date)) return true;
  auto t = r.time.find(range);
  return t != r.time.end() && t->second.entries > 0;
}

MetricValue count_facts(const ClientRecord& r, const DateRange& range, bool with_evidence,
                        std::initializer_list<FactKind> kinds) {
  MetricValue v;
  if (!any_activity(r, range)) return v;
  double n = 0;
  for (const auto& f : r.facts) {
    if (!range.contains(f.date) || std::find(kinds.begin(), kinds.end(), f.kind) == kinds.end())
      continue;
    ++n;
    if (with_evidence) v.evidence.push_back(fact_evidence(f));
  }
  v.value = n;
  return v;
}

const Agreement* find_agreement(const ClientRecord& r, std::optional<Id> id) {
  if (!id) return nullptr;
  for (const auto& a : r.agreements)
    if (a.id == *id) return &a;
  return nullptr;
}

Minutes required_notice(const ClientRecord& r, const Fact& f) {
  if (const Agreement* a = find_agreement(r, f.agreement_id); a && a->cancellation_notice)
    return *a->cancellation_notice;
  // Not linked: the agreement running on that day, if there is exactly one with a notice.
  const Agreement* only = nullptr;
  int candidates = 0;
  for (const auto& a : r.agreements) {
    if (a.cancellation_notice && a.running_on(f.date) && (!a.start || *a.start <= f.date)) {
      only = &a;
      ++candidates;
    }
  }
  return candidates == 1 ? *only->cancellation_notice : kDefaultCancellationNotice;
}

Cents revenue_in(const ClientRecord& r, const DateRange& range) {
  Cents sum = 0;
  for (const auto& l : r.invoices)
    if (l.invoice.status != InvoiceStatus::cancelled && range.contains(l.invoice.issue_date))
      sum += l.invoice.net;
  return sum;
}

bool has_invoices_in(const ClientRecord& r, const DateRange& range) {
  return std::any_of(r.invoices.begin(), r.invoices.end(), [&](const InvoiceLedger& l) {
    return l.invoice.status != InvoiceStatus::cancelled && range.contains(l.invoice.issue_date);
  });
}

TimeTotals time_in(const ClientRecord& r, const DateRange& range) {
  auto it = r.time.find(range);
  return it == r.time.end() ? TimeTotals{} : it->second;
}

Evidence time_evidence(const DateRange& range, Minutes minutes) {
  return {Evidence::Kind::time, 0, range.last, format_hours(minutes)};
}

bool outside_core(const MetricContext& ctx, Date date, int minute) {
  bool working_day = std::find(ctx.core_days.begin(), ctx.core_days.end(), weekday_index(date)) !=
                     ctx.core_days.end();
  return !working_day || minute < ctx.core_hours.start_minute ||
         minute >= ctx.core_hours.end_minute;
}

}  // namespace

DateRange window_range(const std::optional<Period>& window, Date today) {
  if (!window) return {kBeginningOfTime, today};
  Date first = window->unit == PeriodUnit::days ? add_days(today, 1 - window->count)
               : window->unit == PeriodUnit::weeks
                   ? add_days(today, 1 - 7 * window->count)
                   : add_days(add_period(today, Period{-window->count, window->unit}), 1);
  return {first, today};
}

std::span<const MetricSpec> metric_specs() {
  return kMetrics;
}

const MetricSpec& spec(Metric m) {
  for (const auto& s : kMetrics)
    if (s.metric == m) return s;
  return kMetrics[0];
}

std::string label(Metric m) {
  return tr(spec(m).label);
}

std::optional<Metric> find_metric(std::string_view name) {
  for (const auto& s : kMetrics)
    if (s.name == name) return s.metric;
  return std::nullopt;
}

TrendRanges trend_ranges(Date today) {
  return {DateRange{add_days(today, -89), today},
          DateRange{add_days(today, -179), add_days(today, -90)}};
}

MetricValue compute(Metric metric, const ClientRecord& r, const DateRange& asked,
                    const MetricContext& ctx, bool with_evidence) {
  const MetricSpec& s = spec(metric);
  const DateRange range = s.fixed_window ? window_range(s.fixed_window, asked.last) : asked;
  MetricValue v;
  switch (metric) {
    case Metric::revenue: {
      TimeTotals t = time_in(r, range);
      if (!has_invoices_in(r, range) && t.entries == 0) return v;
      v.value = static_cast<double>(revenue_in(r, range));
      for (const auto& l : r.invoices)
        if (l.invoice.status != InvoiceStatus::cancelled && range.contains(l.invoice.issue_date))
          if (with_evidence) v.evidence.push_back(invoice_evidence(l));
      return v;
    }
    case Metric::hours: {
      TimeTotals t = time_in(r, range);
      if (t.entries == 0 && !has_invoices_in(r, range)) return v;
      v.value = static_cast<double>(t.minutes) / 60.0;
      if (with_evidence && t.entries) v.evidence.push_back(time_evidence(range, t.minutes));
      return v;
    }
    case Metric::effective_rate: {
      // Unknown until both money and time are there: work not yet invoiced is no zero rate.
      Cents revenue = revenue_in(r, range);
      TimeTotals t = time_in(r, range);
      if (revenue <= 0 || t.minutes <= 0) return v;
      v.value = static_cast<double>(revenue) * 60.0 / static_cast<double>(t.minutes);
      if (with_evidence) v.evidence.push_back(time_evidence(range, t.minutes));
      for (const auto& l : r.invoices)
        if (l.invoice.status != InvoiceStatus::cancelled && range.contains(l.invoice.issue_date))
          if (with_evidence) v.evidence.push_back(invoice_evidence(l));
      return v;
    }
    case Metric::scope_creep: {
      TimeTotals t = time_in(r, range);
      Minutes in_scope = t.minutes - t.out_of_scope;
      if (in_scope <= 0) return v;
      v.value = static_cast<double>(t.out_of_scope) / static_cast<double>(in_scope);
      if (with_evidence) v.evidence.push_back(time_evidence(range, t.out_of_scope));
      for (const auto& f : r.facts)
        if (f.kind == FactKind::out_of_scope_request && range.contains(f.date))
          if (with_evidence) v.evidence.push_back(fact_evidence(f));
      return v;
    }
    case Metric::included_hours_burn: {
      for (const auto& a : r.agreements) {
        if (!a.running_on(ctx.today) || !a.included_minutes || *a.included_minutes <= 0) continue;
        auto used = r.agreement_minutes.find(a.id);
        double burn = static_cast<double>(used == r.agreement_minutes.end() ? 0 : used->second) /
                      static_cast<double>(*a.included_minutes);
        if (!v.value || burn > *v.value) {
          v.value = burn;
          v.evidence = {{Evidence::Kind::agreement, a.id, a.start.value_or(ctx.today), a.title}};
        }
      }
      return v;
    }
    case Metric::revision_rounds: {
      std::vector<const Agreement*> with_rounds;
      for (const auto& a : r.agreements)
        if (a.running_on(ctx.today) && a.included_revisions && *a.included_revisions > 0)
          with_rounds.push_back(&a);
      for (const Agreement* a : with_rounds) {
        MetricValue candidate;
        double used = 0;
        for (const auto& f : r.facts) {
          if (f.kind != FactKind::revision_round) continue;
          bool linked = f.agreement_id == a->id;
          bool only_one =
              !f.agreement_id && with_rounds.size() == 1 && (!a->start || f.date >= *a->start);
          if (!linked && !only_one) continue;
          ++used;
          candidate.evidence.push_back(fact_evidence(f));
        }
        double burn = used / *a->included_revisions;
        if (!v.value || burn > *v.value) {
          v.value = burn;
          v.evidence = std::move(candidate.evidence);
          v.evidence.insert(v.evidence.begin(), {Evidence::Kind::agreement, a->id,
                                                 a->start.value_or(ctx.today), a->title});
        }
      }
      return v;
    }
    case Metric::short_notice_cancellations: {
      if (!any_activity(r, range)) return v;
      double n = 0;
      for (const auto& f : r.facts) {
        if (f.kind != FactKind::cancellation || !range.contains(f.date) || !f.notice) continue;
        if (*f.notice >= required_notice(r, f)) continue;
        ++n;
        if (with_evidence) v.evidence.push_back(fact_evidence(f));
      }
      v.value = n;
      return v;
    }
    case Metric::no_shows:
      return count_facts(r, range, with_evidence, {FactKind::no_show});
    case Metric::broken_agreements:
      return count_facts(r, range, with_evidence, {FactKind::broken_agreement});
    case Metric::rude_tone:
      return count_facts(r, range, with_evidence, {FactKind::rude_tone});
    case Metric::complaints:
      return count_facts(r, range, with_evidence, {FactKind::complaint});
    case Metric::positives:
      return count_facts(r, range, with_evidence, {FactKind::appreciation, FactKind::referral});
    case Metric::days_late_avg: {
      double weighted = 0, weights = 0;
      for (const auto& l : r.invoices) {
        const Invoice& i = l.invoice;
        if (i.status == InvoiceStatus::cancelled || !range.contains(i.due_date) ||
            i.due_date >= ctx.today)
          continue;
        Date paid_or_today = l.settled_on().value_or(ctx.today);
        if (i.status == InvoiceStatus::paid && !l.settled_on())
          paid_or_today = i.due_date;  // paid, date unknown
        double late = std::max(0, days_between(i.due_date, paid_or_today));
        double weight = static_cast<double>(i.payable());
        weighted += late * weight;
        weights += weight;
        if (with_evidence && late > 0) v.evidence.push_back(invoice_evidence(l));
      }
      if (weights > 0) v.value = weighted / weights;
      return v;
    }
    case Metric::overdue_open:
    case Metric::max_days_overdue: {
      if (r.invoices.empty()) return v;
      double amount = 0, days = 0;
      for (const auto& l : r.invoices) {
        Cents outstanding = l.outstanding();
        if (outstanding <= 0 || ctx.today <= l.invoice.due_date) continue;
        amount += static_cast<double>(outstanding);
        days = std::max<double>(days, days_between(l.invoice.due_date, ctx.today));
        if (with_evidence) v.evidence.push_back(invoice_evidence(l));
      }
      v.value = metric == Metric::overdue_open ? amount : days;
      return v;
    }
    case Metric::revenue_share: {
      if (ctx.portfolio_revenue_last_year <= 0) return v;
      v.value = static_cast<double>(revenue_in(r, range)) /
                static_cast<double>(ctx.portfolio_revenue_last_year);
      return v;
    }
    case Metric::after_hours_share: {
      std::size_t timed = 0, outside = 0, outside_mail = 0;
      for (const auto& f : r.facts) {
        if (!f.minute_of_day || !range.contains(f.date)) continue;
        ++timed;
        if (outside_core(ctx, f.date, *f.minute_of_day)) {
          ++outside;
          if (with_evidence) v.evidence.push_back(fact_evidence(f));
        }
      }
      // The client's mails count; the user's own late answers are not the client's doing.
      for (const auto& m : r.messages) {
        if (!m.incoming || !range.contains(m.date)) continue;
        ++timed;
        if (outside_core(ctx, m.date, m.minute_of_day)) {
          ++outside;
          ++outside_mail;
        }
      }
      if (with_evidence && outside_mail > 0)
        v.evidence.push_back({Evidence::Kind::mail, 0, range.last, std::to_string(outside_mail)});
      if (timed >= kMinTimedItems)
        v.value = static_cast<double>(outside) / static_cast<double>(timed);
      return v;
    }
    case Metric::mail_per_month:
    case Metric::hours_per_mail: {
      // Only for clients whose mail was imported: without it there is nothing to say.
      if (r.messages.empty()) return v;
      std::size_t mails = 0;
      for (const auto& m : r.messages)
        if (range.contains(m.date)) ++mails;
      if (metric == Metric::mail_per_month) {
        double days = days_between(range.first, range.last) + 1;
        v.value = static_cast<double>(mails) / (days / 30.4375);
      } else {
        if (mails < kMinMails) return v;
        Minutes minutes = time_in(r, range).minutes;
        v.value = static_cast<double>(minutes) / 60.0 / static_cast<double>(mails);
        if (with_evidence) v.evidence.push_back(time_evidence(range, minutes));
      }
      if (with_evidence)
        v.evidence.push_back({Evidence::Kind::mail, 0, range.last, std::to_string(mails)});
      return v;
    }
    case Metric::mood: {
      double sum = 0, n = 0;
      for (const auto& f : r.facts) {
        if (!f.mood || !range.contains(f.date)) continue;
        sum += *f.mood;
        ++n;
        if (with_evidence && *f.mood < 0) v.evidence.push_back(fact_evidence(f));
      }
      if (n > 0) v.value = sum / n;
      return v;
    }
    case Metric::team_dread: {
      std::set<std::string> people;
      bool rated = false;
      for (const auto& f : r.facts) {
        if (!f.mood || !range.contains(f.date)) continue;
        rated = true;
        if (*f.mood >= 0) continue;
        people.insert(text::fold_case(f.recorded_by));
        if (with_evidence) v.evidence.push_back(fact_evidence(f));
      }
      if (rated) v.value = static_cast<double>(people.size());
      return v;
    }
  }
  return v;
}

Trend trend_of(Metric metric, const MetricValue& recent, const MetricValue& previous) {
  if (!recent.value || !previous.value) return Trend::unknown;
  double a = *recent.value, b = *previous.value;
  double tolerance = std::max(std::abs(b) * 0.05, 1e-9);
  if (std::abs(a - b) <= tolerance) return Trend::same;
  bool higher = a > b;
  return higher == spec(metric).higher_is_better ? Trend::better : Trend::worse;
}

std::string_view code(Trend t) {
  switch (t) {
    case Trend::better:
      return "better";
    case Trend::worse:
      return "worse";
    case Trend::same:
      return "same";
    case Trend::unknown:
      break;
  }
  return "unknown";
}

double display_value(Metric metric, double value) {
  Unit unit = spec(metric).unit;
  double shown = unit == Unit::money || unit == Unit::rate ? value / 100.0 : value;
  return std::round(shown * 10000.0) / 10000.0;
}

std::string format_metric(Metric metric, const std::optional<double>& value,
                          const std::string& currency) {
  if (!value) return tr("unknown");
  bool german = i18n::language() == i18n::Language::de;
  auto decimal = [&](double x, int places) {
    std::string s = fmt::format("{:.{}f}", x, places);
    if (german) std::replace(s.begin(), s.end(), '.', ',');
    return s;
  };
  switch (spec(metric).unit) {
    case Unit::money:
      return format_money(static_cast<Cents>(std::llround(*value)), currency);
    case Unit::rate:
      return trf("{} per hour", format_money(static_cast<Cents>(std::llround(*value)), currency));
    case Unit::hours:
      return format_hours(static_cast<Minutes>(std::llround(*value * 60)));
    case Unit::ratio:
      return decimal(*value * 100.0, 0) + " %";
    case Unit::count:
      return decimal(*value, 0);
    case Unit::days:
      if (std::lround(*value) == 1) return tr("1 day");
      return trf("{} days", decimal(*value, 0));
    case Unit::mood:
      return fmt::format("{}{}", *value > 0 ? "+" : "", decimal(*value, 1));
  }
  return decimal(*value, 2);
}

std::string window_code(const std::optional<Period>& window) {
  return window ? period_code(*window) : "all";
}

}  // namespace rapport
