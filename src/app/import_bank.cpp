// SPDX-License-Identifier: GPL-3.0-or-later
// Bank statements: incoming credits matched to open invoices (by the invoice number in the
// purpose, then by amount and payer), returns of credits, and assigning the rest by hand.
#include <algorithm>
#include <unordered_map>

#include "app/clients.hpp"
#include "app/import_job.hpp"
#include "app/invoices.hpp"
#include "core/error.hpp"
#include "core/money.hpp"
#include "core/text.hpp"
#include "i18n/i18n.hpp"
#include "importers/keys.hpp"

namespace rapport {
namespace {

using importers::BankEntry;

struct OpenInvoice {
  Invoice invoice;
  Cents outstanding = 0;
  std::string key;  // the number in upper case, letters and digits only
};

std::string number_key(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) out += c;
  }
  return out;
}

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// Whether the invoice number stands in the purpose on its own: "RE2026014" is not found in
// "RE20260145", and "14" not in "2014".
bool names_number(const std::string& purpose, const std::string& number) {
  if (number.size() < 3) return false;
  for (auto at = purpose.find(number); at != std::string::npos; at = purpose.find(number, at + 1)) {
    bool before = at == 0 || !(is_digit(purpose[at - 1]) && is_digit(number.front()));
    std::size_t end = at + number.size();
    bool after = end == purpose.size() || !(is_digit(purpose[end]) && is_digit(number.back()));
    if (before && after) return true;
  }
  return false;
}

std::vector<OpenInvoice> open_invoices(const Context& ctx) {
  std::vector<OpenInvoice> open;
  for (const auto& v : invoice_views(ctx.store, std::nullopt, InvoiceFilter::all, ctx.today()))
    if (v.invoice.status == InvoiceStatus::open && v.outstanding > 0)
      open.push_back({v.invoice, v.outstanding, number_key(v.invoice.number)});
  std::sort(open.begin(), open.end(), [](const auto& a, const auto& b) {
    return a.invoice.issue_date < b.invoice.issue_date;
  });
  return open;
}

struct Match {
  std::optional<Id> client;
  std::vector<std::pair<OpenInvoice*, Cents>> invoices;  // what each pays
  std::string reason;
};

Match match_credit(const BankEntry& e, std::vector<OpenInvoice>& open, const ClientMatcher& matcher,
                   const std::map<std::string, Id>& accounts, const std::string& currency) {
  Match m;
  std::string purpose = number_key(e.remittance);
  std::vector<OpenInvoice*> named;
  for (auto& o : open)
    if (o.outstanding > 0 && names_number(purpose, o.key)) named.push_back(&o);
  if (!named.empty()) {
    Cents sum = 0;
    for (auto* o : named) sum += o->outstanding;
    if (named.size() > 1 && sum == e.amount) {
      for (auto* o : named) m.invoices.emplace_back(o, o->outstanding);
      m.client = named.front()->invoice.client_id;
      std::string numbers;
      for (auto* o : named) numbers += (numbers.empty() ? "" : ", ") + o->invoice.number;
      m.reason = trf("invoice numbers {} in the purpose, together the amount", numbers);
      return m;
    }
    OpenInvoice* best = named.front();
    for (auto* o : named)
      if (o->outstanding == e.amount) best = o;
    m.client = best->invoice.client_id;
    m.invoices.emplace_back(best, e.amount);
    m.reason = trf("invoice number {} in the purpose", best->invoice.number);
    return m;
  }
  std::optional<Id> payer;
  std::string how = trf("payer \"{}\"", e.name);
  if (auto account = accounts.find(e.iban); !e.iban.empty() && account != accounts.end()) {
    payer = account->second;  // an account this client paid from before
    how = trf("account {}", e.iban);
  }
  if (!payer && !e.name.empty()) payer = matcher.by_name(e.name);
  if (!payer && !e.name.empty()) payer = matcher.in_text(e.name);
  if (payer) {
    m.client = payer;
    std::vector<OpenInvoice*> theirs;
    for (auto& o : open)
      if (o.invoice.client_id == *payer && o.outstanding > 0) theirs.push_back(&o);
    for (auto* o : theirs)
      if (o->outstanding == e.amount) {
        m.invoices.emplace_back(o, e.amount);
        m.reason = trf("amount and {}", how);
        return m;
      }
    if (theirs.size() == 1 && theirs.front()->outstanding > e.amount) {
      m.invoices.emplace_back(theirs.front(), e.amount);
      m.reason = trf("{0}, part of the only open invoice {1}", how, theirs.front()->invoice.number);
      return m;
    }
    m.reason =
        trf("{0} is known, but no open invoice of {1} fits", how, format_money(e.amount, currency));
    m.client.reset();
    return m;
  }
  std::vector<OpenInvoice*> same_amount;
  for (auto& o : open)
    if (o.outstanding == e.amount) same_amount.push_back(&o);
  if (same_amount.size() == 1) {
    m.reason = trf("no invoice number and unknown payer; invoice {} has the same amount",
                   same_amount.front()->invoice.number);
  } else {
    m.reason = tr("no invoice number in the purpose and the payer is unknown");
  }
  return m;
}

}  // namespace

