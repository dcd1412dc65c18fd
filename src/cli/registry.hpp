// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one table of commands. Help, the man page and shell completion all come from it.
#include <CLI/CLI.hpp>

#include <functional>
#include <span>
#include <string_view>

namespace rapport::cli {

class Session;

// Runs a command after the command line was parsed into its options; returns the exit code.
using Runner = std::function<int(Session&)>;
// Adds a command's options to its CLI11 app and returns what runs it.
using Definer = Runner (*)(CLI::App& command);

struct CommandSpec {
  std::string_view path;  // "client add"; a group ("client") has no definer
  const char* summary;    // English msgid, translated when the help is built
  Definer define;
};

std::span<const CommandSpec> command_table();

}  // namespace rapport::cli
