// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/views.hpp"

#include <map>

#include "app/agreements.hpp"
#include "app/clients.hpp"
#include "app/zone.hpp"
#include "core/text.hpp"
#include "i18n/i18n.hpp"

namespace rapport::cli {

std::string yes_no(bool value) {
  return value ? tr("yes") : tr("no");
}

std::string state_line(const ClientSummary& s, const std::string& currency) {
  std::vector<std::string> parts;
  if (s.running_agreements == 0) {
    parts.push_back(tr("no running agreement"));
  } else if (s.running_agreements == 1) {
    parts.push_back(tr("1 running agreement"));
  } else {
    parts.push_back(trf("{} running agreements", s.running_agreements));
  }
  if (s.revenue_last_year > 0)
    parts.push_back(trf("{} in 12 months", format_money(s.revenue_last_year, currency)));
  if (s.overdue_amount > 0) {
    parts.push_back(trf("{0} overdue (up to {1} days)", format_money(s.overdue_amount, currency),
                        s.max_days_overdue));
  } else if (s.open_amount > 0) {
    parts.push_back(trf("{} open", format_money(s.open_amount, currency)));
  }
  if (s.problems_last_90_days == 1) {
    parts.push_back(tr("1 problem in 90 days"));
  } else if (s.problems_last_90_days > 1) {
    parts.push_back(trf("{} problems in 90 days", s.problems_last_90_days));
  }
  if (s.positives_last_90_days == 1) {
    parts.push_back(tr("1 positive in 90 days"));
  } else if (s.positives_last_90_days > 1) {
    parts.push_back(trf("{} positives in 90 days", s.positives_last_90_days));
  }
  if (s.last_fact)
    parts.push_back(
        trf("last: {0} on {1}", label(s.last_fact->kind), format_date(s.last_fact->date)));
  return text::join(parts, " · ");
}

std::string appointment_when(const Appointment& a) {
  LocalDateTime start = to_local(a.start, a.zone);
  std::string when = format_date(start.date) + " " + format_time_of_day(start.minute_of_day);
  if (a.end) when += "–" + format_time_of_day(to_local(*a.end, a.zone).minute_of_day);
  return when;
}

std::string trend_arrow(Trend t) {
  switch (t) {
    case Trend::better:
      return "↑";
    case Trend::worse:
      return "↓";
    case Trend::same:
      return "→";
    case Trend::unknown:
      break;
  }
  return "·";
}

Colour band_colour(Band b) {
  return b == Band::red      ? Colour::red
         : b == Band::yellow ? Colour::yellow
         : b == Band::green  ? Colour::green
                             : Colour::dim;
}

void print_client_table(Output& out, const std::vector<ClientSummary>& summaries,
                        const std::string& currency) {
  if (summaries.empty()) {
    out.line(tr("No clients yet. Add one with: rapport client add NAME"));
    return;
  }
  Table table({"#", tr("Client"), tr("Status"), tr("State")});
  table.right_align(0);
  for (const auto& s : summaries) {
    Colour colour =
        s.overdue_amount > 0 || s.problems_last_90_days >= 2 ? Colour::yellow : Colour::none;
    table.add({std::to_string(s.client.id), out.paint(s.client.name, colour),
               label(s.client.status), state_line(s, currency)});
  }
  table.print(out);
}

void print_client(Output& out, const Client& c) {
  Details d;
  d.add(tr("Client"), fmt::format("{} (#{})", c.name, c.id));
  d.add(tr("Status"), label(c.status) + (c.ended_on ? " (" + format_date(*c.ended_on) + ")" : ""));
  d.add(tr("Aliases"), text::join(c.aliases, ", "));
  d.add(tr("Mail domains"), text::join(c.domains, ", "));
  d.add(tr("E-mail addresses"), text::join(c.emails, ", "));
  d.add(tr("Tags"), text::join(c.tags, ", "));
  d.add(tr("Reference"), yes_no(c.reference));
  d.add(tr("Notes"), c.notes);
  d.print(out);
}

void print_agreement(Output& out, const Agreement& a, const std::string& client_name, Date today,
                     const std::string& currency) {
  Details d;
  d.add(tr("Agreement"), fmt::format("{} (#{})", a.title, a.id));
  d.add(tr("Client"), client_name);
  d.add(tr("Status"), a.running_on(today)
                          ? tr("running")
                          : trf("ended on {}", format_date(a.ended_on ? *a.ended_on : *a.end)));
  d.add(tr("Contract type"), label(a.type));
  d.add(tr("Price"), price_text(a, currency));
  if (a.included_minutes) d.add(tr("Included hours"), format_hours(*a.included_minutes));
  if (a.included_revisions)
    d.add(tr("Included revision rounds"), std::to_string(*a.included_revisions));
  d.add(tr("In scope"), text::join(a.scope_in, "; "));
  d.add(tr("Out of scope"), text::join(a.scope_out, "; "));
  if (a.start) d.add(tr("Start"), format_date(*a.start));
  if (a.end) d.add(tr("End"), format_date(*a.end));
  if (a.term) d.add(tr("Term"), format_period(*a.term));
  if (a.renewal) d.add(tr("Renewal"), format_period(*a.renewal));
  d.add(tr("Notice"), a.notice_clause);
  if (a.payment_days) d.add(tr("Payment terms"), trf("{} days", *a.payment_days));
  if (a.cancellation_notice)
    d.add(tr("Cancellation notice for appointments"), format_hours(*a.cancellation_notice));
  if (a.trust_based) d.add(tr("Services of a higher kind based on trust"), yes_no(true));
  if (a.fee_period) d.add(tr("Fee measured"), label(*a.fee_period));
  if (a.form != TerminationForm::none) d.add(tr("Form of termination"), label(a.form));
  d.add(tr("Note"), a.note);
  d.print(out);
}

void print_agreement_table(Output& out, const Store& store,
                           const std::vector<Agreement>& agreements, Date today,
                           const std::string& currency) {
  if (agreements.empty()) {
    out.line(tr("No agreements recorded."));
    return;
  }
  auto names = client_names(store);
  Table table({"#", tr("Client"), tr("Title"), tr("Type"), tr("Price"), tr("Start"), tr("Status")});
  table.right_align(0);
  for (const auto& a : agreements) {
    table.add({std::to_string(a.id), names[a.client_id], a.title, std::string(code(a.type)),
               price_text(a, currency), a.start ? format_date(*a.start) : "",
               a.running_on(today) ? tr("running") : tr("ended")});
  }
  table.print(out);
}

void print_fact_table(Output& out, const std::vector<Fact>& facts) {
  if (facts.empty()) {
    out.line(tr("No facts recorded."));
    return;
  }
  Table table({"#", tr("Date"), tr("Time"), tr("Kind"), tr("Details"), tr("Recorded by")});
  table.right_align(0);
  for (const auto& f : facts)
    table.add({std::to_string(f.id), format_date(f.date),
               f.minute_of_day ? format_time_of_day(*f.minute_of_day) : "", label(f.kind),
               fact_details(f), f.recorded_by});
  table.print(out);
}

void print_invoice_table(Output& out, const Store& store, const std::vector<InvoiceView>& views,
                         const std::string& currency) {
  if (views.empty()) {
    out.line(tr("No invoices."));
    return;
  }
  auto names = client_names(store);
  Table table({tr("Number"), tr("Client"), tr("Date"), tr("Due"), tr("Net"), tr("Outstanding"),
               tr("Status")});
  table.right_align(4);
  table.right_align(5);
  Cents outstanding = 0;
  for (const auto& v : views) {
    std::string status = label(v.invoice.status);
    if (v.overdue()) status = out.paint(trf("overdue {} days", v.days_overdue), Colour::red);
    table.add({v.invoice.number, names[v.invoice.client_id], format_date(v.invoice.issue_date),
               format_date(v.invoice.due_date), format_money(v.invoice.net, currency),
               v.outstanding ? format_money(v.outstanding, currency) : "", status});
    outstanding += v.outstanding;
  }
  table.print(out);
  if (outstanding > 0) out.line(trf("Outstanding in all: {}", format_money(outstanding, currency)));
}

}  // namespace rapport::cli
