// SPDX-License-Identifier: GPL-3.0-or-later
// Time entries and invoices from CSV exports.
#include <unordered_map>

#include "app/import_job.hpp"
#include "app/invoices.hpp"
#include "core/text.hpp"
#include "importers/keys.hpp"

namespace rapport::imports {
namespace {

using namespace importers;

constexpr std::size_t kBatch = 8192;

// Projects named like an agreement of the client go to that agreement.
class AgreementByTitle {
 public:
  explicit AgreementByTitle(const Store& store) {
    for (const auto& a : store.agreements(std::nullopt))
      titles_[a.client_id][text::fold_case(a.title)] = a.id;
  }
  std::optional<Id> find(Id client_id, std::string_view project) const {
    if (project.empty()) return std::nullopt;
    auto c = titles_.find(client_id);
    if (c == titles_.end()) return std::nullopt;
    auto a = c->second.find(text::fold_case(project));
    if (a == c->second.end()) return std::nullopt;
    return a->second;
  }

 private:
  std::unordered_map<Id, std::unordered_map<std::string, Id>> titles_;
};

std::string note_of(const TimeRow& row) {
  std::string note;
  for (std::string_view part : {row.project, row.task, row.description}) {
    if (part.empty()) continue;
    if (!note.empty()) note += " · ";
    note += part;
  }
  return note;
}

}  // namespace

void import_time(Job& job, CsvReader& csv, const ColumnMap& map) {
  TimeColumns columns(map);
  AgreementByTitle agreements(job.ctx.store);
  std::unordered_map<std::string, std::optional<Id>> client_of_name;
  // Two identical rows are two entries: each gets its number among its twins. Twins share a
  // day, so the count starts again with each new day (exports are sorted by date).
  std::unordered_map<std::int64_t, int> twins;
  Date twins_day{};
  std::vector<TimeEntry> batch;
  batch.reserve(kBatch);
  std::int64_t added = 0, without_client = 0;
  auto flush = [&] {
    added += static_cast<std::int64_t>(job.ctx.store.add_time_entries(batch));
    batch.clear();
    job.progress(csv.progress());
  };
  while (csv.next()) {
    ++job.out.rows;
    TimeRow row = read_time_row(csv, map, columns);
    std::string_view name = row.client.empty() ? row.project : row.client;
    auto cached = client_of_name.find(std::string(name));
    std::optional<Id> client;
    if (cached != client_of_name.end() && cached->second) {
      client = cached->second;
    } else {
      client = job.client_by_name(name);
      if (client) client_of_name[std::string(name)] = client;
    }
    if (!client) {
      ++without_client;
      continue;
    }
    TimeEntry e;
    e.client_id = *client;
    e.agreement_id = agreements.find(*client, row.project);
    e.date = row.date;
    e.start_minute = row.start_minute;
    e.end_minute = row.end_minute;
    e.minutes = row.minutes;
    e.billable = row.billable;
    e.note = note_of(row);
    e.source = job.tag;
    std::string day = iso_date(row.date);
    std::string start = row.start_minute ? std::to_string(*row.start_minute) : "";
    std::string minutes = std::to_string(row.minutes);
    std::int64_t content = import_key({"time", day, start, minutes, row.client, row.project,
                                       row.task, row.description, row.user});
    if (row.date != twins_day) {
      twins.clear();
      twins_day = row.date;
    }
    int twin = twins[content]++;
    e.import_key =
        twin == 0 ? content : import_key({"twin", std::to_string(content), std::to_string(twin)});
    batch.push_back(std::move(e));
    if (batch.size() == kBatch) flush();
  }
  flush();
  if (added) job.out.added["time_entries"] = added;
  job.out.skipped += without_client;  // skipped at the user's word (unknown names fail)
  job.out.known = job.out.rows - added - without_client;
}

void import_invoices(Job& job, CsvReader& csv, const ColumnMap& map) {
  std::int64_t added = 0, payments = 0;
  while (csv.next()) {
    ++job.out.rows;
    InvoiceRow row = read_invoice_row(csv, map);
    if (row.draft) {
      ++job.out.skipped;
      continue;
    }
    auto client = job.client_by_name(row.client);
    if (!client) continue;
    Invoice inv;
    if (auto existing = job.ctx.store.invoice_by_number(row.number)) {
      inv = *existing;
      // A newer export may say that an open invoice was paid or voided since.
      bool changed = false;
      if (row.status && *row.status != InvoiceStatus::open && inv.status == InvoiceStatus::open) {
        if (*row.status == InvoiceStatus::cancelled) {
          inv.status = InvoiceStatus::cancelled;
          job.ctx.store.update_invoice(inv);
          changed = true;
        }
      }
      if (row.status == InvoiceStatus::paid && inv.status == InvoiceStatus::open && !row.paid_on) {
        inv.status = InvoiceStatus::paid;
        job.ctx.store.update_invoice(inv);
        changed = true;
      } else if (row.status == InvoiceStatus::paid && inv.status == InvoiceStatus::open) {
        Payment p;
        p.client_id = inv.client_id;
        p.invoice_id = inv.id;
        p.date = *row.paid_on;
        p.source = job.tag;
        p.reference = inv.number;
        p.import_key = import_key({"invoice-paid", inv.number});
        auto ledger =
            invoice_views(job.ctx.store, inv.client_id, InvoiceFilter::all, job.ctx.today());
        for (const auto& v : ledger)
          if (v.invoice.id == inv.id) p.amount = v.outstanding;
        if (p.amount > 0) {
          record_payment(job.ctx, p);
          ++payments;
        } else {
          inv.status = InvoiceStatus::paid;
          job.ctx.store.update_invoice(inv);
        }
        changed = true;
      }
      if (changed) {
        ++job.out.updated;
      } else {
        ++job.out.known;
      }
      continue;
    }
    inv.client_id = *client;
    inv.number = row.number;
    inv.issue_date = row.issue_date;
    std::optional<int> days;
    for (const auto& a : job.ctx.store.agreements(*client))
      if (a.running_on(row.issue_date) && a.payment_days) days = a.payment_days;
    inv.due_date =
        row.due_date.value_or(add_days(row.issue_date, days.value_or(kDefaultPaymentDays)));
    if (inv.due_date < inv.issue_date) inv.due_date = inv.issue_date;
    inv.net = row.net.value_or(row.gross.value_or(0));
    if (row.gross && row.gross != row.net) inv.gross = row.gross;
    inv.status =
        row.status == InvoiceStatus::cancelled ? InvoiceStatus::cancelled : InvoiceStatus::open;
    inv.source = job.tag;
    inv.import_key = import_key({"invoice", row.number});
    inv.id = job.ctx.store.add_invoice(inv);
    if (inv.id == 0) {
      ++job.out.known;
      continue;
    }
    ++added;
    if (row.status == InvoiceStatus::paid && !row.paid_on) {
      // Paid, but the export does not say when: no payment date is made up.
      inv.status = InvoiceStatus::paid;
      job.ctx.store.update_invoice(inv);
    } else if (row.status == InvoiceStatus::paid) {
      Payment p;
      p.client_id = inv.client_id;
      p.invoice_id = inv.id;
      p.date = *row.paid_on;
      p.amount = inv.payable();
      p.reference = inv.number;
      p.source = job.tag;
      p.import_key = import_key({"invoice-paid", inv.number});
      record_payment(job.ctx, p);
      ++payments;
    }
  }
  if (added) job.out.added["invoices"] = added;
  if (payments) job.out.added["payments"] = payments;
}

Payment record_payment(Context& ctx, Payment p) {
  p.id = ctx.store.add_payment(p);
  if (p.id == 0 || !p.invoice_id) return p;
  for (auto& v : invoice_views(ctx.store, p.client_id, InvoiceFilter::all, ctx.today())) {
    if (v.invoice.id != *p.invoice_id) continue;
    if (v.invoice.status == InvoiceStatus::open && v.paid >= v.invoice.payable()) {
      v.invoice.status = InvoiceStatus::paid;
      ctx.store.update_invoice(v.invoice);
    }
  }
  return p;
}

}  // namespace rapport::imports
