// SPDX-License-Identifier: GPL-3.0-or-later
// `rapport import`: finding each file's format, one transaction for all files, unknown
// clients (asked, created or refused), dry runs; and the list and undo of sources.
#include <algorithm>
#include <filesystem>
#include <fstream>

#include "app/clients.hpp"
#include "app/import_job.hpp"
#include "app/zone.hpp"
#include "core/error.hpp"
#include "core/text.hpp"
#include "i18n/i18n.hpp"
#include "importers/charset.hpp"
#include "importers/mail.hpp"

namespace rapport {
namespace {

using namespace importers;

const std::vector<std::string> kFormats = {"auto",    "toggl", "clockify", "kimai",
                                           "harvest", "csv",   "camt053",  "mt940",
                                           "ics",     "mbox",  "maildir"};

// Thrown inside the transaction to roll it back.
struct DryRunDone {};
struct UnknownNames {};

std::string head_of(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::string head(4096, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  return head;
}

bool has_line_starting(std::string_view text, std::string_view prefix) {
  for (std::size_t at = 0; at < text.size();) {
    if (text.substr(at).starts_with(prefix)) return true;
    auto nl = text.find('\n', at);
    if (nl == std::string_view::npos) break;
    at = nl + 1;
  }
  return false;
}

// The format of one file: given, or found from its name and first bytes.
std::string format_of(const std::string& path, const ImportRequest& request) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::exists(path, ec))
    throw Error(ErrorCode::no_input, trf("{} does not exist.", path),
                tr("Check the path; \"rapport import --help\" lists the formats."));
  if (request.format != "auto") return request.format;
  if (fs::is_directory(path, ec)) {
    if (is_maildir(path)) return "maildir";
    throw usage_error(
        trf("{} is a directory but no Maildir (it has neither cur/ nor new/).", path));
  }
  if (request.map || request.profile) return "csv";
  std::string head = head_of(path);
  std::string_view text = strip_bom(head);
  std::string ext = text::fold_case(fs::path(path).extension().string());
  if (text.find("BEGIN:VCALENDAR") != std::string_view::npos || ext == ".ics") return "ics";
  if (text.find("BkToCstmrStmt") != std::string_view::npos ||
      text.find("camt.053") != std::string_view::npos)
    return "camt053";
  if (text.starts_with("From ") || ext == ".mbox") return "mbox";
  if (has_line_starting(text, ":20:") || has_line_starting(text, ":60F:") || ext == ".sta" ||
      ext == ".mt940")
    return "mt940";
  return "csv";
}

// The columns of a CSV file: from the named export, a mapping, a profile, or its header.
ColumnMap columns_of(Context& ctx, const ImportRequest& request, const std::string& format,
                     const CsvReader& csv) {
  auto missing = [&](std::string_view what) {
    std::string list;
    for (const auto& h : csv.header()) list += (list.empty() ? "\"" : ", \"") + h + "\"";
    return data_error(
        trf("{0}: the columns do not look like {1}; the file has {2}.", csv.name(), what, list),
        tr("Give the format, or map the columns once: --map date=Datum,hours=Stunden,"
           "client=Kunde --profile NAME (then --profile NAME next time)."));
  };
  if (request.map) {
    ColumnMap map = parse_mapping(*request.map, csv);
    if (request.profile)
      ctx.store.save_import_profile(
          {*request.profile, map.kind == TableKind::time ? "time" : "invoices", *request.map});
    return map;
  }
  if (request.profile) {
    if (const auto* known = find_table_format(*request.profile)) {
      if (auto map = match_format(*known, csv)) return *map;
      throw missing(*request.profile);
    }
    for (const auto& p : ctx.store.import_profiles())
      if (text::fold_case(p.name) == text::fold_case(*request.profile))
        return parse_mapping(p.mapping, csv);
    throw usage_error(trf("--profile: there is no mapping called \"{}\".", *request.profile),
                      tr("Save one with --map … --profile NAME; lexoffice, sevdesk and "
                         "kimai-invoices are shipped."));
  }
  if (format != "csv") {
    const auto* known = find_table_format(format);
    if (auto map = known ? match_format(*known, csv) : std::nullopt) return *map;
    if (format == "kimai")
      if (auto map = match_format(*find_table_format("kimai-invoices"), csv)) return *map;
    throw missing(format);
  }
  if (auto map = detect_table(csv)) return *map;
  for (const auto& p : ctx.store.import_profiles()) {
    try {
      return parse_mapping(p.mapping, csv);
    } catch (const Error&) {
      // Not this profile's columns; try the next one.
    }
  }
  throw missing(tr("an export rapport knows"));
}

void import_file(imports::Job& job, const std::string& format) {
  const std::string& path = job.out.file;
  if (format == "camt053" || format == "mt940") {
    std::string text = read_text_file(path);
    auto entries = format == "camt053" ? read_camt053(text, path) : read_mt940(text, path);
    imports::import_bank(job, entries);
  } else if (format == "ics") {
    std::string text = read_text_file(path);
    Instant horizon = to_instant(job.ctx.now, job.ctx.zone()) + std::chrono::days{366};
    auto calendar = read_ics(text, path, job.ctx.zone(), horizon);
    imports::import_calendar(job, calendar);
  } else if (format == "mbox" || format == "maildir") {
    imports::import_mail(job, format == "maildir");
  } else {
    CsvReader csv(path);
    ColumnMap map = columns_of(job.ctx, job.request, format, csv);
    job.out.format = map.format;
    job.source.format = map.format;
    if (map.kind == TableKind::time) {
      imports::import_time(job, csv, map);
    } else {
      imports::import_invoices(job, csv, map);
    }
  }
}

// The names no client was found for, the most frequent first.
std::vector<UnknownClient> unknown_names(const imports::RunState& run) {
  std::vector<UnknownClient> names;
  for (const auto& [key, u] : run.unknown) names.push_back(u);
  std::stable_sort(names.begin(), names.end(),
                   [](const auto& a, const auto& b) { return a.rows > b.rows; });
  return names;
}

Error unknown_clients_error(const imports::RunState& run) {
  std::string list;
  for (const auto& u : unknown_names(run))
    list += trf("\n  {0}: {1} rows", u.name.empty() ? tr("(no client)") : trf("\"{}\"", u.name),
                u.rows);
  return data_error(
      trf("The file names clients rapport does not know; nothing was imported:{}", list),
      tr("Add them with --create-missing, give them as aliases of existing clients "
         "(rapport client edit CLIENT --alias NAME), or import everything for one "
         "client with --client CLIENT."));
}

}  // namespace

