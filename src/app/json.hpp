// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The stable JSON shapes of --json (documented in docs/json.md). Codes, not labels;
// dates ISO; money as a number in the currency unit plus the exact cents.
#include <nlohmann/json.hpp>

#include "app/appointments.hpp"
#include "app/clients.hpp"
#include "app/contract.hpp"
#include "app/conversations.hpp"
#include "app/health.hpp"
#include "app/imports.hpp"
#include "app/invoices.hpp"
#include "app/overview.hpp"
#include "app/payments.hpp"
#include "app/settings.hpp"

namespace rapport {

nlohmann::json to_json(const Client& c);
nlohmann::json to_json(const Agreement& a, Date today);
nlohmann::json to_json(const Fact& f);
nlohmann::json to_json(const TimeEntry& e);
nlohmann::json to_json(const InvoiceView& v);
nlohmann::json to_json(const Payment& p);
nlohmann::json to_json(const Appointment& a);
nlohmann::json to_json(const ClientSummary& s);
nlohmann::json to_json(const SettingView& s);
nlohmann::json to_json(const RemovedClient& r);
nlohmann::json to_json(const Threshold& t);
nlohmann::json to_json(const ImportResult& r, const std::string& zone);
nlohmann::json to_json(const ImportSource& s, const std::string& zone);
nlohmann::json to_json(const BankCredit& c);
// Adds "agreements", "open_invoices" and "recent_facts" to a client's JSON.
void add_records(nlohmann::json& j, const ClientRecords& r, Date today);
// An optional date as ISO text, or null.
nlohmann::json opt_date(const std::optional<Date>& d);
// A metric's value as JSON shows it (currency units, fractions), or null.
nlohmann::json metric_json(Metric m, const MetricValue& v);
nlohmann::json to_json(const Evidence& e);
nlohmann::json to_json(const Breach& b);
// The status of a client; with `metrics`, every metric with its trend.
nlohmann::json to_json(const ClientHealth& h, bool metrics);

// Decisions and conversations (app/decision_json.cpp).
nlohmann::json to_json(const DecisionItem& item);
nlohmann::json to_json(const DecisionView& v);
nlohmann::json to_json(const DecisionRecord& d, bool snapshot);
nlohmann::json to_json(const Conversation& c);
nlohmann::json to_json(const FollowUp& f);
nlohmann::json to_json(const PrepSheet& p);
nlohmann::json to_json(const Recap& r);

// Contract law (app/law_json.cpp).
nlohmann::json to_json(const ContractEnd& e);
nlohmann::json to_json(const InvoiceInterest& i);
nlohmann::json to_json(const Dunning& d);
nlohmann::json to_json(const law::BaseRate& r);

}  // namespace rapport
