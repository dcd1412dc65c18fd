// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/fact_options.hpp"

#include "i18n/i18n.hpp"

namespace rapport::cli {

void add_fact_options(CLI::App& cmd, FactOptions& o) {
  add_text(cmd, "--date", o.date, tr("When it happened (default: today)"), type_date());
  add_text(cmd, "--time", o.time, tr("At what time, HH:MM"), "HH:MM");
  add_text(cmd, "--hours", o.hours, tr("Time it took or cost, e.g. 1.5"), type_hours());
  add_text(cmd, "--amount", o.amount, tr("Money involved, e.g. a disputed amount"), type_amount());
  add_text(cmd, "--notice", o.notice,
           tr("For a cancellation: how long before the appointment, e.g. 3h"), tr("DURATION"));
  add_text(cmd, "--severity", o.severity, tr("1 (minor), 2 or 3 (severe)"), "1-3");
  add_text(cmd, "--mood", o.mood, tr("Your gut feeling about it, -2 (very bad) to 2 (very good)"),
           "-2..2");
  add_text(cmd, "--agreement", o.agreement, tr("The agreement it concerns"), "ID");
  add_text(cmd, "--note", o.note, tr("What happened, in plain facts"), type_text());
  add_text(cmd, "--by", o.by, tr("Who recorded it (default: the setting user_name)"), tr("NAME"));
}

FactChanges fact_changes(const FactOptions& o, Date today) {
  FactChanges ch;
  ch.date = date_of(o.date, today);
  ch.minute_of_day = time_of_day_of(o.time);
  ch.hours = hours_of(o.hours);
  ch.amount = amount_of(o.amount);
  ch.notice = notice_of(o.notice);
  ch.severity = int_of(o.severity, 1, 3);
  ch.mood = int_of(o.mood, -2, 2);
  ch.agreement_id = id_of(o.agreement);
  ch.note = text_of(o.note);
  ch.recorded_by = text_of(o.by);
  return ch;
}

}  // namespace rapport::cli
