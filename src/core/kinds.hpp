// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The closed vocabularies of the domain: each value has a stable code (database, JSON,
// command line) and a translated label; German words are accepted on input too.
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace rapport {

enum class ClientStatus { prospect, active, paused, ended };
enum class ContractType { unknown, werkvertrag, dienstvertrag };
enum class Pricing { none, hourly, flat_fee, retainer };
enum class TerminationForm { none, written, text };
enum class FactKind {
  cancellation,
  no_show,
  broken_agreement,
  out_of_scope_request,
  revision_round,
  rude_tone,
  complaint,
  dispute,
  appreciation,
  referral,
  call,
  meeting,
  note,
};
enum class InvoiceStatus { open, paid, cancelled };
enum class AppointmentStatus { scheduled, cancelled };
enum class Party { client, me };
// How a fee is measured (BGB § 621), not how often it is invoiced.
enum class FeePeriod { hour, day, week, month, quarter, year, none };

// One entry of a vocabulary.
template <typename E>
struct Term {
  E value;
  std::string_view code;    // stable, English
  const char* label;        // English msgid, translated with tr()
  std::string_view german;  // the German word accepted on input (folded, with umlauts)
};

std::span<const Term<ClientStatus>> client_statuses();
std::span<const Term<ContractType>> contract_types();
std::span<const Term<Pricing>> pricings();
std::span<const Term<TerminationForm>> termination_forms();
std::span<const Term<FactKind>> fact_kinds();
std::span<const Term<InvoiceStatus>> invoice_statuses();
std::span<const Term<AppointmentStatus>> appointment_statuses();
std::span<const Term<Party>> parties();
std::span<const Term<FeePeriod>> fee_periods();

std::string_view code(ClientStatus v);
std::string_view code(ContractType v);
std::string_view code(Pricing v);
std::string_view code(TerminationForm v);
std::string_view code(FactKind v);
std::string_view code(InvoiceStatus v);
std::string_view code(AppointmentStatus v);
std::string_view code(Party v);
std::string_view code(FeePeriod v);

std::string label(ClientStatus v);
std::string label(ContractType v);
std::string label(Pricing v);
std::string label(TerminationForm v);
std::string label(FactKind v);
std::string label(InvoiceStatus v);
std::string label(AppointmentStatus v);
std::string label(Party v);
std::string label(FeePeriod v);

// Parses a code, an English label or the German word (case-insensitive, '-' = '_' = ' ').
// Throws a data error naming `field` and listing the allowed codes.
ClientStatus parse_client_status(std::string_view text, std::string_view field);
ContractType parse_contract_type(std::string_view text, std::string_view field);
TerminationForm parse_termination_form(std::string_view text, std::string_view field);
FactKind parse_fact_kind(std::string_view text, std::string_view field);
Party parse_party(std::string_view text, std::string_view field);
FeePeriod parse_fee_period(std::string_view text, std::string_view field);

// Kinds of facts that are something going wrong, and those that are good news.
bool is_problem(FactKind kind);
bool is_positive(FactKind kind);

// From the stored code; throws a software error for a code the database should not hold.
ClientStatus client_status_from_code(std::string_view code);
ContractType contract_type_from_code(std::string_view code);
Pricing pricing_from_code(std::string_view code);
TerminationForm termination_form_from_code(std::string_view code);
FactKind fact_kind_from_code(std::string_view code);
InvoiceStatus invoice_status_from_code(std::string_view code);
AppointmentStatus appointment_status_from_code(std::string_view code);
Party party_from_code(std::string_view code);
FeePeriod fee_period_from_code(std::string_view code);

}  // namespace rapport
