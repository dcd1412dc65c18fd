// SPDX-License-Identifier: GPL-3.0-or-later
// Time entries and invoices from CSV exports.
#include <algorithm>
#include <atomic>
#include <charconv>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <unordered_map>

#include "app/import_job.hpp"
#include "app/invoices.hpp"
#include "app/payments.hpp"
#include "core/text.hpp"
#include "i18n/i18n.hpp"
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

// The day in the high bits: exports come sorted by date, so new keys land next to each other
// in the index instead of all over it (a million random keys would rewrite pages endlessly).
// The 40 bits of hash left tell a day's entries apart.
std::int64_t dated_key(Date day, std::int64_t hash) {
  auto days = std::chrono::sys_days{day}.time_since_epoch().count();
  auto low = static_cast<std::uint64_t>(hash) & ((std::uint64_t{1} << 40) - 1);
  return static_cast<std::int64_t>((static_cast<std::uint64_t>(days + 100000) << 40) | low);
}

// Hashes std::string and std::string_view alike, so that lookups need no copy.
struct TextHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

template <std::size_t N>
std::string_view digits_of(char (&buffer)[N], std::int64_t value) {
  auto [end, ec] = std::to_chars(buffer, buffer + N, value);
  return std::string_view(buffer, static_cast<std::size_t>(end - buffer));
}

}  // namespace

// A row read, waiting for its client: the entry without client and agreement.
struct ReadRow {
  TimeEntry entry;
  std::string client;  // the name in the file (the project's when the client is empty)
  std::string project;
};

// Rows handed from the reading thread to the writing one, a batch at a time. The reader
// stops when the writer has failed; the writer learns of the reader's failure at the end.
class RowQueue {
 public:
  void push(std::vector<ReadRow> batch) {
    std::unique_lock lock(mutex_);
    room_.wait(lock, [&] { return batches_.size() < 4 || cancelled_; });
    batches_.push_back(std::move(batch));
    ready_.notify_one();
  }
  // False once the reader is done and everything was taken.
  bool pop(std::vector<ReadRow>& batch) {
    std::unique_lock lock(mutex_);
    ready_.wait(lock, [&] { return !batches_.empty() || finished_; });
    if (batches_.empty()) return false;
    batch = std::move(batches_.front());
    batches_.pop_front();
    room_.notify_one();
    return true;
  }
  void finish(std::exception_ptr error) {
    std::lock_guard lock(mutex_);
    finished_ = true;
    error_ = error;
    ready_.notify_all();
  }
  void cancel() {
    std::lock_guard lock(mutex_);
    cancelled_ = true;
    room_.notify_all();
  }
  bool cancelled() {
    std::lock_guard lock(mutex_);
    return cancelled_;
  }
  std::exception_ptr error() {
    std::lock_guard lock(mutex_);
    return error_;
  }

 private:
  std::mutex mutex_;
  std::condition_variable ready_, room_;
  std::deque<std::vector<ReadRow>> batches_;
  bool finished_ = false, cancelled_ = false;
  std::exception_ptr error_;
};

// The reading side: CSV, values, note and key. Needs no database, so it runs beside the
// writing side (a million rows are read while the previous ones are written).
void read_rows(CsvReader& csv, const ColumnMap& map, const std::string& tag, RowQueue& queue,
               std::atomic<std::int64_t>& rows, std::atomic<double>& progress) {
  TimeColumns columns(map);
  // Two identical rows are two entries: each gets its number among its twins. Twins share a
  // day, so the count starts again with each new day (exports are sorted by date).
  std::unordered_map<std::int64_t, int> twins;
  Date twins_day{};
  char day[16], start[16], minutes[24];
  std::vector<ReadRow> batch;
  batch.reserve(kBatch);
  while (csv.next()) {
    ++rows;
    TimeRow row = read_time_row(csv, map, columns);
    ReadRow r;
    TimeEntry& e = r.entry;
    e.date = row.date;
    e.start_minute = row.start_minute;
    e.end_minute = row.end_minute;
    e.minutes = row.minutes;
    e.billable = row.billable;
    e.note = note_of(row);
    e.source = tag;
    std::string_view day_text =
        digits_of(day, std::chrono::sys_days{row.date}.time_since_epoch().count());
    std::string_view start_text =
        row.start_minute ? digits_of(start, *row.start_minute) : std::string_view();
    std::string_view minutes_text = digits_of(minutes, row.minutes);
    std::int64_t content = import_key({"time", day_text, start_text, minutes_text, row.client,
                                       row.project, row.task, row.description, row.user});
    if (row.date != twins_day) {
      twins.clear();
      twins_day = row.date;
    }
    int twin = twins[content]++;
    std::int64_t hash =
        twin == 0 ? content : import_key({"twin", std::to_string(content), std::to_string(twin)});
    e.import_key = dated_key(row.date, hash);
    r.client = row.client.empty() ? row.project : row.client;
    r.project = row.project;
    batch.push_back(std::move(r));
    if (batch.size() == kBatch) {
      progress = csv.progress();
      queue.push(std::move(batch));
      batch = {};
      batch.reserve(kBatch);
      if (queue.cancelled()) return;
    }
  }
  progress = 1.0;
  if (!batch.empty()) queue.push(std::move(batch));
}

