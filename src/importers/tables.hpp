// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// CSV exports of time trackers and accounting tools: which column holds what, found from the
// header (Toggl, Clockify, Kimai, Harvest, lexoffice, sevDesk …) or given by the user as a
// mapping (date=Datum,hours=Stunden,client=Kunde), and the rows read into plain values.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/types.hpp"
#include "importers/csv.hpp"

namespace rapport::importers {

enum class TableKind { time, invoices };

// A known export: its name and, per field, the headers it uses (English and German).
struct TableFormat {
  std::string_view code;  // toggl, clockify, kimai, harvest, lexoffice, sevdesk, kimai-invoices
  TableKind kind;
  std::vector<std::pair<std::string_view, std::vector<std::string_view>>> fields;
  std::vector<std::string_view> required;  // the fields that identify it
};
const std::vector<TableFormat>& table_formats();
const TableFormat* find_table_format(std::string_view code);

// The fields of each kind, for --map and its messages.
std::vector<std::string_view> mapping_fields(TableKind kind);

struct ColumnMap {
  TableKind kind = TableKind::time;
  std::string format;                        // the code of a known export, or "csv"
  std::map<std::string, std::size_t> index;  // field → column
  std::map<std::string, std::string> names;  // field → header, for messages
  bool has(const std::string& field) const { return index.count(field) > 0; }
};

// The columns of a known export in this file, if its required fields are all there.
std::optional<ColumnMap> match_format(const TableFormat& format, const CsvReader& csv);
// The first known export that fits the header.
std::optional<ColumnMap> detect_table(const CsvReader& csv);
// A user's mapping: "date=Datum,hours=Stunden,client=Kunde". Throws a usage error naming
// unknown fields and columns the file does not have.
ColumnMap parse_mapping(std::string_view mapping, const CsvReader& csv);

struct TimeRow {
  Date date;
  std::optional<int> start_minute, end_minute;
  Minutes minutes = 0;
  std::string_view client, project, task, description, user;
  bool billable = true;
};
// The columns of time entries, looked up once for all rows (npos: not in the file).
struct TimeColumns {
  explicit TimeColumns(const ColumnMap& map);
  std::size_t date, start, end, hours, client, project, task, note, billable, user;
};
// Reads the current row; throws a data error naming file, line, column and value.
TimeRow read_time_row(const CsvReader& csv, const ColumnMap& map, const TimeColumns& columns);

struct InvoiceRow {
  std::string number;
  Date issue_date;
  std::optional<Date> due_date;
  std::string client;
  std::optional<Cents> net, gross;  // net from gross minus tax when only those are given
  std::optional<InvoiceStatus> status;
  bool draft = false;  // drafts are no invoices yet: skipped
  std::optional<Date> paid_on;
};
InvoiceRow read_invoice_row(const CsvReader& csv, const ColumnMap& map);

}  // namespace rapport::importers
