// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one interface to rapport's data. SQLite implements it now, PostgreSQL later; the
// application talks only to this. Every method throws rapport::Error on failure.
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/conversation.hpp"
#include "core/decision.hpp"
#include "core/law/payment.hpp"
#include "core/thresholds.hpp"
#include "core/types.hpp"

namespace rapport {

// What the last `rapport check` saw of a client.
struct CheckRecord {
  std::string band;
  std::vector<std::string> breaches;  // "metric:level" of each breached rule
  std::string checked_at;             // ISO local time
};

class Store {
 public:
  virtual ~Store() = default;

  // Runs `work` in one transaction: committed when it returns, rolled back when it throws.
  // Nested calls join the outer transaction.
  virtual void transaction(const std::function<void()>& work) = 0;
  // A transaction for one large write, such as an import of a million rows: the backend may
  // write it in a way that suits such a write (SQLite: a rollback journal instead of the
  // write-ahead log, which writes every page twice). Just as atomic as `transaction`.
  virtual void bulk_transaction(const std::function<void()>& work) = 0;
  // Runs reads in one read transaction: they see one state of the data, and the database
  // is locked once instead of once per statement.
  virtual void read_transaction(const std::function<void()>& work) const = 0;
  virtual int schema_version() const = 0;

  virtual Id add_client(const Client& client) = 0;
  virtual void update_client(const Client& client) = 0;
  virtual void remove_client(Id id) = 0;  // with everything recorded for it
  virtual std::optional<Client> client(Id id) const = 0;
  virtual std::vector<Client> clients() const = 0;

  virtual Id add_agreement(const Agreement& agreement) = 0;
  virtual void update_agreement(const Agreement& agreement) = 0;
  virtual std::optional<Agreement> agreement(Id id) const = 0;
  virtual std::vector<Agreement> agreements(std::optional<Id> client_id) const = 0;

  virtual Id add_fact(const Fact& fact) = 0;
  virtual void update_fact(const Fact& fact) = 0;
  virtual void remove_fact(Id id) = 0;
  virtual std::optional<Fact> fact(Id id) const = 0;
  virtual std::vector<Fact> facts(const FactQuery& query) const = 0;  // oldest first

  virtual Id add_time_entry(const TimeEntry& entry) = 0;
  virtual std::vector<TimeEntry> time_entries(std::optional<Id> client_id) const = 0;

  virtual Id add_invoice(const Invoice& invoice) = 0;
  virtual void update_invoice(const Invoice& invoice) = 0;
  virtual std::optional<Invoice> invoice(Id id) const = 0;
  virtual std::optional<Invoice> invoice_by_number(const std::string& number) const = 0;
  virtual std::vector<Invoice> invoices(std::optional<Id> client_id) const = 0;

  virtual Id add_payment(const Payment& payment) = 0;
  virtual std::vector<Payment> payments(std::optional<Id> client_id) const = 0;

  virtual Id add_appointment(const Appointment& appointment) = 0;
  virtual void update_appointment(const Appointment& appointment) = 0;
  virtual std::optional<Appointment> appointment(Id id) const = 0;
  virtual std::vector<Appointment> appointments(std::optional<Id> client_id) const = 0;

  // Time worked per client in each range (roll-ups: fast on millions of entries).
  virtual std::map<Id, std::map<DateRange, TimeTotals>> time_totals(
      const std::vector<DateRange>& ranges, std::optional<Id> client_id) const = 0;
  // In-scope minutes recorded on each agreement, all time.
  virtual std::map<Id, Minutes> agreement_minutes(std::optional<Id> client_id) const = 0;
  // Invoices issued or due on or after `since`, and every open one, with what was paid.
  virtual std::vector<InvoiceLedger> invoice_ledger(Date since,
                                                    std::optional<Id> client_id) const = 0;
  // Net revenue of all clients invoiced in a range.
  virtual Cents revenue_between(const DateRange& range) const = 0;

  // The user's thresholds; nullopt while they use the shipped defaults.
  virtual std::optional<std::vector<Threshold>> thresholds() const = 0;
  virtual void replace_thresholds(const std::vector<Threshold>& rules) = 0;
  virtual void reset_thresholds() = 0;