void import_time(Job& job, CsvReader& csv, const ColumnMap& map) {
  AgreementByTitle agreements(job.ctx.store);
  RowQueue queue;
  std::atomic<std::int64_t> rows{0};
  std::atomic<double> progress{0.0};
  std::thread reader([&, language = i18n::language()] {
    i18n::ScopedLanguage in_language(language);  // messages in the caller's language
    try {
      read_rows(csv, map, job.tag, queue, rows, progress);
      queue.finish(nullptr);
    } catch (...) {
      queue.finish(std::current_exception());
    }
  });
  // The writing side, on the thread that owns the database: clients, agreements, inserts.
  std::unordered_map<std::string, std::optional<Id>, TextHash, std::equal_to<>> client_of_name;
  std::unordered_map<std::string, std::optional<Id>, TextHash, std::equal_to<>> agreement_of;
  std::string lookup;
  std::int64_t added = 0, without_client = 0;
  std::vector<TimeEntry> entries;
  try {
    std::vector<ReadRow> batch;
    while (queue.pop(batch)) {
      entries.clear();
      for (auto& r : batch) {
        std::optional<Id> client;
        if (auto cached = client_of_name.find(r.client); cached != client_of_name.end()) {
          client = cached->second;
        } else {
          client = job.client_by_name(r.client);
          // Unknown names are looked up again: each row is counted, or created once answered.
          if (client) client_of_name.emplace(r.client, client);
        }
        if (!client) {
          ++without_client;
          continue;
        }
        r.entry.client_id = *client;
        lookup.assign(r.client).append("\x1f").append(r.project);
        if (auto a = agreement_of.find(lookup); a != agreement_of.end()) {
          r.entry.agreement_id = a->second;
        } else {
          r.entry.agreement_id = agreements.find(*client, r.project);
          agreement_of.emplace(lookup, r.entry.agreement_id);
        }
        entries.push_back(std::move(r.entry));
      }
      added += static_cast<std::int64_t>(job.ctx.store.add_time_entries(entries));
      job.progress(progress);
    }
  } catch (...) {
    queue.cancel();
    std::vector<ReadRow> rest;
    while (queue.pop(rest)) {
    }
    reader.join();
    throw;
  }
  reader.join();
  if (auto error = queue.error()) std::rethrow_exception(error);
  job.out.rows += rows;
  if (added) job.out.added["time_entries"] = added;
  job.out.skipped += without_client;  // skipped at the user's word (unknown names fail)
  job.out.known = job.out.rows - added - without_client;
}

namespace {

enum class Settled { no, status, payment };

// What a row that says "paid" does to an open invoice: a payment of what is outstanding, on the
// day it was paid; without that day only the status changes (no payment date is made up).
Settled settle_from_export(Job& job, Invoice& inv, const InvoiceRow& row) {
  if (row.status != InvoiceStatus::paid || inv.status != InvoiceStatus::open) return Settled::no;
  Cents outstanding = 0;
  for (const auto& v :
       invoice_views(job.ctx.store, inv.client_id, InvoiceFilter::all, job.ctx.today()))
    if (v.invoice.id == inv.id) outstanding = v.outstanding;
  if (!row.paid_on || outstanding <= 0) {
    inv.status = InvoiceStatus::paid;
    job.ctx.store.update_invoice(inv);
    return Settled::status;
  }
  Payment p;
  p.client_id = inv.client_id;
  p.invoice_id = inv.id;
  p.date = *row.paid_on;
  p.amount = outstanding;
  p.reference = inv.number;
  p.source = job.tag;
  p.import_key = import_key({"invoice-paid", inv.number});
  record_payment(job.ctx, p);
  return Settled::payment;
}

}  // namespace

void import_invoices(Job& job, CsvReader& csv, const ColumnMap& map) {
  std::int64_t added = 0, payments = 0;
  std::map<Id, std::vector<Agreement>> agreements;  // per client, read once
  while (csv.next()) {
    ++job.out.rows;
    InvoiceRow row = read_invoice_row(csv, map);
    if (row.draft) {
      ++job.out.skipped;
      continue;
    }
    auto client = job.client_by_name(row.client);
    if (!client) continue;
    if (auto existing = job.ctx.store.invoice_by_number(row.number)) {
      // A newer export may say that an open invoice was paid or voided since.
      Invoice inv = *existing;
      Settled settled = Settled::no;
      if (row.status == InvoiceStatus::cancelled && inv.status == InvoiceStatus::open) {
        inv.status = InvoiceStatus::cancelled;
        job.ctx.store.update_invoice(inv);
        settled = Settled::status;
      } else {
        settled = settle_from_export(job, inv, row);
      }
      if (settled == Settled::payment) ++payments;
      ++(settled == Settled::no ? job.out.known : job.out.updated);
      continue;
    }
    Invoice inv;
    inv.client_id = *client;
    inv.number = row.number;
    inv.issue_date = row.issue_date;
    auto [cached, fresh] = agreements.try_emplace(*client);
    if (fresh) cached->second = job.ctx.store.agreements(*client);
    std::optional<int> days;
    for (const auto& a : cached->second)
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
    if (settle_from_export(job, inv, row) == Settled::payment) ++payments;
  }
  if (added) job.out.added["invoices"] = added;
  if (payments) job.out.added["payments"] = payments;
}

Payment record_payment(Context& ctx, Payment p) {
  p.id = ctx.store.add_payment(p);
  if (p.id != 0 && p.invoice_id) settle_if_covered(ctx, p.client_id, *p.invoice_id);
  return p;
}

}  // namespace rapport::imports
