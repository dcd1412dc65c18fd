// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON shapes of imports and sources (docs/json.md).
#include "app/json.hpp"
#include "app/zone.hpp"

namespace rapport {

using nlohmann::json;

json to_json(const BankCredit& c) {
  return json{{"id", c.id},
              {"booked_on", iso_date(c.booked_on)},
              {"amount", to_units(c.amount)},
              {"payer", c.payer},
              {"iban", c.iban},
              {"purpose", c.remittance},
              {"payment_id", c.payment_id ? json(*c.payment_id) : json(nullptr)},
              {"returned", c.reversed_by.has_value()}};
}

json to_json(const ImportResult& r, const std::string& zone) {
  json files = json::array();
  for (const auto& f : r.files) {
    json credits = json::array();
    for (const auto& c : f.credits) {
      json j = to_json(c.credit);
      j["client"] = c.client ? json(*c.client) : json(nullptr);
      j["invoice"] = c.invoice ? json(*c.invoice) : json(nullptr);
      j["reason"] = c.reason;
      j["assigned"] = c.assigned;
      j["return"] = c.reversal;
      credits.push_back(std::move(j));
    }
    json vanished = json::array();
    for (const auto& v : f.vanished)
      vanished.push_back({{"appointment", to_json(v.appointment)},
                          {"client", v.client},
                          {"last_seen", iso_instant(v.last_seen, zone)},
                          {"cancelled", v.cancelled}});
    json strangers = json::array();
    for (const auto& [what, n] : f.no_client_examples)
      strangers.push_back({{"name", what}, {"count", n}});
    files.push_back({{"file", f.file},
                     {"format", f.format},
                     {"source_id", r.dry_run ? json(nullptr) : json(f.source_id)},
                     {"rows", f.rows},
                     {"added", f.added},
                     {"known", f.known},
                     {"updated", f.updated},
                     {"skipped", f.skipped},
                     {"no_client", f.no_client},
                     {"no_client_examples", strangers},
                     {"created_clients", f.created_clients},
                     {"credits", credits},
                     {"vanished", vanished}});
  }
  return json{{"dry_run", r.dry_run}, {"files", files}};
}

json to_json(const ImportSource& s, const std::string& zone) {
  return json{{"id", s.id},
              {"format", s.format},
              {"file", s.file},
              {"scope", s.scope},
              {"imported_at", iso_instant(s.imported_at, zone)},
              {"seen_at", s.seen_at ? json(iso_instant(*s.seen_at, zone)) : json(nullptr)},
              {"counts", s.counts},
              {"undone_at", s.undone_at ? json(iso_instant(*s.undone_at, zone)) : json(nullptr)}};
}

}  // namespace rapport
