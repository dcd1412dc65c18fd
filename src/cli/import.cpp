// SPDX-License-Identifier: GPL-3.0-or-later
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>

#include "app/imports.hpp"
#include "app/json.hpp"
#include "app/zone.hpp"
#include "cli/import_counts.hpp"
#include "cli/options.hpp"
#include "cli/prompt.hpp"
#include "cli/registry.hpp"
#include "cli/session.hpp"
#include "core/money.hpp"
#include "i18n/i18n.hpp"

namespace rapport::cli {
namespace {

// A bar on stderr once an import has run for a second, on a terminal only.
class ProgressBar {
 public:
  explicit ProgressBar(Output& out) : out_(out), shown_(isatty(STDERR_FILENO)) {}
  ~ProgressBar() {
    if (drawn_) out_.err() << "\r" << std::string(60, ' ') << "\r" << std::flush;
  }
  ProgressBar(const ProgressBar&) = delete;
  ProgressBar& operator=(const ProgressBar&) = delete;
  void update(double fraction) {
    if (!shown_) return;
    auto elapsed = std::chrono::steady_clock::now() - started_;
    if (elapsed < std::chrono::seconds{1}) return;
    int filled = static_cast<int>(std::clamp(fraction, 0.0, 1.0) * 40);
    out_.err() << "\r[" << std::string(static_cast<std::size_t>(filled), '#')
               << std::string(static_cast<std::size_t>(40 - filled), '.') << "] "
               << static_cast<int>(fraction * 100) << " %" << std::flush;
    drawn_ = true;
  }

