// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How entities look on the terminal; shared by the commands that show them.
#include <string>
#include <vector>

#include "app/health.hpp"
#include "app/invoices.hpp"
#include "app/overview.hpp"
#include "cli/output.hpp"

namespace rapport::cli {

std::string yes_no(bool value);
std::string state_line(const ClientSummary& s, const std::string& currency);
std::string appointment_when(const Appointment& a);

std::string trend_arrow(Trend t);
Colour band_colour(Band b);

void print_client_table(Output& out, const std::vector<ClientSummary>& summaries,
                        const std::string& currency);
void print_client(Output& out, const Client& c);
void print_agreement(Output& out, const Agreement& a, const std::string& client_name, Date today,
                     const std::string& currency);
void print_agreement_table(Output& out, const Store& store,
                           const std::vector<Agreement>& agreements, Date today,
                           const std::string& currency);
void print_fact_table(Output& out, const std::vector<Fact>& facts);
void print_invoice_table(Output& out, const Store& store, const std::vector<InvoiceView>& views,
                         const std::string& currency);

}  // namespace rapport::cli