namespace imports {

void import_bank(Job& job, const std::vector<BankEntry>& entries) {
  auto& ctx = job.ctx;
  std::vector<OpenInvoice> open = open_invoices(ctx);
  std::map<std::string, Id> accounts = ctx.store.payer_accounts();
  auto names = client_names(ctx.store);
  std::unordered_map<std::int64_t, int> twins;
  std::int64_t credits = 0, payments = 0;
  for (const auto& e : entries) {
    ++job.out.rows;
    if (!e.credit && !e.reversal) {
      ++job.out.skipped;  // money going out is no client's payment
      continue;
    }
    if (e.credit && e.reversal) {
      ++job.out.skipped;  // a returned debit of the user's
      continue;
    }
    std::int64_t content =
        importers::import_key({"bank", iso_date(e.booked_on), std::to_string(e.amount), e.name,
                               e.iban, e.remittance, e.reference, e.reversal ? "R" : "C"});
    int twin = twins[content]++;
    std::int64_t key =
        twin == 0 ? content
                  : importers::import_key({"twin", std::to_string(content), std::to_string(twin)});
    if (e.reversal) {
      // The bank took a credit back: find it (same amount, same purpose or reference, booked
      // before) and remove its payment.
      if (ctx.store.bank_reversal_known(key)) {
        ++job.out.known;
        continue;
      }
      std::optional<BankCredit> original;
      for (const auto& c : ctx.store.bank_credits(false))
        if (c.amount == e.amount && !c.reversed_by && c.booked_on <= e.booked_on &&
            ((!e.reference.empty() && c.remittance.find(e.reference) != std::string::npos) ||
             c.remittance == e.remittance || (!e.iban.empty() && c.iban == e.iban)))
          original = c;
      CreditMatch r;
      r.reversal = true;
      r.credit.booked_on = e.booked_on;
      r.credit.amount = e.amount;
      r.credit.payer = e.name;
      r.credit.remittance = e.remittance;
      if (!original) {
        r.reason = tr("a returned credit, but the credit it returns is not in rapport");
        job.out.credits.push_back(std::move(r));
        ++job.out.skipped;
        continue;
      }
      std::optional<Payment> payment;
      if (original->payment_id)
        for (const auto& p : ctx.store.payments(std::nullopt))
          if (p.id == *original->payment_id) payment = p;
      ctx.store.reverse_bank_credit(original->id, key);
      if (payment && payment->invoice_id) {
        // The invoice is open again if what is left no longer covers it.
        if (auto inv = ctx.store.invoice(*payment->invoice_id);
            inv && inv->status == InvoiceStatus::paid) {
          inv->status = InvoiceStatus::open;
          ctx.store.update_invoice(*inv);
          r.invoice = inv->number;
        }
      }
      if (payment) r.client = names[payment->client_id];
      r.reason = tr("returned by the bank: its payment was removed");
      job.out.credits.push_back(std::move(r));
      ++job.out.updated;
      continue;
    }
    BankCredit credit;
    credit.booked_on = e.booked_on;
    credit.amount = e.amount;
    credit.payer = e.name;
    credit.iban = e.iban;
    credit.remittance = e.remittance;
    credit.source = job.tag;
    credit.import_key = key;
    credit.id = ctx.store.add_bank_credit(credit);
    if (credit.id == 0) {
      ++job.out.known;
      continue;
    }
    ++credits;
    CreditMatch r;
    r.credit = credit;
    Match m = match_credit(e, open, job.matcher, accounts, ctx.settings.currency);
    if (job.forced && m.client != job.forced->id) {
      // --client: the credit is that client's, whatever it looked like.
      m.invoices.clear();
      m.client = job.forced->id;
      m.reason = tr("--client");
    }
    r.reason = m.reason;
    if (m.client) {
      r.client = names.count(*m.client) ? names[*m.client] : job.forced->name;
      std::vector<std::pair<OpenInvoice*, Cents>> parts = m.invoices;
      if (parts.empty()) parts.emplace_back(nullptr, e.amount);
      Id first_payment = 0;
      for (std::size_t i = 0; i < parts.size(); ++i) {
        Payment p;
        p.client_id = *m.client;
        p.date = e.booked_on;
        p.amount = parts[i].second;
        p.reference = e.remittance.substr(0, 140);
        p.source = job.tag;
        p.import_key =
            i == 0 ? key : importers::import_key({"part", std::to_string(key), std::to_string(i)});
        if (parts[i].first) {
          p.invoice_id = parts[i].first->invoice.id;
          parts[i].first->outstanding -= parts[i].second;
          r.invoice = r.invoice ? *r.invoice + ", " + parts[i].first->invoice.number
                                : parts[i].first->invoice.number;
        }
        p = record_payment(ctx, p);
        if (i == 0) first_payment = p.id;
        ++payments;
      }
      ctx.store.assign_bank_credit(credit.id, first_payment);
      r.assigned = true;
      r.credit.payment_id = first_payment;
    }
    job.out.credits.push_back(std::move(r));
  }
  if (credits) job.out.added["bank_credits"] = credits;
  if (payments) job.out.added["payments"] = payments;
}

}  // namespace imports