 private:
  Output& out_;
  bool shown_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point started_ = std::chrono::steady_clock::now();
};

std::map<std::string, UnknownAnswer> ask_unknown(Output& out,
                                                 const std::vector<UnknownClient>& names) {
  std::map<std::string, UnknownAnswer> answers;
  for (const auto& u : names) {
    std::string shown = u.name.empty() ? tr("(no client)") : trf("\"{}\"", u.name);
    std::string answer =
        ask(out, trf("{0} ({1} rows) is no client of yours: c = create it, s = skip its rows, or "
                     "the name of the client it is:",
                     shown, u.rows));
    UnknownAnswer a;
    if (answer == "c" || answer == "create" || answer == "a" || answer == "anlegen") {
      a.action = UnknownAnswer::Action::create;
    } else if (answer.empty() || answer == "s" || answer == "skip" || answer == "ü" ||
               answer == "überspringen") {
      a.action = UnknownAnswer::Action::skip;
    } else {
      a.action = UnknownAnswer::Action::map;
      a.client = answer;
    }
    answers[u.name] = a;
  }
  return answers;
}

void report(Output& out, const ImportResult& r, const std::string& currency) {
  for (const auto& f : r.files) {
    std::string file = std::filesystem::path(f.file).filename().string();
    std::string line =
        trf("{0} ({1}): {2} read, {3} added", file, f.format, f.rows, counts_text(f.added));
    if (f.known) line += trf(", {} known already", f.known);
    if (f.updated) line += trf(", {} updated", f.updated);
    if (f.skipped) line += trf(", {} skipped", f.skipped);
    if (!r.dry_run) line += trf(" (import {})", f.source_id);
    out.done(line + ".");
    if (!f.created_clients.empty()) {
      std::string names;
      for (const auto& n : f.created_clients) names += (names.empty() ? "" : ", ") + n;
      out.line(trf("  New clients: {}", names));
    }
    if (f.no_client) {
      std::string examples;
      for (const auto& [what, n] : f.no_client_examples)
        examples += (examples.empty() ? "" : ", ") + trf("{0} ({1})", what, n);
      out.line(trf("  {0} of nobody rapport knows, not imported: {1}", f.no_client, examples));
    }
    Table matched(
        {tr("Booked"), tr("Amount"), tr("Payer"), tr("Client"), tr("Invoice"), tr("Why")});
    matched.indent(2);
    matched.right_align(1);
    Table waiting(
        {tr("Credit"), tr("Booked"), tr("Amount"), tr("Payer"), tr("Purpose text"), tr("Why not")});
    waiting.indent(2);
    waiting.right_align(2);
    for (const auto& c : f.credits) {
      if (c.assigned || c.reversal) {
        matched.add({format_date(c.credit.booked_on), format_money(c.credit.amount, currency),
                     c.credit.payer, c.client.value_or(""), c.invoice.value_or("–"), c.reason});
      } else {
        waiting.add({r.dry_run ? "–" : std::to_string(c.credit.id), format_date(c.credit.booked_on),
                     format_money(c.credit.amount, currency), c.credit.payer,
                     c.credit.remittance.substr(0, 40), c.reason});
      }
    }
    if (!matched.empty()) {
      out.line(tr("  Payments matched:"));
      matched.print(out);
    }
    if (!waiting.empty()) {
      out.line(tr("  Credits waiting for you (rapport payment assign CREDIT --invoice NUMBER):"));
      waiting.print(out);
    }
    for (const auto& v : f.vanished) {
      std::string when = format_date(to_local(v.appointment.start, v.appointment.zone).date);
      out.line(v.cancelled
                   ? trf("  \"{0}\" with {1} on {2} is gone from the calendar: recorded as "
                         "cancelled by {3} at the latest.",
                         v.appointment.title, v.client, when,
                         format_date(to_local(v.last_seen, v.appointment.zone).date))
                   : trf("  \"{0}\" with {1} on {2} is gone from the calendar; run the import "
                         "again with --yes to record it as cancelled.",
                         v.appointment.title, v.client, when));
    }
  }
  if (r.dry_run) out.done(tr("Dry run: nothing was written."));
}

}  // namespace

Runner define_import(CLI::App& cmd) {
  struct Options {
    std::vector<std::string> args;
    TextOption client, map, profile, cancelled_by;
    bool dry_run = false, create_missing = false, keep_subjects = false;
  };
  auto o = std::make_shared<Options>();
  std::string formats;
  for (const auto& f : import_formats()) formats += (formats.empty() ? "" : ", ") + f;
  cmd.add_option(
         "[FORMAT] FILE", o->args,
         trf("The format (one of {}; default auto) and the files or Maildir folders", formats))
      ->required();
  add_text(cmd, "--client", o->client, tr("Everything in the files belongs to this client"),
           tr("CLIENT"));
  add_text(cmd, "--map", o->map,
           tr("The columns of a CSV file, e.g. date=Datum,hours=Stunden,client=Kunde"),
           tr("FIELD=COLUMN,..."));
  add_text(cmd, "--profile", o->profile,
           tr("A saved mapping (with --map: save it under this name); shipped: lexoffice, "
              "sevdesk, kimai-invoices"),
           tr("NAME"));
  add_text(cmd, "--cancelled-by", o->cancelled_by,
           tr("Who cancelled the cancelled calendar events: client or me (default: the client, "
              "unless you organised the event)"),
           "client|me");
  cmd.add_flag("--dry-run", o->dry_run, tr("Show what would change, and change nothing"));
  cmd.add_flag("--create-missing", o->create_missing,
               tr("Add the clients the files name that rapport does not know"));
  cmd.add_flag("--keep-subjects", o->keep_subjects,
               tr("Keep the subjects of mail (bodies are never kept)"));
  return [o](Session& s) {
    Context& ctx = s.context();
    ImportRequest request;
    std::vector<std::string> files = o->args;
    const auto& known = import_formats();
    if (files.size() > 1 && std::find(known.begin(), known.end(), files.front()) != known.end() &&
        !std::filesystem::exists(files.front())) {
      request.format = files.front();
      files.erase(files.begin());
    }
    request.files = files;
    request.client = text_of(o->client);
    request.map = text_of(o->map);
    request.profile = text_of(o->profile);
    if (auto by = text_of(o->cancelled_by))
      request.cancelled_by = parse_party(*by, "--cancelled-by");
    request.dry_run = o->dry_run;
    request.create_missing = o->create_missing;
    request.keep_subjects = o->keep_subjects;
    request.yes = s.options().yes;
    ProgressBar bar(s.out());
    request.progress = [&bar](double f) { bar.update(f); };
    if (can_ask() && !s.options().yes && !s.options().json) {
      request.ask_unknown = [&s](const std::vector<UnknownClient>& names) {
        return ask_unknown(s.out(), names);
      };
      request.ask_vanished = [&s](const VanishedEvent& v) {
        std::string answer =
            ask(s.out(), trf("\"{0}\" with {1} on {2} is gone from the calendar. Was it cancelled? "
                             "[y/N]",
                             v.appointment.title, v.client,
                             format_date(to_local(v.appointment.start, v.appointment.zone).date)));
        return answer == "y" || answer == "yes" || answer == "j" || answer == "ja";
      };
    }
    ImportResult result = import_files(ctx, request);
    if (s.options().json) {
      s.out().print_json(to_json(result, ctx.zone()));
      return 0;
    }
    report(s.out(), result, ctx.settings.currency);
    return 0;
  };
}

}  // namespace rapport::cli
