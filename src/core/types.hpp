// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The entities of DESIGN.md §3 as plain data. Ids are 0 until the store assigns one.
#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/dates.hpp"
#include "core/durations.hpp"
#include "core/kinds.hpp"
#include "core/money.hpp"

namespace rapport {

using Id = std::int64_t;
using Instant = std::chrono::sys_seconds;  // a point in time (UTC); shown in its zone

inline constexpr const char* kManualSource = "manual";

struct Client {
  Id id = 0;
  std::string name;
  std::vector<std::string> aliases;
  std::vector<std::string> domains;  // mail domains, e.g. example.de
  std::vector<std::string> emails;
  ClientStatus status = ClientStatus::active;
  std::vector<std::string> tags;
  std::string notes;
  std::optional<Date> ended_on;
  bool reference = false;  // a reference for the user's portfolio (weighs in decisions)
};

struct Agreement {
  Id id = 0;
  Id client_id = 0;
  std::string title;
  ContractType type = ContractType::unknown;
  Pricing pricing = Pricing::none;
  Cents price = 0;  // per hour, the whole flat fee, or per month for a retainer
  std::optional<Minutes> included_minutes;
  std::optional<int> included_revisions;
  std::vector<std::string> scope_in;
  std::vector<std::string> scope_out;
  std::optional<Date> start;
  std::optional<Date> end;  // a fixed end date
  std::optional<Period> term;
  std::optional<Period> renewal;
  std::string notice_clause;  // as written in the contract, e.g. "3 months to end of term"
  std::optional<int> payment_days;
  std::optional<Minutes> cancellation_notice;  // for appointments; metrics assume 24 h without
  bool trust_based = false;                    // "Dienste höherer Art" (BGB § 627)
  TerminationForm form = TerminationForm::none;
  std::optional<FeePeriod> fee_period;  // how the fee is measured (§ 621); unset: from pricing
  std::string note;
  std::optional<Date> ended_on;

  bool running_on(Date day) const {
    return (!ended_on || *ended_on > day) && (!end || *end >= day);
  }
};

struct Fact {
  Id id = 0;
  Id client_id = 0;
  std::optional<Id> agreement_id;
  std::optional<Id> appointment_id;
  FactKind kind = FactKind::note;
  Date date;
  std::optional<int> minute_of_day;
  std::optional<Minutes> hours;   // time it cost, e.g. for an out-of-scope request
  std::optional<Cents> amount;    // money involved, e.g. a disputed amount
  std::optional<Minutes> notice;  // for cancellations: how long before the appointment
  std::optional<int> severity;    // 1 minor … 3 severe
  std::optional<int> mood;        // −2 … +2, the gut feeling of who lived it
  std::string note;
  std::string recorded_by;
  std::string source = kManualSource;
  std::optional<std::int64_t> import_key;  // stable per imported record: no duplicates
};

struct TimeEntry {
  Id id = 0;
  Id client_id = 0;
  std::optional<Id> agreement_id;
  Date date;
  std::optional<int> start_minute;
  std::optional<int> end_minute;
  Minutes minutes = 0;
  bool billable = true;
  bool in_scope = true;
  std::string note;
  std::string source = kManualSource;
  std::optional<std::int64_t> import_key;  // stable per imported record: no duplicates
};

struct Invoice {
  Id id = 0;
  Id client_id = 0;
  std::optional<Id> agreement_id;
  std::string number;
  Date issue_date;
  Date due_date;
  Cents net = 0;
  std::optional<Cents> gross;  // what the client pays, when it differs from net (VAT)
  InvoiceStatus status = InvoiceStatus::open;
  std::string note;
  std::string source = kManualSource;
  std::optional<std::int64_t> import_key;  // stable per imported record: no duplicates

  Cents payable() const { return gross.value_or(net); }
};

struct Payment {
  Id id = 0;
  Id client_id = 0;
  std::optional<Id> invoice_id;
  Date date;
  Cents amount = 0;
  std::string reference;
  std::string source = kManualSource;
  std::optional<std::int64_t> import_key;  // stable per imported record: no duplicates
};

struct Appointment {
  Id id = 0;
  Id client_id = 0;
  std::optional<Id> agreement_id;
  std::string title;
  Instant start;
  std::optional<Instant> end;
  std::string zone;  // IANA name the times were entered in, e.g. Europe/Berlin
  AppointmentStatus status = AppointmentStatus::scheduled;
  std::optional<Instant> cancelled_at;
  std::optional<Party> cancelled_by;
  std::string note;
  std::string source = kManualSource;
  std::optional<std::int64_t> import_key;
  std::optional<Id> changed_by_source;  // the import that cancelled it, undone with it
};

// One e-mail, as metadata: never its body; its subject only when the user asked for it.
struct Message {
  Id id = 0;
  Id client_id = 0;
  Instant sent_at;
  Date local_date;  // in the user's zone, for core hours
  int minute_of_day = 0;
  bool incoming = true;     // from the client to the user
  std::string counterpart;  // the client's address
  std::string thread;       // the first message id of its thread
  std::optional<std::string> subject;
  std::string source;
  std::int64_t import_key = 0;
};

// An incoming credit from a bank statement; a payment once it belongs to a client.
struct BankCredit {
  Id id = 0;
  Date booked_on;
  Cents amount = 0;
  std::string payer;
  std::string iban;
  std::string remittance;  // the purpose text ("Verwendungszweck")
  std::optional<Id> payment_id;
  std::optional<std::int64_t> reversed_by;  // returned by the bank: no payment any more
  std::string source;
  std::int64_t import_key = 0;
};

// One run of `rapport import` on one file.
struct ImportSource {
  Id id = 0;
  std::string format;  // toggl, camt053, ics …
  std::string file;
  std::string scope;  // what a later export of the same thing shares, e.g. a calendar's name
  Instant imported_at;
  std::optional<Instant> seen_at;  // when the exported data was current, if the file says
  std::map<std::string, std::int64_t> counts;  // "time_entries" → added, "skipped" → known …
  std::optional<Instant> undone_at;
};

// The source text of records an import added: kept in their `source` field.
inline std::string source_tag(Id source_id) {
  return "import:" + std::to_string(source_id);
}

// A saved column mapping for CSV files.
struct ImportProfile {
  std::string name;
  std::string kind;     // time | invoices
  std::string mapping;  // field=Column,field=Column …
};

// Filters for listing facts.
struct FactQuery {
  std::optional<Id> client_id;
  std::optional<FactKind> kind;
  std::optional<Date> since;
  bool details = true;  // false: without note and source (faster on many facts)
};

}  // namespace rapport