const std::vector<std::string>& import_formats() {
  return kFormats;
}

namespace imports {

std::optional<Id> Job::client_by_name(std::string_view raw) {
  if (forced) return forced->id;
  std::string name(text::trim(raw));
  if (!name.empty())
    if (auto id = matcher.by_name(name)) return id;
  std::string key = matching_key(name);
  if (auto it = run.mapped.find(key); it != run.mapped.end()) return it->second;
  if (run.skipped.count(key)) return std::nullopt;
  auto answer = run.answers.find(name);
  bool create = request.create_missing || (answer != run.answers.end() &&
                                           answer->second.action == UnknownAnswer::Action::create);
  if (answer != run.answers.end() && answer->second.action == UnknownAnswer::Action::skip) {
    run.skipped.insert(key);
    return std::nullopt;
  }
  if (answer != run.answers.end() && answer->second.action == UnknownAnswer::Action::map) {
    // Mapping a name to a client keeps it as an alias: the rule for the next import.
    Client c = resolve_client(ctx.store, answer->second.client);
    c.aliases.push_back(name);
    ctx.store.update_client(c);
    matcher.add(c);
    run.mapped[key] = c.id;
    return c.id;
  }
  if (create && !name.empty()) {
    Client c;
    c.name = name;
    c.status = ClientStatus::active;
    c.id = ctx.store.add_client(c);
    ctx.store.mark_client_created_by(c.id, source.id);
    matcher.add(c);
    run.mapped[key] = c.id;
    out.created_clients.push_back(name);
    return c.id;
  }
  auto& u = run.unknown[key];
  if (u.rows == 0) u.name = name;
  ++u.rows;
  return std::nullopt;
}

void Job::note_strangers(const std::map<std::string, std::int64_t>& counts) {
  auto& examples = out.no_client_examples;
  examples.assign(counts.begin(), counts.end());
  std::stable_sort(examples.begin(), examples.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  if (examples.size() > 5) examples.resize(5);
}

}  // namespace imports

ImportResult import_files(Context& ctx, const ImportRequest& request) {
  if (request.files.empty()) throw usage_error(tr("Give at least one file to import."));
  if (std::find(kFormats.begin(), kFormats.end(), request.format) == kFormats.end()) {
    std::string list;
    for (const auto& f : kFormats) list += (list.empty() ? "" : ", ") + f;
    throw usage_error(
        trf("\"{0}\" is no import format; the formats are {1}.", request.format, list));
  }
  std::vector<std::string> formats;
  for (const auto& file : request.files) formats.push_back(format_of(file, request));
  std::optional<Client> forced;
  if (request.client) forced = resolve_client(ctx.store, *request.client);

  imports::RunState run;
  ImportResult result;
  result.dry_run = request.dry_run;
  for (int attempt = 0;; ++attempt) {
    run.unknown.clear();
    run.mapped.clear();
    run.skipped.clear();
    result.files.clear();
    try {
      ctx.store.bulk_transaction([&] {
        ClientMatcher matcher(ctx.store.clients());
        Instant now = to_instant(ctx.now, ctx.zone());
        for (std::size_t i = 0; i < request.files.size(); ++i) {
          FileImport out;
          out.file = request.files[i];
          out.format = formats[i];
          ImportSource source;
          source.format = formats[i];
          source.file = std::filesystem::absolute(request.files[i]).lexically_normal().string();
          source.imported_at = now;
          source.id = ctx.store.add_source(source);
          out.source_id = source.id;
          imports::Job job{ctx, request, matcher, run, forced, out, source, source_tag(source.id)};
          import_file(job, formats[i]);
          source.counts = out.added;
          if (out.known) source.counts["known"] = out.known;
          if (out.updated) source.counts["updated"] = out.updated;
          if (out.skipped) source.counts["skipped"] = out.skipped;
          source.counts["rows"] = out.rows;
          ctx.store.update_source(source);
          result.files.push_back(std::move(out));
        }
        if (!run.unknown.empty()) throw UnknownNames{};
        if (request.dry_run) throw DryRunDone{};
      });
      return result;
    } catch (const DryRunDone&) {
      return result;
    } catch (const UnknownNames&) {
      if (!request.ask_unknown || attempt > 0) throw unknown_clients_error(run);
      run.answers = request.ask_unknown(unknown_names(run));
    }
  }
}

std::vector<ImportSource> list_sources(const Store& store) {
  return store.sources();
}

std::map<std::string, std::int64_t> undo_import(Context& ctx, Id source_id) {
  auto source = ctx.store.source(source_id);
  if (!source)
    throw data_error(trf("There is no import with id {}.", source_id),
                     tr("\"rapport sources\" lists the imports."));
  if (source->undone_at) throw data_error(trf("Import {} was undone already.", source_id));
  return ctx.store.undo_source(source_id, to_instant(ctx.now, ctx.zone()));
}

}  // namespace rapport
