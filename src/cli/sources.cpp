// SPDX-License-Identifier: GPL-3.0-or-later
#include <filesystem>

#include "app/imports.hpp"
#include "app/json.hpp"
#include "app/zone.hpp"
#include "cli/import_counts.hpp"
#include "cli/registry.hpp"
#include "cli/session.hpp"
#include "i18n/i18n.hpp"

namespace rapport::cli {

Runner define_sources(CLI::App&) {
  return [](Session& s) {
    Context& ctx = s.context();
    auto sources = list_sources(ctx.store);
    if (s.options().json) {
      s.out().print_json_list(sources,
                              [&](const ImportSource& src) { return to_json(src, ctx.zone()); });
      return 0;
    }
    if (sources.empty()) {
      s.out().line(tr("Nothing was imported yet; \"rapport import FILE\" reads exports."));
      return 0;
    }
    Table table(
        {tr("Import"), tr("When"), tr("Format"), tr("File"), tr("Read"), tr("Added"), tr("State")});
    table.right_align(0);
    table.right_align(4);
    for (const auto& src : sources) {
      std::map<std::string, std::int64_t> added;
      for (const auto& [kind, n] : src.counts)
        if (kind != "rows" && kind != "known" && kind != "skipped" && kind != "updated")
          added[kind] = n;
      auto count = [&](const char* key) {
        auto it = src.counts.find(key);
        return it == src.counts.end() ? std::int64_t{0} : it->second;
      };
      std::string state = src.undone_at ? tr("undone") : "";
      if (!src.undone_at && count("known")) state = trf("{} known before", count("known"));
      table.add({std::to_string(src.id), iso_local_datetime(to_local(src.imported_at, ctx.zone())),
                 src.format, std::filesystem::path(src.file).filename().string(),
                 std::to_string(count("rows")), counts_text(added), state});
    }
    table.print(s.out());
    return 0;
  };
}

Runner define_sources_undo(CLI::App& cmd) {
  auto id = std::make_shared<Id>(0);
  cmd.add_option("IMPORT", *id, tr("The number of the import, as \"rapport sources\" lists it"))
      ->required();
  return [id](Session& s) {
    Context& ctx = s.context();
    auto removed = undo_import(ctx, *id);
    if (s.options().json) {
      s.out().print_json(nlohmann::json{{"id", *id}, {"removed", removed}});
      return 0;
    }
    std::string what;
    for (const auto& [kind, n] : removed)
      what += (what.empty() ? "" : ", ") + trf("{0} {1}", n, kind);
    s.out().done(
        trf("Import {0} is undone: {1}.", *id, what.empty() ? tr("nothing was left") : what));
    return 0;
  };
}

}  // namespace rapport::cli