std::vector<BankCredit> unassigned_credits(const Store& store) {
  return store.bank_credits(true);
}

Payment assign_credit(Context& ctx, Id credit_id, const std::optional<std::string>& invoice_number,
                      const std::optional<std::string>& client_ref) {
  if (!invoice_number && !client_ref)
    throw usage_error(tr("Give the invoice it pays (--invoice) or the client (--client)."));
  Payment p;
  ctx.store.transaction([&] {
    auto credit = ctx.store.bank_credit(credit_id);
    if (!credit)
      throw data_error(trf("There is no bank credit with id {}.", credit_id),
                       tr("\"rapport payment assign\" lists the credits waiting."));
    if (credit->payment_id || credit->reversed_by)
      throw data_error(trf("Bank credit {} is assigned already.", credit_id));
    std::optional<Invoice> inv;
    if (invoice_number) inv = find_invoice_by_number(ctx.store, *invoice_number);
    Client client =
        client_ref ? resolve_client(ctx.store, *client_ref) : *ctx.store.client(inv->client_id);
    if (inv && inv->client_id != client.id)
      throw data_error(trf("--invoice: invoice {0} belongs to another client, not to \"{1}\".",
                           inv->number, client.name));
    if (inv && inv->status == InvoiceStatus::cancelled)
      throw data_error(trf("--invoice: invoice {} is voided.", inv->number));
    p.client_id = client.id;
    if (inv) p.invoice_id = inv->id;
    p.date = credit->booked_on;
    p.amount = credit->amount;
    p.reference = credit->remittance.substr(0, 140);
    p.source = credit->source;  // undone with the statement it came from
    p = imports::record_payment(ctx, p);
    ctx.store.assign_bank_credit(credit_id, p.id);
    // The account and the payer's name are kept: the next credit from them is matched.
    if (!credit->iban.empty()) ctx.store.save_payer_account(credit->iban, client.id);
    if (!credit->payer.empty() && !ClientMatcher({client}).by_name(credit->payer)) {
      bool taken = ClientMatcher(ctx.store.clients()).by_name(credit->payer).has_value();
      if (!taken) {
        client.aliases.push_back(credit->payer);
        ctx.store.update_client(client);
      }
    }
  });
  return p;
}

}  // namespace rapport
