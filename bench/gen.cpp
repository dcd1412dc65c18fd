// SPDX-License-Identifier: GPL-3.0-or-later
// rapport-gen: writes a synthetic rapport database for benchmarks, and the same time entries
// as a Timewarrior data directory and as CSV, so that other tools can be timed on them.
//
//   rapport-gen --scale freelancer|agency [--time-entries N] --db FILE [--timew DIR] [--csv FILE]
//               [--today YYYY-MM-DD] [--seed N]
#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <random>

#include "core/error.hpp"
#include "core/kinds.hpp"
#include "store/open.hpp"

namespace {

using namespace rapport;

struct Scale {
  int clients;
  int years;
  long time_entries;
  long invoices;
  long facts;
  long appointments;
};

const std::map<std::string, Scale> kScales = {
    {"freelancer", {30, 5, 25'000, 1'800, 3'000, 3'000}},
    {"agency", {1'000, 10, 2'000'000, 100'000, 300'000, 200'000}},
};

// How often each fact kind occurs, in the order of rapport::fact_kinds().
const int kKindWeights[] = {12, 2, 3, 8, 8, 2, 3, 1, 6, 2, 25, 18, 10};

struct Options {
  std::string scale = "freelancer";
  long time_entries = -1;
  std::string db, timew, csv;
  Date today = Date{std::chrono::year{2026}, std::chrono::month{11}, std::chrono::day{23}};
  unsigned seed = 42;
};

[[noreturn]] void usage(const std::string& why) {
  std::cerr
      << "rapport-gen: " << why << "\n"
      << "usage: rapport-gen --scale freelancer|agency [--time-entries N] --db FILE [--timew DIR] "
         "[--csv FILE] [--today YYYY-MM-DD] [--seed N]\n";
  std::exit(64);
}

Options parse(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) usage(a + " needs a value");
      return argv[++i];
    };
    if (a == "--scale")
      o.scale = value();
    else if (a == "--time-entries")
      o.time_entries = std::stol(value());
    else if (a == "--db")
      o.db = value();
    else if (a == "--timew")
      o.timew = value();
    else if (a == "--csv")
      o.csv = value();
    else if (a == "--today")
      o.today = parse_date(value(), o.today, "--today");
    else if (a == "--seed")
      o.seed = static_cast<unsigned>(std::stoul(value()));
    else
      usage("unknown argument " + a);
  }
  if (!kScales.count(o.scale)) usage("unknown scale " + o.scale);
  if (o.db.empty()) usage("--db is required");
  return o;
}

// Timewarrior keeps one file per month with UTC intervals.
class TimewWriter {
 public:
  explicit TimewWriter(const std::string& dir) : dir_(dir) {
    if (dir_.empty()) return;
    std::filesystem::create_directories(std::filesystem::path(dir_) / "data");
    std::ofstream(std::filesystem::path(dir_) / "timewarrior.cfg") << "verbose = off\n";
  }
  void add(Date date, int start_minute, int minutes, const std::string& tag) {
    if (dir_.empty()) return;
    std::string month = iso_date(date).substr(0, 7);
    auto& file = files_[month];
    if (!file)
      file =
          std::make_unique<std::ofstream>(std::filesystem::path(dir_) / "data" / (month + ".data"));
    auto stamp = [&](int minute) {
      Date d = add_days(date, minute / 1440);
      minute %= 1440;
      std::string iso = iso_date(d);
      return fmt::format("{}{}{}T{:02}{:02}00Z", iso.substr(0, 4), iso.substr(5, 2),
                         iso.substr(8, 2), minute / 60, minute % 60);
    };
    *file << "inc " << stamp(start_minute) << " - " << stamp(start_minute + minutes) << " # \""
          << tag << "\"\n";
  }

 private:
  std::string dir_;
  std::map<std::string, std::unique_ptr<std::ofstream>> files_;
};

}  // namespace