  virtual std::map<Id, CheckRecord> check_records() const = 0;
  virtual void save_check_records(const std::map<Id, CheckRecord>& records) = 0;

  // The user's own pros and cons of a client. Saving an item whose text the client already
  // has (case-insensitive) changes its side and weight.
  virtual std::vector<DecisionItem> decision_items(Id client_id) const = 0;
  virtual Id save_decision_item(Id client_id, const DecisionItem& item) = 0;
  virtual bool remove_decision_item(Id client_id, const std::string& text) = 0;
  virtual std::vector<ChangeAnswer> change_answers(Id client_id) const = 0;
  // An unknown answer removes the stored one.
  virtual void set_change_answer(Id client_id, const ChangeAnswer& answer) = 0;
  virtual Id add_decision(const DecisionRecord& decision) = 0;
  virtual std::vector<DecisionRecord> decisions(Id client_id) const = 0;  // oldest first

  virtual Id add_conversation(const Conversation& conversation) = 0;
  // Oldest first; without a client, those of every client.
  virtual std::vector<Conversation> conversations(std::optional<Id> client_id) const = 0;
  virtual std::map<Metric, std::string> topic_wishes(Id client_id) const = 0;
  // An empty wish removes the stored one.
  virtual void set_topic_wish(Id client_id, Metric metric, const std::string& wish) = 0;

  // Base rates (§ 247 BGB) the user added to the shipped ones; a date again replaces the rate.
  virtual std::vector<law::BaseRate> base_rates() const = 0;
  virtual void add_base_rate(const law::BaseRate& rate) = 0;

  // Imports. A record with an `import_key` the store holds already is not added again: the
  // add_* methods then return 0. `add_time_entries` adds many at once and returns how many
  // were new.
  virtual std::size_t add_time_entries(const std::vector<TimeEntry>& entries) = 0;
  virtual Id add_source(const ImportSource& source) = 0;
  virtual void update_source(const ImportSource& source) = 0;  // counts and seen_at
  virtual std::vector<ImportSource> sources() const = 0;       // oldest first
  virtual std::optional<ImportSource> source(Id id) const = 0;
  // Removes what an import added, reopens appointments it cancelled, removes the clients it
  // created that have nothing else left, and marks it undone. Returns what was removed.
  virtual std::map<std::string, std::int64_t> undo_source(Id id, Instant now) = 0;
  virtual void mark_client_created_by(Id client_id, Id source_id) = 0;
  virtual std::optional<Appointment> appointment_by_import_key(std::int64_t key) const = 0;
  virtual void remove_payment(Id id) = 0;

  virtual Id add_message(const Message& message) = 0;
  virtual std::size_t add_messages(const std::vector<Message>& messages) = 0;  // how many new
  // Oldest first; without a client, those of every client.
  virtual std::vector<Message> messages(std::optional<Id> client_id, Date since) const = 0;

  virtual Id add_bank_credit(const BankCredit& credit) = 0;
  virtual std::vector<BankCredit> bank_credits(bool unassigned_only) const = 0;
  virtual std::optional<BankCredit> bank_credit(Id id) const = 0;
  virtual void assign_bank_credit(Id credit_id, Id payment_id) = 0;
  // The bank returned the credit: its payment is removed, and the return's key kept.
  virtual void reverse_bank_credit(Id credit_id, std::int64_t reversal_key) = 0;
  virtual bool bank_reversal_known(std::int64_t reversal_key) const = 0;

  // IBAN → client, learnt from assigned credits; a later assignment of the IBAN replaces it.
  virtual std::map<std::string, Id> payer_accounts() const = 0;
  virtual void save_payer_account(const std::string& iban, Id client_id) = 0;

  virtual std::vector<ImportProfile> import_profiles() const = 0;
  virtual void save_import_profile(const ImportProfile& profile) = 0;

  // Settings as stored (normalised text); keys not set are absent.
  virtual std::map<std::string, std::string> settings() const = 0;
  virtual void set_setting(const std::string& key, const std::string& value) = 0;
  virtual void remove_setting(const std::string& key) = 0;
};

}  // namespace rapport
