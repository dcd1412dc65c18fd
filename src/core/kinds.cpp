// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/kinds.hpp"

#include "core/error.hpp"
#include "core/text.hpp"
#include "i18n/i18n.hpp"

namespace rapport {
namespace {

constexpr Term<ClientStatus> kClientStatuses[] = {
    {ClientStatus::prospect, "prospect", TR_NOOP("prospect"), "interessent"},
    {ClientStatus::active, "active", TR_NOOP("active"), "aktiv"},
    {ClientStatus::paused, "paused", TR_NOOP("paused"), "pausiert"},
    {ClientStatus::ended, "ended", TR_NOOP("ended"), "beendet"},
};
constexpr Term<ContractType> kContractTypes[] = {
    {ContractType::unknown, "unknown", TR_NOOP("unknown contract type"), "unbekannt"},
    {ContractType::werkvertrag, "werkvertrag", TR_NOOP("contract for work (Werkvertrag)"),
     "werkvertrag"},
    {ContractType::dienstvertrag, "dienstvertrag", TR_NOOP("contract for services (Dienstvertrag)"),
     "dienstvertrag"},
};
constexpr Term<Pricing> kPricings[] = {
    {Pricing::none, "none", TR_NOOP("no price agreed"), "keine"},
    {Pricing::hourly, "hourly", TR_NOOP("hourly rate"), "stundensatz"},
    {Pricing::flat_fee, "flat_fee", TR_NOOP("flat fee"), "pauschale"},
    {Pricing::retainer, "retainer", TR_NOOP("monthly retainer"), "monatspauschale"},
};
constexpr Term<TerminationForm> kTerminationForms[] = {
    {TerminationForm::none, "none", TR_NOOP("no form required"), "keine"},
    {TerminationForm::written, "written", TR_NOOP("written form (signed)"), "schriftform"},
    {TerminationForm::text, "text", TR_NOOP("text form (e.g. e-mail)"), "textform"},
};
constexpr Term<FactKind> kFactKinds[] = {
    {FactKind::cancellation, "cancellation", TR_NOOP("cancellation"), "absage"},
    {FactKind::no_show, "no_show", TR_NOOP("no-show"), "nicht_erschienen"},
    {FactKind::broken_agreement, "broken_agreement", TR_NOOP("broken agreement"),
     "vereinbarung_gebrochen"},
    {FactKind::out_of_scope_request, "out_of_scope_request", TR_NOOP("out-of-scope request"),
     "sonderwunsch"},
    {FactKind::revision_round, "revision_round", TR_NOOP("revision round"), "korrekturschleife"},
    {FactKind::rude_tone, "rude_tone", TR_NOOP("rude tone"), "unhoeflicher_ton"},
    {FactKind::complaint, "complaint", TR_NOOP("complaint"), "beschwerde"},
    {FactKind::dispute, "dispute", TR_NOOP("dispute"), "reklamation"},
    {FactKind::appreciation, "appreciation", TR_NOOP("appreciation"), "wertschaetzung"},
    {FactKind::referral, "referral", TR_NOOP("referral"), "empfehlung"},
    {FactKind::call, "call", TR_NOOP("call"), "telefonat"},
    {FactKind::meeting, "meeting", TR_NOOP("meeting"), "besprechung"},
    {FactKind::note, "note", TR_NOOP("note"), "notiz"},
};
constexpr Term<InvoiceStatus> kInvoiceStatuses[] = {
    {InvoiceStatus::open, "open", TR_NOOP("open"), "offen"},
    {InvoiceStatus::paid, "paid", TR_NOOP("paid"), "bezahlt"},
    {InvoiceStatus::cancelled, "cancelled", TR_NOOP("voided"), "storniert"},
};
constexpr Term<AppointmentStatus> kAppointmentStatuses[] = {
    {AppointmentStatus::scheduled, "scheduled", TR_NOOP("scheduled"), "geplant"},
    {AppointmentStatus::cancelled, "cancelled", TR_NOOP("cancelled"), "abgesagt"},
};
constexpr Term<Party> kParties[] = {
    {Party::client, "client", TR_NOOP("client"), "kunde"},
    {Party::me, "me", TR_NOOP("me"), "ich"},
};

// Folds case, turns '-' and ' ' into '_' and German umlauts into their two-letter forms.
std::string normalise(std::string_view raw) {
  std::string s = text::fold_case(text::trim(raw));
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '-' || s[i] == ' ') {
      out += '_';
    } else if (s.compare(i, 2, "\xC3\xA4") == 0) {
      out += "ae", ++i;
    } else if (s.compare(i, 2, "\xC3\xB6") == 0) {
      out += "oe", ++i;
    } else if (s.compare(i, 2, "\xC3\xBC") == 0) {
      out += "ue", ++i;
    } else if (s.compare(i, 2, "\xC3\x9F") == 0) {
      out += "ss", ++i;
    } else {
      out += s[i];
    }
  }
  return out;
}

template <typename E>
E parse_term(std::span<const Term<E>> terms, std::string_view text, std::string_view field) {
  std::string wanted = normalise(text);
  for (const auto& term : terms) {
    if (wanted == term.code || wanted == term.german || wanted == normalise(term.label))
      return term.value;
  }
  std::string allowed;
  for (const auto& term : terms) {
    if (!allowed.empty()) allowed += ", ";
    allowed += term.code;
  }
  throw data_error(trf("{0}: \"{1}\" is not one of: {2}.", field, text::trim(text), allowed));
}

