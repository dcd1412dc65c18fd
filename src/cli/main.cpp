// SPDX-License-Identifier: GPL-3.0-or-later
// The rapport binary: chooses the language, parses the command line, runs one command and
// turns every error into an "error:" line, a "hint:" line and a sysexits exit code.
#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <regex>

#include "cli/app_builder.hpp"
#include "core/error.hpp"
#include "core/text.hpp"
#include "i18n/i18n.hpp"
#include "store/open.hpp"

namespace rapport::cli {
namespace {

// The value of `--name VALUE` or `--name=VALUE` in argv, if present.
std::optional<std::string> scan_option(int argc, char** argv, std::string_view name) {
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (arg == name && i + 1 < argc) return std::string(argv[i + 1]);
    if (arg.size() > name.size() && arg.starts_with(name) && arg[name.size()] == '=')
      return std::string(arg.substr(name.size() + 1));
  }
  return std::nullopt;
}

bool scan_flag(int argc, char** argv, std::string_view name) {
  for (int i = 1; i < argc; ++i)
    if (argv[i] == name) return true;
  return false;
}

// --lang, else the database's language setting, else LANGUAGE / LC_ALL / LC_MESSAGES / LANG.
i18n::Language choose_language(int argc, char** argv) {
  if (auto lang = scan_option(argc, argv, "--lang")) {
    if (auto parsed = i18n::parse_language(*lang)) return *parsed;
  }
  GlobalOptions probe;
  probe.demo = scan_flag(argc, argv, "--demo");
  if (auto db = scan_option(argc, argv, "--db")) probe.db = *db;
  if (auto stored = peek_setting(database_location(probe), "language")) {
    if (auto parsed = i18n::parse_language(*stored)) return *parsed;
  }
  for (const char* var : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* value = std::getenv(var);
    if (!value || !*value) continue;
    if (auto parsed = i18n::parse_language(value)) return *parsed;
    if (std::string_view(var) != "LANGUAGE") break;  // a set locale decides, even if it is C
  }
  return i18n::Language::en;
}

void report(Output& out, const Error& e) {
  out.err() << tr("error") << ": " << e.message() << '\n';
  if (!e.hint().empty()) out.err() << tr("hint") << ": " << e.hint() << '\n';
}

// CLI11 speaks English; its parse errors are rephrased here.
Error translate(const CLI::ParseError& e, const CLI::App& app) {
  std::string what = e.what();
  std::string help_hint =
      trf("\"{}\" lists the options.", "rapport " + command_path(*chosen_command(app)) + " --help");
  std::smatch m;
  if (dynamic_cast<const CLI::ExtrasError*>(&e)) {
    // CLI11 prints the extras in reverse; ask the parser for them in order instead.
    std::string extra = text::join(app.remaining(true), " ");
    if (extra.empty()) extra = what;
    return usage_error(trf("unknown option or argument: {}", extra), help_hint);
  }
  if (dynamic_cast<const CLI::RequiredError*>(&e)) {
    if (std::regex_search(what, m, std::regex(R"(^(\S+) is required)")))
      return usage_error(trf("{} is missing.", m[1].str()), help_hint);
    std::vector<std::string> names;
    for (const auto* sub : const_cast<CLI::App*>(chosen_command(app))->get_subcommands({}))
      if (!sub->get_group().empty()) names.push_back(sub->get_name());
    return usage_error(
        trf("A command is missing; one of: {}.", text::join(names, ", ")),
        trf("\"{}\" describes them.", "rapport " + command_path(*chosen_command(app)) + " --help"));
  }
  if (dynamic_cast<const CLI::ArgumentMismatch*>(&e)) {
    if (std::regex_search(what, m, std::regex(R"(^(\S+?):)")))
      return usage_error(trf("{} needs a value.", m[1].str()), help_hint);
  }
  if (dynamic_cast<const CLI::ExcludesError*>(&e)) {
    if (std::regex_search(what, m, std::regex(R"(^(\S+) excludes (\S+))")))
      return usage_error(trf("{0} and {1} cannot be used together.", m[1].str(), m[2].str()),
                         help_hint);
  }
  if (dynamic_cast<const CLI::ConversionError*>(&e) ||
      dynamic_cast<const CLI::ValidationError*>(&e))
    return usage_error(trf("invalid value: {}", what), help_hint);
  return usage_error(trf("The command line cannot be read: {}", what), help_hint);
}

int run(int argc, char** argv) {
  i18n::set_language(choose_language(argc, argv));
  Output output(std::cout, std::cerr, isatty(STDOUT_FILENO), isatty(STDERR_FILENO));

  // "rapport help client add" is "rapport client add --help".
  std::vector<const char*> args(argv, argv + argc);
  if (args.size() > 1 && std::string_view(args[1]) == "help") {
    args.erase(args.begin() + 1);
    args.push_back("--help");
  }

  auto line = build_command_line();
  try {
    line->app->parse(static_cast<int>(args.size()), args.data());
  } catch (const CLI::CallForHelp&) {
    const CLI::App* command = chosen_command(*line->app);
    std::string prefix = "rapport";
    if (command->get_parent() && command->get_parent()->get_parent())
      prefix += " " + command_path(*command->get_parent());
    std::cout << (command->get_parent() ? command->help(prefix) : command->help());
    return 0;
  } catch (const CLI::CallForVersion& e) {
    std::cout << e.what() << '\n';
    return 0;
  } catch (const CLI::ParseError& e) {
    report(output, translate(e, *line->app));
    return static_cast<int>(ErrorCode::usage);
  }

  if (!line->globals.lang.empty() && !i18n::parse_language(line->globals.lang)) {
    report(output, usage_error(trf("--lang: \"{}\" is not a language; expected de or en.",
                                   line->globals.lang)));
    return static_cast<int>(ErrorCode::usage);
  }
  output.json = line->globals.json;
  output.quiet = line->globals.quiet;
  Session session(line->globals, output);
  const CLI::App* command = chosen_command(*line->app);
  try {
    auto runner = line->runners.find(command);
    if (runner != line->runners.end()) return runner->second(session);
    return line->default_runner(session);
  } catch (const Error& e) {
    report(output, e);
    return static_cast<int>(e.code());
  } catch (const std::exception& e) {
    report(output, Error(ErrorCode::software, trf("An unexpected error occurred: {}", e.what()),
                         tr("Please report this with the command you ran.")));
    return static_cast<int>(ErrorCode::software);
  }
}

}  // namespace
}  // namespace rapport::cli

int main(int argc, char** argv) {
  return rapport::cli::run(argc, argv);
}
