// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the importers of src/app: what one file's import works with.
#include <map>
#include <optional>
#include <set>
#include <string>

#include "app/client_match.hpp"
#include "app/imports.hpp"
#include "importers/bank.hpp"
#include "importers/calendar.hpp"
#include "importers/csv.hpp"
#include "importers/tables.hpp"

namespace rapport::imports {

// What all files of one import share: the clients found or created, and the names that
// matched nobody.
struct RunState {
  std::map<std::string, UnknownClient> unknown;  // by matching key
  std::map<std::string, Id> mapped;              // matching key → client, from the answers
  std::set<std::string> skipped;                 // matching keys the user chose to skip
  std::map<std::string, UnknownAnswer> answers;  // by the name as written
};

struct Job {
  Context& ctx;
  const ImportRequest& request;
  ClientMatcher& matcher;
  RunState& run;
  std::optional<Client> forced;  // --client
  FileImport& out;
  ImportSource& source;
  std::string tag;  // the source of every record this file adds

  // The client of a name in the file: --client, a known name or alias, the user's answer,
  // or a new client (--create-missing). Otherwise the name is noted as unknown (or skipped
  // at the user's word) and nothing is returned.
  std::optional<Id> client_by_name(std::string_view name);
  // Keeps the five names (titles, domains) seen most among records of nobody rapport knows.
  void note_strangers(const std::map<std::string, std::int64_t>& counts);
  void progress(double fraction) const {
    if (request.progress) request.progress(fraction);
  }
};

void import_time(Job& job, importers::CsvReader& csv, const importers::ColumnMap& map);
void import_invoices(Job& job, importers::CsvReader& csv, const importers::ColumnMap& map);
void import_bank(Job& job, const std::vector<importers::BankEntry>& entries);
void import_calendar(Job& job, const importers::Calendar& calendar);
void import_mail(Job& job, bool maildir);

// A payment from a bank credit or an invoice export; marks the invoice paid once covered.
Payment record_payment(Context& ctx, Payment payment);

}  // namespace rapport::imports