template <typename E>
const Term<E>& find_term(std::span<const Term<E>> terms, E value) {
  for (const auto& term : terms)
    if (term.value == value) return term;
  return terms.front();
}

template <typename E>
E from_code(std::span<const Term<E>> terms, std::string_view code) {
  for (const auto& term : terms)
    if (term.code == code) return term.value;
  throw Error(
      ErrorCode::software,
      trf("The database holds the unknown value \"{}\"; it may come from a newer rapport.", code));
}

}  // namespace

std::span<const Term<ClientStatus>> client_statuses() {
  return kClientStatuses;
}
std::span<const Term<ContractType>> contract_types() {
  return kContractTypes;
}
std::span<const Term<Pricing>> pricings() {
  return kPricings;
}
std::span<const Term<TerminationForm>> termination_forms() {
  return kTerminationForms;
}
std::span<const Term<FactKind>> fact_kinds() {
  return kFactKinds;
}
std::span<const Term<InvoiceStatus>> invoice_statuses() {
  return kInvoiceStatuses;
}
std::span<const Term<AppointmentStatus>> appointment_statuses() {
  return kAppointmentStatuses;
}
constexpr Term<FeePeriod> kFeePeriods[] = {
    {FeePeriod::hour, "hour", TR_NOOP("per hour"), "stunde"},
    {FeePeriod::day, "day", TR_NOOP("per day"), "tag"},
    {FeePeriod::week, "week", TR_NOOP("per week"), "woche"},
    {FeePeriod::month, "month", TR_NOOP("per month"), "monat"},
    {FeePeriod::quarter, "quarter", TR_NOOP("per quarter"), "quartal"},
    {FeePeriod::year, "year", TR_NOOP("per year"), "jahr"},
    {FeePeriod::none, "none", TR_NOOP("not by time"), "keine"},
};
std::span<const Term<FeePeriod>> fee_periods() {
  return kFeePeriods;
}
std::span<const Term<Party>> parties() {
  return kParties;
}

#define RAPPORT_TERM_FUNCTIONS(Type, table)     \
  std::string_view code(Type v) {               \
    return find_term<Type>(table, v).code;      \
  }                                             \
  std::string label(Type v) {                   \
    return tr(find_term<Type>(table, v).label); \
  }

RAPPORT_TERM_FUNCTIONS(ClientStatus, kClientStatuses)
RAPPORT_TERM_FUNCTIONS(ContractType, kContractTypes)
RAPPORT_TERM_FUNCTIONS(Pricing, kPricings)
RAPPORT_TERM_FUNCTIONS(TerminationForm, kTerminationForms)
RAPPORT_TERM_FUNCTIONS(FactKind, kFactKinds)
RAPPORT_TERM_FUNCTIONS(InvoiceStatus, kInvoiceStatuses)
RAPPORT_TERM_FUNCTIONS(AppointmentStatus, kAppointmentStatuses)
RAPPORT_TERM_FUNCTIONS(Party, kParties)
RAPPORT_TERM_FUNCTIONS(FeePeriod, kFeePeriods)
#undef RAPPORT_TERM_FUNCTIONS

ClientStatus parse_client_status(std::string_view t, std::string_view f) {
  return parse_term<ClientStatus>(kClientStatuses, t, f);
}
ContractType parse_contract_type(std::string_view t, std::string_view f) {
  return parse_term<ContractType>(kContractTypes, t, f);
}
TerminationForm parse_termination_form(std::string_view t, std::string_view f) {
  return parse_term<TerminationForm>(kTerminationForms, t, f);
}
FactKind parse_fact_kind(std::string_view t, std::string_view f) {
  return parse_term<FactKind>(kFactKinds, t, f);
}
Party parse_party(std::string_view t, std::string_view f) {
  return parse_term<Party>(kParties, t, f);
}
FeePeriod parse_fee_period(std::string_view t, std::string_view f) {
  return parse_term<FeePeriod>(kFeePeriods, t, f);
}

bool is_problem(FactKind kind) {
  switch (kind) {
    case FactKind::cancellation:
    case FactKind::no_show:
    case FactKind::broken_agreement:
    case FactKind::out_of_scope_request:
    case FactKind::rude_tone:
    case FactKind::complaint:
    case FactKind::dispute:
      return true;
    default:
      return false;
  }
}

bool is_positive(FactKind kind) {
  return kind == FactKind::appreciation || kind == FactKind::referral;
}

ClientStatus client_status_from_code(std::string_view c) {
  return from_code<ClientStatus>(kClientStatuses, c);
}
ContractType contract_type_from_code(std::string_view c) {
  return from_code<ContractType>(kContractTypes, c);
}
Pricing pricing_from_code(std::string_view c) {
  return from_code<Pricing>(kPricings, c);
}
TerminationForm termination_form_from_code(std::string_view c) {
  return from_code<TerminationForm>(kTerminationForms, c);
}
FactKind fact_kind_from_code(std::string_view c) {
  return from_code<FactKind>(kFactKinds, c);
}
InvoiceStatus invoice_status_from_code(std::string_view c) {
  return from_code<InvoiceStatus>(kInvoiceStatuses, c);
}
AppointmentStatus appointment_status_from_code(std::string_view c) {
  return from_code<AppointmentStatus>(kAppointmentStatuses, c);
}
Party party_from_code(std::string_view c) {
  return from_code<Party>(kParties, c);
}
FeePeriod fee_period_from_code(std::string_view c) {
  return from_code<FeePeriod>(kFeePeriods, c);
}

}  // namespace rapport
