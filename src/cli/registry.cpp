// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/registry.hpp"

#include "i18n/i18n.hpp"

namespace rapport::cli {

// Each command lives in its own file (src/cli/<path with _>.cpp) and defines one of these.
Runner define_client_add(CLI::App&);
Runner define_client_list(CLI::App&);
Runner define_client_show(CLI::App&);
Runner define_client_edit(CLI::App&);
Runner define_client_end(CLI::App&);
Runner define_client_remove(CLI::App&);
Runner define_agreement_add(CLI::App&);
Runner define_agreement_list(CLI::App&);
Runner define_agreement_show(CLI::App&);
Runner define_agreement_edit(CLI::App&);
Runner define_agreement_end(CLI::App&);
Runner define_log(CLI::App&);
Runner define_facts(CLI::App&);
Runner define_fact_edit(CLI::App&);
Runner define_fact_remove(CLI::App&);
Runner define_time_add(CLI::App&);
Runner define_time_list(CLI::App&);
Runner define_invoice_add(CLI::App&);
Runner define_invoice_list(CLI::App&);
Runner define_payment_add(CLI::App&);
Runner define_payment_list(CLI::App&);
Runner define_appointment_add(CLI::App&);
Runner define_appointment_list(CLI::App&);
Runner define_appointment_cancel(CLI::App&);
Runner define_settings_show(CLI::App&);
Runner define_settings_set(CLI::App&);
Runner define_demo(CLI::App&);
Runner define_status(CLI::App&);
Runner define_show(CLI::App&);
Runner define_check(CLI::App&);
Runner define_thresholds_list(CLI::App&);
Runner define_thresholds_set(CLI::App&);
Runner define_thresholds_remove(CLI::App&);
Runner define_thresholds_reset(CLI::App&);
Runner define_thresholds_edit(CLI::App&);
Runner define_thresholds_export(CLI::App&);
Runner define_thresholds_import(CLI::App&);
Runner define_decide(CLI::App&);
Runner define_decisions(CLI::App&);
Runner define_prep(CLI::App&);
Runner define_talk(CLI::App&);
Runner define_talks(CLI::App&);
Runner define_recap(CLI::App&);
Runner define_contract_end(CLI::App&);
Runner define_contract_letter(CLI::App&);
Runner define_invoice_interest(CLI::App&);
Runner define_dunning(CLI::App&);
Runner define_base_rate_list(CLI::App&);
Runner define_base_rate_add(CLI::App&);
Runner define_import(CLI::App&);
Runner define_sources(CLI::App&);
Runner define_sources_undo(CLI::App&);
Runner define_payment_assign(CLI::App&);

namespace {

constexpr CommandSpec kCommands[] = {
    {"status", TR_NOOP("How every relationship stands, worst first (the default)"), define_status},
    {"show", TR_NOOP("One relationship in depth: metrics, breached thresholds and their facts"),
     define_show},
    {"check",
     TR_NOOP("For cron: report what changed; exit 1 while a threshold to leave is breached"),
     define_check},
    {"decide", TR_NOOP("Love it, change it or leave it: weigh a relationship and decide"),
     define_decide},
    {"decisions", TR_NOOP("The decisions recorded for a client"), define_decisions},
    {"prep", TR_NOOP("Prepare a calm, factual conversation with a client"), define_prep},
    {"talk", TR_NOOP("Record a conversation, its agreements and its follow-up date"), define_talk},
    {"talks", TR_NOOP("The conversations recorded for a client"), define_talks},
    {"recap", TR_NOOP("Record a call and write the summary to send afterwards"), define_recap},
    {"contract", TR_NOOP("Leaving correctly: when and how an agreement can end (German law)"),
     nullptr},
    {"contract end",
     TR_NOOP("Every route to end an agreement, with dates, money, form and paragraphs"),
     define_contract_end},
    {"contract letter", TR_NOOP("Write a termination letter draft"), define_contract_letter},
    {"dunning", TR_NOOP("Write a payment reminder for a client's overdue invoices"),
     define_dunning},
    {"base-rate", TR_NOOP("Base rates for default interest (BGB § 247)"), nullptr},
    {"base-rate list", TR_NOOP("List the base rates rapport knows"), define_base_rate_list},
    {"base-rate add", TR_NOOP("Add a newer base rate"), define_base_rate_add},
    {"thresholds", TR_NOOP("Your pain thresholds: what you tolerate, address or leave"), nullptr},
    {"thresholds list", TR_NOOP("List the thresholds in force"), define_thresholds_list},
    {"thresholds set", TR_NOOP("Add or change a threshold"), define_thresholds_set},
    {"thresholds remove", TR_NOOP("Remove the thresholds of a metric"), define_thresholds_remove},
    {"thresholds reset", TR_NOOP("Go back to the shipped default thresholds"),
     define_thresholds_reset},
    {"thresholds edit", TR_NOOP("Edit the thresholds as a file in your editor"),
     define_thresholds_edit},
    {"thresholds export", TR_NOOP("Write the thresholds as a TOML file"), define_thresholds_export},
    {"thresholds import", TR_NOOP("Replace the thresholds with those of a TOML file"),
     define_thresholds_import},
    {"import",
     TR_NOOP("Read exports: time trackers, invoices, bank statements, calendars and mail"),
     define_import},
    {"sources", TR_NOOP("List what was imported, when and from which file"), define_sources},
    {"sources undo", TR_NOOP("Remove what one import added"), define_sources_undo},
    {"client", TR_NOOP("Record and look up clients"), nullptr},
    {"client add", TR_NOOP("Add a client"), define_client_add},
    {"client list", TR_NOOP("List the clients with a one-line state each"), define_client_list},
    {"client show", TR_NOOP("Show a client with agreements, money and recent facts"),
     define_client_show},
    {"client edit", TR_NOOP("Change a client's name, aliases, addresses, status, tags or notes"),
     define_client_edit},
    {"client end", TR_NOOP("Mark a client relationship as ended"), define_client_end},
    {"client remove", TR_NOOP("Delete a client and everything recorded for it"),
     define_client_remove},
    {"agreement", TR_NOOP("Record the agreements with a client"), nullptr},
    {"agreement add", TR_NOOP("Add an agreement (framework agreement, contract) for a client"),
     define_agreement_add},
    {"agreement list", TR_NOOP("List agreements"), define_agreement_list},
    {"agreement show", TR_NOOP("Show an agreement"), define_agreement_show},
    {"agreement edit", TR_NOOP("Change an agreement"), define_agreement_edit},
    {"agreement end", TR_NOOP("Mark an agreement as ended"), define_agreement_end},
    {"log", TR_NOOP("Record a fact about a client: what happened, not what it means"), define_log},
    {"facts", TR_NOOP("List the facts recorded for a client"), define_facts},
    {"fact", TR_NOOP("Correct or delete a recorded fact"), nullptr},
    {"fact edit", TR_NOOP("Correct a recorded fact"), define_fact_edit},
    {"fact remove", TR_NOOP("Delete a recorded fact"), define_fact_remove},
    {"time", TR_NOOP("Record the time you worked for a client"), nullptr},
    {"time add", TR_NOOP("Record time worked"), define_time_add},
    {"time list", TR_NOOP("List time entries"), define_time_list},
    {"invoice", TR_NOOP("Record invoices"), nullptr},
    {"invoice add", TR_NOOP("Record an invoice you wrote"), define_invoice_add},
    {"invoice list", TR_NOOP("List invoices with what is paid and what is overdue"),
     define_invoice_list},
    {"invoice interest",
     TR_NOOP("Default date, default interest, flat fee and limitation of an invoice"),
     define_invoice_interest},
    {"payment", TR_NOOP("Record payments"), nullptr},
    {"payment add", TR_NOOP("Record a payment received"), define_payment_add},
    {"payment list", TR_NOOP("List payments"), define_payment_list},
    {"payment assign", TR_NOOP("Assign an imported bank credit to an invoice or a client"),
     define_payment_assign},
    {"appointment", TR_NOOP("Record appointments and their cancellations"), nullptr},
    {"appointment add", TR_NOOP("Record an appointment"), define_appointment_add},
    {"appointment list", TR_NOOP("List appointments"), define_appointment_list},
    {"appointment cancel", TR_NOOP("Record that an appointment was cancelled, and by whom"),
     define_appointment_cancel},
    {"settings", TR_NOOP("Your rate, working hours, values, language and time zone"), nullptr},
    {"settings show", TR_NOOP("Show the settings"), define_settings_show},
    {"settings set", TR_NOOP("Change a setting"), define_settings_set},
    {"demo", TR_NOOP("Fill the database with the demo data set"), define_demo},
};

}  // namespace

std::span<const CommandSpec> command_table() {
  return kCommands;
}

}  // namespace rapport::cli
