// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Use cases of leaving correctly: when and how an agreement can end, the termination letter,
// default interest on an invoice, and payment reminders. They read the store and hand plain
// data to the contract-law core (src/core/law/).
#include <optional>
#include <string>
#include <vector>

#include "app/context.hpp"
#include "app/invoices.hpp"
#include "core/law/payment.hpp"
#include "core/law/termination.hpp"

namespace rapport {

// The agreement as the calculator sees it: term, clause, fee period, value of the work done.
law::ContractFacts contract_facts(const Context& ctx, const Agreement& agreement);
std::optional<law::Bundesland> bundesland(const Context& ctx);

struct ContractEndOptions {
  Party by = Party::me;
  std::optional<LocalDateTime> sent;  // when the notice is (or was) sent
  bool sent_has_time = false;
  law::Channel via = law::Channel::email;
  std::optional<Date> cause_known;
  std::optional<Date> want_end;
};

struct ContractEnd {
  Agreement agreement;
  Client client;
  law::ContractFacts facts;
  law::Receipt receipt;
  Party by = Party::me;
  law::TerminationAdvice advice;
  std::string disclaimer;
};
ContractEnd contract_end(const Context& ctx, const Agreement& agreement,
                         const ContractEndOptions& options);
// The earliest ordinary end of each running agreement of a client, for a notice of the user
// received today (the decision view).
std::map<Id, Date> earliest_ends(const Context& ctx, const std::vector<Agreement>& agreements);

// A termination letter: the computed end and what the user needs to check before sending.
struct TerminationLetter {
  ContractEnd end;
  Date end_date;                 // the end the letter names
  std::optional<Date> earliest;  // the earliest ordinary end rapport computed
  bool for_cause = false;        // a reason was given: without notice
  std::string reason;
  std::string sender;  // the user's name
  Date written_on;
};
TerminationLetter termination_letter(const Context& ctx, const Agreement& agreement, Date end_date,
                                     const std::string& reason);

// The base rates in force: the shipped ones and the user's, the user's winning on a date.
std::vector<law::BaseRate> base_rates(const Context& ctx);
void add_base_rate(Context& ctx, Date from, double percent);

// Default interest on one invoice.
struct InterestOptions {
  std::optional<Date> until;             // default: the day it was paid, else today
  std::optional<Date> invoice_received;  // default: the issue date (flagged)
  std::optional<Date> reminder_received;
};
struct InvoiceInterest {
  InvoiceView invoice;
  Client client;
  Cents amount = 0;  // the claim interest runs on
  law::DefaultStart start;
  bool in_default = false;  // by `until`
  Date until;
  bool settled = false;
  law::InterestResult interest;
  law::Limitation limitation;
  std::vector<std::string> warnings;
  std::string disclaimer;
};
InvoiceInterest invoice_interest(const Context& ctx, const Invoice& invoice,
                                 const InterestOptions& options);

// A payment reminder for the client's overdue invoices, at level 1 (friendly), 2 (reminder
// with interest and the flat fee) or 3 (last reminder with a deadline).
struct Dunning {
  Client client;
  int level = 1;
  Date written_on;
  Date pay_by;  // the deadline the letter sets
  std::vector<InvoiceInterest> invoices;
  Cents open_total = 0;
  Cents interest_total = 0;
  Cents fees_total = 0;
  std::string sender;
  std::string disclaimer;
};
Dunning dunning(Context& ctx, const Client& client, int level);

}  // namespace rapport
