// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/app_builder.hpp"

#include "cli/output.hpp"
#include "core/text.hpp"
#include "i18n/i18n.hpp"

namespace rapport::cli {

Runner define_default_view(CLI::App&);

namespace {

// CLI11's fixed words, in the current language.
void translate_formatter(CLI::App& app) {
  auto formatter = app.get_formatter();
  formatter->label("Usage", tr("Usage"));
  formatter->label("OPTIONS", tr("OPTIONS"));
  formatter->label("SUBCOMMAND", tr("COMMAND"));
  formatter->label("SUBCOMMANDS", tr("COMMANDS"));
  formatter->label("Positionals", tr("Arguments"));
  formatter->label("REQUIRED", tr("REQUIRED"));
  formatter->label("Excludes", tr("not with"));
  formatter->label("Needs", tr("needs"));
  formatter->label("Env", tr("environment"));
  formatter->column_width(34);
}

CLI::App* find_or_add(CLI::App& parent, const std::string& name, const char* summary) {
  for (auto* sub : parent.get_subcommands({}))
    if (sub->get_name() == name) return sub;
  CLI::App* sub = parent.add_subcommand(name, tr(summary));
  sub->group(tr("Commands"));
  sub->set_help_flag("-h,--help", tr("Show this help and exit"));
  return sub;
}

}  // namespace

std::unique_ptr<CommandLine> build_command_line() {
  auto line = std::make_unique<CommandLine>();
  line->app = std::make_unique<CLI::App>(
      tr("rapport keeps the facts of your client relationships: hours, invoices, payments, "
         "appointments and what happened, measured against your own limits."),
      "rapport");
  CLI::App& app = *line->app;
  translate_formatter(app);
  app.option_defaults()->group(tr("Options"));
  app.set_help_flag("-h,--help", tr("Show this help and exit"));
  app.set_version_flag("--version", std::string("rapport ") + RAPPORT_VERSION,
                       tr("Show the version and exit"));
  app.fallthrough();  // global options also after the command: rapport client list --json

  GlobalOptions& g = line->globals;
  const std::string global = tr("Global options");
  app.add_option(
         "--db", g.db,
         tr("The database file (default: $XDG_DATA_HOME/rapport/rapport.db; or RAPPORT_DB)"))
      ->type_name(tr("PATH"))
      ->group(global);
  app.add_flag("--json", g.json, tr("Print data as JSON (fields in docs/json.md)"))->group(global);
  app.add_option("--lang", g.lang, tr("Language: de or en (default: setting language, then LANG)"))
      ->type_name("de|en")
      ->group(global);
  app.add_flag("-y,--yes", g.yes, tr("Answer yes to every question (for scripts)"))->group(global);
  app.add_flag("-q,--quiet", g.quiet, tr("Print no confirmations"))->group(global);
  app.add_flag("--demo", g.demo,
               tr("Use the demo database, filled with the demo data set on first use"))
      ->group(global);

  for (const auto& spec : command_table()) {
    auto words = text::split(spec.path, ' ');
    CLI::App* parent = &app;
    for (std::size_t i = 0; i + 1 < words.size(); ++i) parent = find_or_add(*parent, words[i], "");
    CLI::App* command = find_or_add(*parent, words.back(), spec.summary);
    if (spec.define) {
      line->runners[command] = spec.define(*command);
      // An argument's name already says what it is (CLIENT, KIND); no type after it.
      for (CLI::Option* opt : command->get_options())
        if (opt->get_positional()) opt->type_name("");
    } else {
      command->require_subcommand(1);
    }
  }

  // Tools for packaging: the man page and shell completion come from this very tree.
  CLI::App* manpage = app.add_subcommand("manpage", tr("Print the man page (troff)"));
  manpage->group("");
  line->runners[manpage] = [&app](Session& s) {
    s.out().out() << man_page(app);
    return 0;
  };
  CLI::App* completion = app.add_subcommand("completion", tr("Print the bash completion script"));
  completion->group(tr("Commands"));
  line->runners[completion] = [&app](Session& s) {
    s.out().out() << bash_completion(app);
    return 0;
  };
  line->default_runner = define_default_view(app);
  return line;
}

const CLI::App* chosen_command(const CLI::App& app) {
  const CLI::App* current = &app;
  while (true) {
    auto chosen = current->get_subcommands();
    if (chosen.empty()) return current;
    current = chosen.front();
  }
}

std::string command_path(const CLI::App& command) {
  std::vector<std::string> words;
  for (const CLI::App* c = &command; c && c->get_parent(); c = c->get_parent())
    words.insert(words.begin(), c->get_name());
  return text::join(words, " ");
}

}  // namespace rapport::cli
