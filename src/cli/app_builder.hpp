// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <CLI/CLI.hpp>

#include <map>
#include <memory>

#include "cli/registry.hpp"
#include "cli/session.hpp"

namespace rapport::cli {

// The parsed command line: the CLI11 tree, the global options and a runner per command.
struct CommandLine {
  std::unique_ptr<CLI::App> app;
  GlobalOptions globals;
  std::map<const CLI::App*, Runner> runners;
  Runner default_runner;  // `rapport` without a command
};

// Builds the whole command tree from the command table, in the current language.
std::unique_ptr<CommandLine> build_command_line();

// The deepest command the user chose, or the app itself when none was.
const CLI::App* chosen_command(const CLI::App& app);
// "client add" for a command of the tree.
std::string command_path(const CLI::App& command);

// The man page in troff, and a bash completion script, both made from the tree.
std::string man_page(const CLI::App& app);
std::string bash_completion(const CLI::App& app);

}  // namespace rapport::cli