int main(int argc, char** argv) try {
  Options o = parse(argc, argv);
  Scale s = kScales.at(o.scale);
  if (o.time_entries >= 0) s.time_entries = o.time_entries;
  std::filesystem::remove(o.db);
  open_store(o.db);  // the schema, with its roll-up triggers
  SQLite::Database db(o.db, SQLite::OPEN_READWRITE);
  db.exec("PRAGMA foreign_keys = ON");
  db.exec("PRAGMA synchronous = OFF");
  db.exec("PRAGMA journal_mode = OFF");  // a bulk load into a new file: nothing to roll back to
  db.exec("PRAGMA cache_size = -262144");
  std::mt19937_64 rng(o.seed);
  auto uniform = [&](long lo, long hi) { return std::uniform_int_distribution<long>(lo, hi)(rng); };
  std::discrete_distribution<int> kind_of(std::begin(kKindWeights), std::end(kKindWeights));
  const int days = s.years * 365;
  auto day_in_range = [&]() { return add_days(o.today, -static_cast<int>(uniform(0, days - 1))); };

  TimewWriter timew(o.timew);
  std::ofstream csv;
  if (!o.csv.empty()) {
    csv.open(o.csv);
    csv << "date,client,hours,in_scope\n";
  }

  SQLite::Transaction tx(db);
  SQLite::Statement client(db,
                           "INSERT INTO clients (id, name, name_key, status) VALUES (?, ?, ?, ?)");
  SQLite::Statement agreement(
      db,
      "INSERT INTO agreements (id, client_id, title, contract_type, pricing, price_cents, "
      "included_minutes, included_revisions, start_date, cancellation_notice_minutes) "
      "VALUES (?, ?, ?, 'dienstvertrag', 'hourly', ?, ?, ?, ?, ?)");
  std::vector<std::string> names;
  for (int c = 1; c <= s.clients; ++c) {
    names.push_back(fmt::format("Client {:04}", c));
    client.bind(1, c);
    client.bind(2, names.back());
    client.bind(3, fmt::format("client {:04}", c));
    client.bind(4, c % 17 == 0 ? "ended" : "active");
    client.exec();
    client.reset();
    agreement.bind(1, c);
    agreement.bind(2, c);
    agreement.bind(3, fmt::format("Framework {}", c));
    agreement.bind(4, static_cast<int64_t>(uniform(7000, 15000)));
    agreement.bind(5, static_cast<int64_t>(uniform(20, 200) * 60));
    agreement.bind(6, static_cast<int64_t>(uniform(1, 4)));
    agreement.bind(7, iso_date(add_days(o.today, -days)));
    agreement.bind(8, c % 3 == 0 ? 48 * 60 : 24 * 60);
    agreement.exec();
    agreement.reset();
  }

  SQLite::Statement time(
      db,
      "INSERT INTO time_entries (client_id, agreement_id, date, start_minute, end_minute, minutes, "
      "in_scope) VALUES (?, ?, ?, ?, ?, ?, ?)");
  for (long i = 0; i < s.time_entries; ++i) {
    int c = static_cast<int>(uniform(1, s.clients));
    Date d = day_in_range();
    int start = static_cast<int>(uniform(7 * 4, 16 * 4)) * 15;
    int minutes = static_cast<int>(uniform(1, 16)) * 15;
    bool in_scope = uniform(0, 9) != 0;
    time.bind(1, c);
    time.bind(2, c);
    time.bind(3, iso_date(d));
    time.bind(4, start);
    time.bind(5, std::min(start + minutes, 1440));
    time.bind(6, minutes);
    time.bind(7, in_scope ? 1 : 0);
    time.exec();
    time.reset();
    timew.add(d, start, minutes, names[c - 1]);
    if (csv.is_open())
      csv << iso_date(d) << ',' << names[c - 1] << ',' << minutes / 60.0 << ',' << in_scope << '\n';
  }

  SQLite::Statement invoice(
      db,
      "INSERT INTO invoices (id, client_id, agreement_id, number, issue_date, due_date, net_cents, "
      "status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  SQLite::Statement payment(db,
                            "INSERT INTO payments (client_id, invoice_id, date, amount_cents, "
                            "reference) VALUES (?, ?, ?, "
                            "?, ?)");
  for (long i = 1; i <= s.invoices; ++i) {
    int c = static_cast<int>(uniform(1, s.clients));
    Date issued = day_in_range();
    Date due = add_days(issued, 14);
    long net = uniform(200, 8000) * 100;
    int late = c % 7 == 0 ? static_cast<int>(uniform(0, 60)) : static_cast<int>(uniform(-5, 5));
    Date paid_on = add_days(due, late);
    bool paid = paid_on <= o.today && uniform(0, 49) != 0;
    invoice.bind(1, static_cast<int64_t>(i));
    invoice.bind(2, c);
    invoice.bind(3, c);
    invoice.bind(4, fmt::format("{:07}", i));
    invoice.bind(5, iso_date(issued));
    invoice.bind(6, iso_date(due));
    invoice.bind(7, static_cast<int64_t>(net));
    invoice.bind(8, paid ? "paid" : "open");
    invoice.exec();
    invoice.reset();
    if (!paid) continue;
    payment.bind(1, c);
    payment.bind(2, static_cast<int64_t>(i));
    payment.bind(3, iso_date(paid_on));
    payment.bind(4, static_cast<int64_t>(net));
    payment.bind(5, fmt::format("{:07}", i));
    payment.exec();
    payment.reset();
  }

  SQLite::Statement fact(db,
                         "INSERT INTO facts (client_id, kind, date, minute_of_day, notice_minutes, "
                         "severity, mood, note, "
                         "recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  const char* people[] = {"Alex", "Kim", "Sam"};
  for (long i = 0; i < s.facts; ++i) {
    int c = static_cast<int>(uniform(1, s.clients));
    std::string_view kind = fact_kinds()[static_cast<std::size_t>(kind_of(rng))].code;
    fact.bind(1, c);
    fact.bind(2, std::string(kind));
    fact.bind(3, iso_date(day_in_range()));
    fact.bind(4, static_cast<int>(uniform(6 * 60, 22 * 60)));
    if (kind == "cancellation") {
      fact.bind(5, static_cast<int64_t>(uniform(1, 72) * 60));
    } else {
      fact.bind(5);
    }
    fact.bind(6, static_cast<int>(uniform(1, 3)));
    if (uniform(0, 2) == 0) {
      fact.bind(7, static_cast<int>(uniform(-2, 2)));
    } else {
      fact.bind(7);
    }
    fact.bind(8, "generated");
    fact.bind(9, people[uniform(0, 2)]);
    fact.exec();
    fact.reset();
  }

  SQLite::Statement appointment(
      db,
      "INSERT INTO appointments (client_id, agreement_id, title, start_at, end_at, zone, status, "
      "cancelled_at, cancelled_by) VALUES (?, ?, 'Meeting', ?, ?, 'Europe/Berlin', ?, ?, ?)");
  const auto today_seconds =
      std::chrono::sys_days{o.today}.time_since_epoch() / std::chrono::seconds{1};
  for (long i = 0; i < s.appointments; ++i) {
    int c = static_cast<int>(uniform(1, s.clients));
    int64_t start = today_seconds - uniform(0, days - 1) * 86400 + uniform(8, 17) * 3600;
    bool cancelled = uniform(0, 9) == 0;
    appointment.bind(1, c);
    appointment.bind(2, c);
    appointment.bind(3, start);
    appointment.bind(4, start + 3600);
    appointment.bind(5, cancelled ? "cancelled" : "scheduled");
    if (cancelled) {
      appointment.bind(6, start - uniform(1, 72) * 3600);
      appointment.bind(7, "client");
    } else {
      appointment.bind(6);
      appointment.bind(7);
    }
    appointment.exec();
    appointment.reset();
  }
  tx.commit();
  db.exec("ANALYZE");
  db.exec("PRAGMA journal_mode = WAL");
  std::cerr << fmt::format(
      "rapport-gen: {} clients, {} time entries, {} invoices, {} facts, {} appointments -> {}\n",
      s.clients, s.time_entries, s.invoices, s.facts, s.appointments, o.db);
  return 0;
} catch (const rapport::Error& e) {
  std::cerr << "rapport-gen: " << e.message() << "\n";
  return static_cast<int>(e.code());
} catch (const std::exception& e) {
  std::cerr << "rapport-gen: " << e.what() << "\n";
  return 70;
}
