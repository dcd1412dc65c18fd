// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the CSV reader, header detection and the row readers of time entries and
// invoices. Bad input must end in rapport::Error, never in a crash or a hang.
#include <cstdint>
#include <string>

#include "core/error.hpp"
#include "importers/tables.hpp"
#include "importers/values.hpp"

using namespace rapport::importers;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  try {
    CsvReader csv = CsvReader::from_text(text, "fuzz.csv");
    auto map = detect_table(csv);
    if (!map) {
      try {
        map = parse_mapping("date=Datum,hours=Dauer,client=Kunde", csv);
      } catch (const rapport::Error&) {
      }
    }
    TimeColumns columns(map ? *map : ColumnMap{});
    while (csv.next()) {
      for (std::size_t i = 0; i < csv.size(); ++i) {
        (void)read_date(csv.field(i));
        (void)read_clock(csv.field(i));
        (void)read_duration(csv.field(i));
        (void)read_signed_amount(csv.field(i));
        (void)read_yes_no(csv.field(i));
      }
      if (!map) continue;
      try {
        if (map->kind == TableKind::time) {
          (void)read_time_row(csv, *map, columns);
        } else {
          (void)read_invoice_row(csv, *map);
        }
      } catch (const rapport::Error&) {
      }
    }
  } catch (const rapport::Error&) {
  }
  return 0;
}
