// SPDX-License-Identifier: GPL-3.0-or-later
#include <pugixml.hpp>

#include <algorithm>

#include "core/error.hpp"
#include "core/text.hpp"
#include "i18n/i18n.hpp"
#include "importers/bank.hpp"
#include "importers/values.hpp"

namespace rapport::importers {
namespace {

// pugixml knows no namespaces: elements are compared by their local name, so that
// <Ntry> and <ns2:Ntry> are the same.
std::string_view local_name(const pugi::xml_node& n) {
  std::string_view name = n.name();
  auto colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

pugi::xml_node child(const pugi::xml_node& n, std::string_view name) {
  for (auto c : n.children())
    if (c.type() == pugi::node_element && local_name(c) == name) return c;
  return {};
}

std::vector<pugi::xml_node> children(const pugi::xml_node& n, std::string_view name) {
  std::vector<pugi::xml_node> out;
  for (auto c : n.children())
    if (c.type() == pugi::node_element && local_name(c) == name) out.push_back(c);
  return out;
}

// The node at a path of local names, e.g. {"RltdPties", "Dbtr", "Nm"}.
pugi::xml_node at(pugi::xml_node n, std::initializer_list<std::string_view> path) {
  for (auto step : path) {
    if (!n) return {};
    n = child(n, step);
  }
  return n;
}

std::string text_of(const pugi::xml_node& n) {
  return n ? std::string(text::trim(n.text().get())) : std::string();
}

class Lines {
 public:
  explicit Lines(std::string_view text) : text_(text) {}
  std::size_t of(const pugi::xml_node& n) const {
    auto offset = static_cast<std::size_t>(std::max<std::ptrdiff_t>(0, n.offset_debug()));
    offset = std::min(offset, text_.size());
    return 1 + static_cast<std::size_t>(std::count(
                   text_.begin(), text_.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
  }

 private:
  std::string_view text_;
};

// The payer's name: <Dbtr><Nm> up to version 07, <Dbtr><Pty><Nm> from 08; for a debit the
// creditor. The ultimate party is a fallback.
std::string party_name(const pugi::xml_node& tx, bool credit) {
  auto parties = child(tx, "RltdPties");
  const char* role = credit ? "Dbtr" : "Cdtr";
  for (auto name : {at(parties, {role, "Nm"}), at(parties, {role, "Pty", "Nm"}),
                    at(parties, {credit ? "UltmtDbtr" : "UltmtCdtr", "Nm"}),
                    at(parties, {credit ? "UltmtDbtr" : "UltmtCdtr", "Pty", "Nm"})})
    if (name) return text_of(name);
  return {};
}

}  // namespace

std::vector<BankEntry> read_camt053(std::string_view xml, const std::string& file) {
  pugi::xml_document doc;
  auto parsed = doc.load_buffer(xml.data(), xml.size(), pugi::parse_default, pugi::encoding_utf8);
  Lines lines(xml);
  if (!parsed) {
    std::size_t line =
        1 + static_cast<std::size_t>(std::count(
                xml.begin(),
                xml.begin() + std::min<std::ptrdiff_t>(parsed.offset,
                                                       static_cast<std::ptrdiff_t>(xml.size())),
                '\n'));
    throw data_error(trf("{0}:{1}: the XML cannot be read: {2}.", file, line, parsed.description()),
                     tr("Download the statement from the bank again."));
  }
  auto statement_root = child(child(doc, "Document"), "BkToCstmrStmt");
  if (!statement_root)
    throw data_error(trf("{}: this is no CAMT.053 bank statement (no BkToCstmrStmt).", file),
                     tr("Export the statement as CAMT.053 (XML) or MT940 from online banking."));
  std::vector<BankEntry> entries;
  for (const auto& stmt : children(statement_root, "Stmt")) {
    for (const auto& ntry : children(stmt, "Ntry")) {
      // Only booked entries: pending or informational ones may still change.
      std::string status = text_of(child(ntry, "Sts"));
      if (status.empty()) status = text_of(at(ntry, {"Sts", "Cd"}));
      if (!status.empty() && status != "BOOK") continue;
      auto fail = [&](const pugi::xml_node& n, std::string_view element, ValueKind kind) {
        bad_value(file, lines.of(n ? n : ntry), element, text_of(n), kind);
      };
      BankEntry base;
      base.line = lines.of(ntry);
      std::string indicator = text_of(child(ntry, "CdtDbtInd"));
      if (indicator != "CRDT" && indicator != "DBIT")
        bad_value(file, base.line, "CdtDbtInd", indicator, ValueKind::text);
      base.credit = indicator == "CRDT";
      base.reversal = text::fold_case(text_of(child(ntry, "RvslInd"))) == "true";
      auto booked = at(ntry, {"BookgDt", "Dt"});
      if (!booked) booked = at(ntry, {"BookgDt", "DtTm"});
      if (!booked) booked = at(ntry, {"ValDt", "Dt"});
      auto day = read_date(text_of(booked));
      if (!day) fail(booked, "BookgDt", ValueKind::date);
      base.booked_on = *day;
      auto amount_node = child(ntry, "Amt");
      auto amount = read_signed_amount(text_of(amount_node));
      if (!amount || *amount < 0) fail(amount_node, "Amt", ValueKind::amount);
      base.amount = *amount;
      base.reference = text_of(child(ntry, "AcctSvcrRef"));

      std::vector<pugi::xml_node> txs;
      for (const auto& details : children(ntry, "NtryDtls"))
        for (const auto& tx : children(details, "TxDtls")) txs.push_back(tx);
      if (txs.empty()) {
        base.remittance = text_of(child(ntry, "AddtlNtryInf"));
        entries.push_back(base);
        continue;
      }
      for (const auto& tx : txs) {
        BankEntry e = base;
        e.line = lines.of(tx);
        if (txs.size() > 1) {
          // A batch: each transaction has its own amount.
          auto tx_amount = child(tx, "Amt");
          if (!tx_amount) tx_amount = at(tx, {"AmtDtls", "TxAmt", "Amt"});
          if (!tx_amount) tx_amount = at(tx, {"AmtDtls", "InstdAmt", "Amt"});
          auto value = read_signed_amount(text_of(tx_amount));
          if (!value || *value < 0) fail(tx_amount, "Amt", ValueKind::amount);
          e.amount = *value;
        }
        if (auto own = child(tx, "CdtDbtInd"); own) e.credit = text_of(own) == "CRDT";
        e.name = party_name(tx, e.credit);
        auto account =
            at(child(tx, "RltdPties"), {e.credit ? "DbtrAcct" : "CdtrAcct", "Id", "IBAN"});
        e.iban = text_of(account);
        std::string purpose;
        for (const auto& line : children(child(tx, "RmtInf"), "Ustrd")) {
          if (!purpose.empty()) purpose += ' ';
          purpose.append(text_of(line));
        }
        if (purpose.empty()) purpose = text_of(at(tx, {"RmtInf", "Strd", "CdtrRefInf", "Ref"}));
        e.remittance = purpose;
        std::string end_to_end = text_of(at(tx, {"Refs", "EndToEndId"}));
        std::string tx_ref = text_of(at(tx, {"Refs", "AcctSvcrRef"}));
        if (!tx_ref.empty()) {
          e.reference = tx_ref;
        } else if (!end_to_end.empty() && end_to_end != "NOTPROVIDED") {
          e.reference = base.reference.empty() ? end_to_end : base.reference + "/" + end_to_end;
        }
        if (e.remittance.empty()) e.remittance = text_of(child(ntry, "AddtlNtryInf"));
        entries.push_back(std::move(e));
      }
    }
  }
  return entries;
}

}  // namespace rapport::importers
