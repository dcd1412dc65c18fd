// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/conversation.hpp"

#include <algorithm>

#include "i18n/i18n.hpp"

namespace rapport {

std::optional<FollowUpRanges> follow_up_ranges(Date talk, Date today) {
  int days = days_between(talk, today);
  if (days < 1) return std::nullopt;
  FollowUpRanges r;
  r.after = DateRange{add_days(talk, 1), today};
  r.before = DateRange{add_days(talk, -(days - 1)), talk};
  return r;
}

int FollowUp::improved() const {
  return static_cast<int>(std::count_if(topics.begin(), topics.end(), [](const TopicProgress& t) {
    return t.trend == Trend::better;
  }));
}

int FollowUp::not_improved() const {
  return static_cast<int>(std::count_if(topics.begin(), topics.end(), [](const TopicProgress& t) {
    return t.trend == Trend::same || t.trend == Trend::worse;
  }));
}

FollowUp follow_up_of(const Conversation& talk, const ClientRecord& record,
                      const MetricContext& ctx) {
  FollowUp f;
  f.conversation = talk;
  f.due = talk.follow_up && *talk.follow_up <= ctx.today;
  auto ranges = follow_up_ranges(talk.date, ctx.today);
  if (!ranges) return f;
  f.ranges = *ranges;
  MetricContext before_ctx = ctx;
  before_ctx.today = talk.date;
  for (const auto& topic : talk.topics) {
    TopicProgress p;
    p.metric = topic.metric;
    p.level = topic.level;
    p.before = compute(topic.metric, record, f.ranges.before, before_ctx, false);
    p.after = compute(topic.metric, record, f.ranges.after, ctx, false);
    p.trend = trend_of(topic.metric, p.after, p.before);
    f.topics.push_back(std::move(p));
  }
  return f;
}

std::string_view progress_code(Trend t) {
  switch (t) {
    case Trend::better:
      return "improved";
    case Trend::same:
      return "unchanged";
    case Trend::worse:
      return "worse";
    case Trend::unknown:
      break;
  }
  return "unknown";
}

std::string progress_label(Trend t) {
  switch (t) {
    case Trend::better:
      return tr("improved");
    case Trend::worse:
      return tr("worse");
    case Trend::same:
      return tr("unchanged");
    case Trend::unknown:
      break;
  }
  return tr("not enough data");
}

std::string progress_text(const TopicProgress& p, const std::string& currency) {
  std::string before = format_metric(p.metric, p.before.value, currency);
  std::string after = format_metric(p.metric, p.after.value, currency);
  return trf("{0}: {1} → {2}, {3}", label(p.metric), before, after, progress_label(p.trend));
}

}  // namespace rapport

namespace rapport {

bool is_talking_point(Metric metric) {
  switch (metric) {
    case Metric::revenue:
    case Metric::hours:
    case Metric::revenue_share:
    case Metric::mood:
    case Metric::team_dread:
    case Metric::positives:
      return false;
    default:
      return true;
  }
}

Metric topic_family(Metric metric) {
  switch (metric) {
    case Metric::days_late_avg:
    case Metric::overdue_open:
    case Metric::max_days_overdue:
      return Metric::overdue_open;
    default:
      return metric;
  }
}

std::string default_wish(Metric metric) {
  switch (metric) {
    case Metric::short_notice_cancellations:
      return tr("Appointments are cancelled in time, as agreed (at least 24 hours before).");
    case Metric::no_shows:
      return tr("Agreed appointments take place, or are cancelled in time.");
    case Metric::broken_agreements:
      return tr("What we agree on holds; if something has to change, we talk about it first.");
    case Metric::scope_creep:
      return tr(
          "Work beyond the agreed scope is asked for as a separate order with its own "
          "price.");
    case Metric::included_hours_burn:
      return tr("We plan together before the included hours run out.");
    case Metric::revision_rounds:
      return tr("Feedback is collected and given within the agreed revision rounds.");
    case Metric::rude_tone:
      return tr("A respectful tone, also when something goes wrong.");
    case Metric::complaints:
      return tr("Criticism comes early and specifically, so that I can act on it.");
    case Metric::days_late_avg:
    case Metric::overdue_open:
    case Metric::max_days_overdue:
      return tr("Invoices are paid within the agreed payment term.");
    case Metric::effective_rate:
      return tr("The fee matches the effort the work really takes.");
    case Metric::after_hours_share:
      return tr("Requests come during my working hours, or wait for them.");
    case Metric::mail_per_month:
    case Metric::hours_per_mail:
      return tr("Questions are collected and settled in one call or mail instead of many.");
    default:
      return tr("A working relationship that is good for both sides.");
  }
}

std::string consequence_if_unchanged(Metric metric, Level level) {
  if (level == Level::leave)
    return trf("{}: if this does not change, I will end our collaboration.", label(metric));
  switch (metric) {
    case Metric::short_notice_cancellations:
    case Metric::no_shows:
      return trf("{}: appointments cancelled late or missed will be billed.", label(metric));
    case Metric::scope_creep:
    case Metric::included_hours_burn:
    case Metric::revision_rounds:
      return trf("{}: extras are quoted and billed separately from now on.", label(metric));
    case Metric::days_late_avg:
    case Metric::overdue_open:
    case Metric::max_days_overdue:
      return trf(
          "{}: new work starts only after open invoices are paid; larger orders need an "
          "advance payment.",
          label(metric));
    case Metric::effective_rate:
      return trf("{}: the price is adjusted to the effort for the next order.", label(metric));
    case Metric::after_hours_share:
      return trf("{}: messages outside my working hours are answered on the next working day.",
                 label(metric));
    case Metric::mail_per_month:
    case Metric::hours_per_mail:
      return trf("{}: time spent on mail is billed like any other work.", label(metric));
    default:
      return trf("{}: if this does not change, I will reconsider our collaboration.",
                 label(metric));
  }
}

std::string question_about(Metric metric) {
  switch (metric) {
    case Metric::short_notice_cancellations:
    case Metric::no_shows:
      return tr("How do the late cancellations come about on your side?");
    case Metric::scope_creep:
    case Metric::included_hours_burn:
    case Metric::revision_rounds:
      return tr("What did you expect to be included when we agreed on the scope?");
    case Metric::days_late_avg:
    case Metric::overdue_open:
    case Metric::max_days_overdue:
      return tr(
          "What happens to my invoices on your side, and what would help them go "
          "through on time?");
    case Metric::broken_agreements:
      return tr("What would you need so that our agreements can hold?");
    case Metric::rude_tone:
    case Metric::complaints:
      return tr("What bothered you in those moments, and how would you like us to handle it?");
    case Metric::after_hours_share:
      return tr("What makes requests urgent outside working hours?");
    case Metric::mail_per_month:
    case Metric::hours_per_mail:
      return tr("Which of these questions could we settle together in a regular call?");
    default:
      return tr("How do you see this?");
  }
}

}  // namespace rapport
