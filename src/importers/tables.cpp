// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/tables.hpp"

#include <algorithm>

#include "core/error.hpp"
#include "core/text.hpp"
#include "i18n/i18n.hpp"
#include "importers/values.hpp"

namespace rapport::importers {
namespace {

using Fields = std::vector<std::pair<std::string_view, std::vector<std::string_view>>>;

// The headers below are those of the tools' exports in English and German.
const Fields kTogglFields = {
    {"date", {"Start date", "Startdatum"}},
    {"start", {"Start time", "Startzeit"}},
    {"end", {"End time", "Endzeit"}},
    {"hours", {"Duration", "Dauer"}},
    {"client", {"Client", "Kunde"}},
    {"project", {"Project", "Projekt"}},
    {"task", {"Task", "Aufgabe"}},
    {"note", {"Description", "Beschreibung"}},
    {"billable", {"Billable", "Abrechenbar"}},
    {"user", {"User", "Member", "Mitglied", "Benutzer"}},
};
const Fields kClockifyFields = {
    {"date", {"Start Date", "Startdatum"}},
    {"start", {"Start Time", "Startzeit"}},
    {"end", {"End Time", "Endzeit"}},
    {"hours", {"Duration (h)", "Dauer (h)", "Duration (decimal)", "Dauer (dezimal)"}},
    {"client", {"Client", "Kunde"}},
    {"project", {"Project", "Projekt"}},
    {"task", {"Task", "Aufgabe"}},
    {"note", {"Description", "Beschreibung"}},
    {"billable", {"Billable", "Abrechenbar"}},
    {"user", {"User", "Benutzer"}},
};
const Fields kKimaiFields = {
    {"date", {"Date", "Datum"}},
    {"start", {"From", "Von", "Begin", "Beginn"}},
    {"end", {"To", "Bis", "End", "Ende"}},
    {"hours", {"Duration", "Dauer"}},
    {"client", {"Customer", "Kunde"}},
    {"project", {"Project", "Projekt"}},
    {"task", {"Activity", "Tätigkeit", "Aktivität"}},
    {"note", {"Description", "Beschreibung"}},
    {"billable", {"Billable", "Abrechenbar"}},
    {"user", {"User", "Benutzer"}},
};
const Fields kHarvestFields = {
    {"date", {"Date", "Datum"}},
    {"hours", {"Hours", "Stunden"}},
    {"client", {"Client", "Kunde"}},
    {"project", {"Project", "Projekt"}},
    {"task", {"Task", "Aufgabe"}},
    {"note", {"Notes", "Notizen"}},
    {"billable", {"Billable?", "Abrechenbar?"}},
    {"user", {"First Name", "Vorname"}},
};
const Fields kInvoiceFields = {
    {"number",
     {"Rechnungsnummer", "Rechnungs-Nr.", "Rechnungsnr.", "Re-Nr.", "Belegnummer", "Beleg-Nr.",
      "Invoice number", "Invoice no.", "Number", "Nummer"}},
    {"date", {"Rechnungsdatum", "Belegdatum", "Datum", "Invoice date", "Issue date", "Date"}},
    {"due", {"Fälligkeitsdatum", "Fällig am", "Fälligkeit", "Zahlungsziel", "Due date", "Due"}},
    {"client",
     {"Kunde", "Kundenname", "Kontakt", "Kontaktname", "Empfänger", "Firma", "Customer", "Client",
      "Contact"}},
    {"net",
     {"Nettobetrag", "Netto", "Summe netto", "Betrag netto", "Net", "Net amount", "Subtotal"}},
    {"gross",
     {"Bruttobetrag", "Brutto", "Summe brutto", "Betrag brutto", "Gesamtbetrag", "Gross",
      "Gross amount", "Total", "Summe"}},
    {"status", {"Status", "Zahlungsstatus", "Payment status"}},
    {"tax", {"Steuer", "Umsatzsteuer", "MwSt", "Tax", "VAT"}},
    {"paid",
     {"Bezahlt am", "Zahlungsdatum", "Zahlungseingang", "Paid on", "Paid date", "Payment date"}},
};

const std::vector<TableFormat> kFormats = {
    {"clockify", TableKind::time, kClockifyFields, {"date", "start", "hours", "client"}},
    {"toggl", TableKind::time, kTogglFields, {"date", "start", "hours", "client", "note", "user"}},
    {"kimai", TableKind::time, kKimaiFields, {"date", "start", "end", "hours", "client", "task"}},
    {"harvest", TableKind::time, kHarvestFields, {"date", "hours", "client", "billable"}},
    {"lexoffice", TableKind::invoices, kInvoiceFields, {"number", "date", "client"}},
    {"sevdesk", TableKind::invoices, kInvoiceFields, {"number", "date", "client"}},
    {"kimai-invoices", TableKind::invoices, kInvoiceFields, {"number", "date", "client"}},
};

std::string_view column_name(const ColumnMap& map, const std::string& field) {
  return map.names.at(field);
}

}  // namespace

const std::vector<TableFormat>& table_formats() {
  return kFormats;
}

const TableFormat* find_table_format(std::string_view code) {
  for (const auto& f : kFormats)
    if (f.code == code) return &f;
  return nullptr;
}

std::vector<std::string_view> mapping_fields(TableKind kind) {
  std::vector<std::string_view> out;
  const Fields& fields = kind == TableKind::time ? kTogglFields : kInvoiceFields;
  for (const auto& [field, headers] : fields) out.push_back(field);
  return out;
}

std::optional<ColumnMap> match_format(const TableFormat& format, const CsvReader& csv) {
  ColumnMap map;
  map.kind = format.kind;
  map.format = std::string(format.code);
  for (const auto& [field, headers] : format.fields) {
    for (std::string_view header : headers) {
      std::size_t i = csv.column(header);
      if (i == std::string::npos) continue;
      map.index[std::string(field)] = i;
      map.names[std::string(field)] = csv.header()[i];
      break;
    }
  }
  for (std::string_view field : format.required)
    if (!map.has(std::string(field))) return std::nullopt;
  if (map.kind == TableKind::invoices && !map.has("net") && !map.has("gross")) return std::nullopt;
  return map;
}

std::optional<ColumnMap> detect_table(const CsvReader& csv) {
  for (const auto& format : kFormats)
    if (auto map = match_format(format, csv)) {
      // The invoice profiles share their headers; the generic name says so.
      if (map->kind == TableKind::invoices) map->format = "invoices";
      return map;
    }
  return std::nullopt;
}

ColumnMap parse_mapping(std::string_view mapping, const CsvReader& csv) {
  ColumnMap map;
  map.format = "csv";
  std::vector<std::pair<std::string, std::string>> pairs;
  for (const std::string& part : text::split(mapping, ',')) {
    auto eq = part.find('=');
    if (eq == std::string::npos)
      throw usage_error(trf("--map: \"{}\" is not field=Column.", part),
                        tr("Write it as e.g. --map date=Datum,hours=Stunden,client=Kunde."));
    pairs.emplace_back(text::fold_case(text::trim(part.substr(0, eq))),
                       std::string(text::trim(part.substr(eq + 1))));
  }
  bool invoices = false;
  for (const auto& [field, column] : pairs)
    if (field == "number" || field == "net" || field == "gross") invoices = true;
  map.kind = invoices ? TableKind::invoices : TableKind::time;
  auto allowed = mapping_fields(map.kind);
  for (const auto& [field, column] : pairs) {
    if (std::find(allowed.begin(), allowed.end(), field) == allowed.end()) {
      std::string list;
      for (auto f : allowed) list += (list.empty() ? "" : ", ") + std::string(f);
      throw usage_error(trf("--map: \"{0}\" is no field; the fields are {1}.", field, list));
    }
    std::size_t i = csv.column(column);
    if (i == std::string::npos) {
      std::string list;
      for (const auto& h : csv.header()) list += (list.empty() ? "\"" : ", \"") + h + "\"";
      throw usage_error(
          trf("--map: {0} has no column \"{1}\"; its columns are {2}.", csv.name(), column, list));
    }
    map.index[field] = i;
    map.names[field] = csv.header()[i];
  }
  if (map.kind == TableKind::time) {
    if (!map.has("date") || (!map.has("hours") && !(map.has("start") && map.has("end"))))
      throw usage_error(tr("--map: time entries need date and hours (or start and end)."));
  } else if (!map.has("number") || !map.has("date") || (!map.has("net") && !map.has("gross"))) {
    throw usage_error(tr("--map: invoices need number, date and net or gross."));
  }
  return map;
}

TimeColumns::TimeColumns(const ColumnMap& map) {
  auto at = [&](const char* field) {
    auto it = map.index.find(field);
    return it == map.index.end() ? std::string::npos : it->second;
  };
  date = at("date");
  start = at("start");
  end = at("end");
  hours = at("hours");
  client = at("client");
  project = at("project");
  task = at("task");
  note = at("note");
  billable = at("billable");
  user = at("user");
}

TimeRow read_time_row(const CsvReader& csv, const ColumnMap& map, const TimeColumns& c) {
  TimeRow row;
  auto fail = [&](const char* field, std::size_t column, ValueKind kind) {
    bad_value(csv.name(), csv.line(), column_name(map, field), csv.field(column), kind);
  };
  auto date = read_date(csv.field(c.date));
  if (!date) fail("date", c.date, ValueKind::date);
  row.date = *date;
  if (c.start != std::string::npos && !csv.field(c.start).empty()) {
    row.start_minute = read_clock(csv.field(c.start));
    if (!row.start_minute) fail("start", c.start, ValueKind::clock);
  }
  if (c.end != std::string::npos && !csv.field(c.end).empty()) {
    row.end_minute = read_clock(csv.field(c.end));
    if (!row.end_minute) fail("end", c.end, ValueKind::clock);
  }
  if (c.hours != std::string::npos && !csv.field(c.hours).empty()) {
    auto minutes = read_duration(csv.field(c.hours));
    if (!minutes) fail("hours", c.hours, ValueKind::duration);
    row.minutes = *minutes;
  } else if (row.start_minute && row.end_minute) {
    int span = *row.end_minute - *row.start_minute;
    row.minutes = span < 0 ? span + 24 * 60 : span;  // past midnight
  } else if (c.hours != std::string::npos) {
    fail("hours", c.hours, ValueKind::duration);
  } else {
    fail("end", c.end, ValueKind::clock);
  }
  // An entry that runs past midnight keeps its start; its end is not a time of that day.
  if (row.start_minute && row.end_minute && *row.end_minute == 0 && *row.start_minute > 0)
    row.end_minute = 24 * 60;
  if (row.start_minute && row.end_minute && *row.end_minute < *row.start_minute)
    row.end_minute.reset();
  row.client = text::trim(csv.field(c.client));
  row.project = text::trim(csv.field(c.project));
  row.task = text::trim(csv.field(c.task));
  row.description = text::trim(csv.field(c.note));
  row.user = text::trim(csv.field(c.user));
  if (c.billable != std::string::npos) {
    auto billable = read_yes_no(csv.field(c.billable));
    if (!billable) fail("billable", c.billable, ValueKind::yes_no);
    row.billable = *billable;
  }
  return row;
}

namespace {
std::optional<InvoiceStatus> read_status(std::string_view text, bool& draft) {
  std::string t = text::fold_case(text::trim(text));
  if (t.empty()) return std::nullopt;
  if (t == "entwurf" || t == "draft") {
    draft = true;
    return std::nullopt;
  }
  for (std::string_view paid : {"bezahlt", "paid", "ausgeglichen", "beglichen", "erledigt"})
    if (t == paid) return InvoiceStatus::paid;
  for (std::string_view cancelled :
       {"storniert", "storno", "cancelled", "canceled", "voided", "void", "abgebrochen"})
    if (t == cancelled) return InvoiceStatus::cancelled;
  return InvoiceStatus::open;  // offen, überfällig, teilweise bezahlt, sent, unpaid …
}
}  // namespace

InvoiceRow read_invoice_row(const CsvReader& csv, const ColumnMap& map) {
  InvoiceRow row;
  auto cell = [&](const char* field) -> std::string_view {
    auto it = map.index.find(field);
    return it == map.index.end() ? std::string_view() : text::trim(csv.field(it->second));
  };
  auto fail = [&](const char* field, ValueKind kind) {
    bad_value(csv.name(), csv.line(), column_name(map, field), cell(field), kind);
  };
  row.number = std::string(cell("number"));
  if (row.number.empty()) fail("number", ValueKind::text);
  auto date = read_date(cell("date"));
  if (!date) fail("date", ValueKind::date);
  row.issue_date = *date;
  if (!cell("due").empty()) {
    row.due_date = read_date(cell("due"));
    if (!row.due_date) fail("due", ValueKind::date);
  }
  row.client = std::string(cell("client"));
  std::optional<Cents> tax;
  for (const char* field : {"net", "gross", "tax"}) {
    if (cell(field).empty()) continue;
    auto amount = read_signed_amount(cell(field));
    if (!amount || *amount < 0) fail(field, ValueKind::amount);
    std::string_view f = field;
    (f == "net" ? row.net : f == "gross" ? row.gross : tax) = amount;
  }
  // Kimai gives the total and the tax: the net amount is what is left.
  if (!row.net && row.gross && tax && *tax <= *row.gross) row.net = *row.gross - *tax;
  if (!row.net && !row.gross) fail(map.has("net") ? "net" : "gross", ValueKind::amount);
  row.status = read_status(cell("status"), row.draft);
  if (!cell("paid").empty()) {
    row.paid_on = read_date(cell("paid"));
    if (!row.paid_on) fail("paid", ValueKind::date);
  }
  return row;
}

}  // namespace rapport::importers
