// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <memory>
#include <optional>
#include <string>

#include "store/store.hpp"

namespace SQLite {
class Database;
}

namespace rapport::sqlite {

// The Store on an embedded SQLite database: WAL, foreign keys on, numbered migrations.
class SqliteStore final : public Store {
 public:
  // Opens (and creates) the database file and migrates it up to `up_to_version`
  // (default: the latest).
  explicit SqliteStore(const std::string& path, std::optional<int> up_to_version = std::nullopt);
  ~SqliteStore() override;

  void transaction(const std::function<void()>& work) override;
  void bulk_transaction(const std::function<void()>& work) override;
  void read_transaction(const std::function<void()>& work) const override;
  int schema_version() const override;

  Id add_client(const Client& client) override;
  void update_client(const Client& client) override;
  void remove_client(Id id) override;
  std::optional<Client> client(Id id) const override;
  std::vector<Client> clients() const override;

  Id add_agreement(const Agreement& agreement) override;
  void update_agreement(const Agreement& agreement) override;
  std::optional<Agreement> agreement(Id id) const override;
  std::vector<Agreement> agreements(std::optional<Id> client_id) const override;

  Id add_fact(const Fact& fact) override;
  void update_fact(const Fact& fact) override;
  void remove_fact(Id id) override;
  std::optional<Fact> fact(Id id) const override;
  std::vector<Fact> facts(const FactQuery& query) const override;

  Id add_time_entry(const TimeEntry& entry) override;
  std::vector<TimeEntry> time_entries(std::optional<Id> client_id) const override;

  Id add_invoice(const Invoice& invoice) override;
  void update_invoice(const Invoice& invoice) override;
  std::optional<Invoice> invoice(Id id) const override;
  std::optional<Invoice> invoice_by_number(const std::string& number) const override;
  std::vector<Invoice> invoices(std::optional<Id> client_id) const override;

  Id add_payment(const Payment& payment) override;
  std::vector<Payment> payments(std::optional<Id> client_id) const override;

  Id add_appointment(const Appointment& appointment) override;
  void update_appointment(const Appointment& appointment) override;
  std::optional<Appointment> appointment(Id id) const override;
  std::vector<Appointment> appointments(std::optional<Id> client_id) const override;

  std::map<Id, std::map<DateRange, TimeTotals>> time_totals(
      const std::vector<DateRange>& ranges, std::optional<Id> client_id) const override;
  std::map<Id, Minutes> agreement_minutes(std::optional<Id> client_id) const override;
  std::vector<InvoiceLedger> invoice_ledger(Date since, std::optional<Id> client_id) const override;
  Cents revenue_between(const DateRange& range) const override;

  std::optional<std::vector<Threshold>> thresholds() const override;
  void replace_thresholds(const std::vector<Threshold>& rules) override;
  void reset_thresholds() override;

  std::map<Id, CheckRecord> check_records() const override;
  void save_check_records(const std::map<Id, CheckRecord>& records) override;

  std::vector<DecisionItem> decision_items(Id client_id) const override;
  Id save_decision_item(Id client_id, const DecisionItem& item) override;
  bool remove_decision_item(Id client_id, const std::string& text) override;
  std::vector<ChangeAnswer> change_answers(Id client_id) const override;
  void set_change_answer(Id client_id, const ChangeAnswer& answer) override;
  Id add_decision(const DecisionRecord& decision) override;
  std::vector<DecisionRecord> decisions(Id client_id) const override;

  Id add_conversation(const Conversation& conversation) override;
  std::vector<Conversation> conversations(std::optional<Id> client_id) const override;
  std::map<Metric, std::string> topic_wishes(Id client_id) const override;
  void set_topic_wish(Id client_id, Metric metric, const std::string& wish) override;

  std::vector<law::BaseRate> base_rates() const override;
  void add_base_rate(const law::BaseRate& rate) override;

  std::size_t add_time_entries(const std::vector<TimeEntry>& entries) override;
  Id add_source(const ImportSource& source) override;
  void update_source(const ImportSource& source) override;
  std::vector<ImportSource> sources() const override;
  std::optional<ImportSource> source(Id id) const override;
  std::map<std::string, std::int64_t> undo_source(Id id, Instant now) override;
  void mark_client_created_by(Id client_id, Id source_id) override;
  std::optional<Appointment> appointment_by_import_key(std::int64_t key) const override;
  void remove_payment(Id id) override;
  Id add_message(const Message& message) override;
  std::size_t add_messages(const std::vector<Message>& messages) override;
  std::vector<Message> messages(std::optional<Id> client_id, Date since) const override;
  Id add_bank_credit(const BankCredit& credit) override;
  std::vector<BankCredit> bank_credits(bool unassigned_only) const override;
  std::optional<BankCredit> bank_credit(Id id) const override;
  void assign_bank_credit(Id credit_id, Id payment_id) override;
  void reverse_bank_credit(Id credit_id, std::int64_t reversal_key) override;
  bool bank_reversal_known(std::int64_t reversal_key) const override;
  std::map<std::string, Id> payer_accounts() const override;
  void save_payer_account(const std::string& iban, Id client_id) override;
  std::vector<ImportProfile> import_profiles() const override;
  void save_import_profile(const ImportProfile& profile) override;

  std::map<std::string, std::string> settings() const override;
  void set_setting(const std::string& key, const std::string& value) override;
  void remove_setting(const std::string& key) override;

 private:
  void migrate(int up_to_version);
  void run_transaction(const char* begin, const std::function<void()>& work) const;
  std::vector<Fact> fact_signals(std::optional<Date> since) const;
  void write_handles(const Client& client);
  void insert_time_rows(const std::vector<TimeEntry>& entries);
  void add_time_rollups(const std::vector<TimeEntry>& entries);
  void add_time_rollups_since(std::int64_t last_id);
  void write_scope(const Agreement& agreement);
  std::vector<Client> select_clients(const std::string& where, std::optional<Id> id) const;
  std::vector<Agreement> select_agreements(const std::string& where, std::optional<Id> id) const;
  void add_time_sums(const std::string& sql, const std::string& from, const std::string& to,
                     std::optional<Id> client_id, const DateRange& range,
                     std::map<Id, std::map<DateRange, TimeTotals>>& out) const;

  std::string path_;
  std::unique_ptr<SQLite::Database> db_;
  mutable int transaction_depth_ = 0;
};

// Reads one setting if the file is a rapport database; never creates or migrates.
std::optional<std::string> peek_setting(const std::string& path, const std::string& key);

}  // namespace rapport::sqlite
