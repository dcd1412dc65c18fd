// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Importing exported files: time entries, invoices, bank statements, calendars and mail.
// One import is one transaction (all files or nothing), a second import of the same data adds
// nothing, and every file becomes a source that can be listed and undone.
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/context.hpp"

namespace rapport {

// The formats `rapport import` reads; "auto" finds it from the file.
const std::vector<std::string>& import_formats();

// A name in the file that matches no client, with how many rows carry it.
struct UnknownClient {
  std::string name;
  std::int64_t rows = 0;
};
// What the user wants done with an unknown name.
struct UnknownAnswer {
  enum class Action { create, map, skip } action = Action::skip;
  std::string client;  // for map: the existing client (name, alias or id)
};

// An appointment of an earlier export of the same calendar that is gone from the newer one.
struct VanishedEvent {
  Appointment appointment;
  std::string client;
  Instant last_seen;       // when the export that still had it was made
  bool cancelled = false;  // recorded as cancelled now
};

// An incoming bank credit and what became of it.
struct CreditMatch {
  BankCredit credit;
  std::optional<std::string> client;
  std::optional<std::string> invoice;
  std::string reason;  // why it was matched, or why not
  bool assigned = false;
  bool reversal = false;  // a credit returned by the bank: its payment was removed
};

struct FileImport {
  std::string file;
  std::string format;
  Id source_id = 0;
  std::map<std::string, std::int64_t> added;  // time_entries, invoices, payments …
  std::int64_t rows = 0;                      // records read
  std::int64_t known = 0;                     // imported before: left as they are
  std::int64_t updated = 0;                   // imported before and changed since (paid, cancelled)
  std::int64_t skipped = 0;    // not for rapport: drafts, outgoing money, pending entries …
  std::int64_t no_client = 0;  // events or mail of nobody rapport knows
  std::vector<std::pair<std::string, std::int64_t>> no_client_examples;  // domain or title
  std::vector<std::string> created_clients;
  std::vector<CreditMatch> credits;
  std::vector<VanishedEvent> vanished;
};

struct ImportResult {
  std::vector<FileImport> files;
  bool dry_run = false;
};

struct ImportRequest {
  std::string format = "auto";
  std::vector<std::string> files;
  std::optional<std::string> client;   // every record belongs to this client
  std::optional<std::string> map;      // a CSV column mapping: date=Datum,hours=Stunden …
  std::optional<std::string> profile;  // a saved (or shipped) mapping; with map: save it
  std::optional<Party> cancelled_by;   // who cancels calendar events (default: the client)
  bool dry_run = false;
  bool create_missing = false;
  bool keep_subjects = false;
  bool yes = false;  // record vanished events as cancelled without asking
  std::function<void(double)> progress;
  // On a terminal: asked once for all unknown names; without it unknown names fail the import.
  std::function<std::map<std::string, UnknownAnswer>(const std::vector<UnknownClient>&)>
      ask_unknown;
  std::function<bool(const VanishedEvent&)> ask_vanished;
};

// Throws Error: usage for a wrong request, no_input for an unreadable file, data for a bad
// file or unknown clients (with their names and row counts). Nothing is written then.
ImportResult import_files(Context& ctx, const ImportRequest& request);

// Every import, oldest first.
std::vector<ImportSource> list_sources(const Store& store);
// Removes what one import added; returns what was removed.
std::map<std::string, std::int64_t> undo_import(Context& ctx, Id source_id);

// Bank credits nobody was found for.
std::vector<BankCredit> unassigned_credits(const Store& store);
// Assigns a credit to an invoice (and so its client) or to a client without an invoice;
// the payment it becomes settles the invoice when it covers it.
Payment assign_credit(Context& ctx, Id credit_id, const std::optional<std::string>& invoice_number,
                      const std::optional<std::string>& client);

}  // namespace rapport
