// SPDX-License-Identifier: GPL-3.0-or-later
// The man page and the bash completion are generated from the command table; the copies in
// the repository must match what the binary prints (regenerate with scripts/gen-docs).
#include <fstream>
#include <sstream>

#include "harness.hpp"

namespace rapport::testing {
namespace {

std::string read(const std::string& relative) {
  std::ifstream in(std::string(RAPPORT_SOURCE_DIR) + "/" + relative);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

TEST(Docs, ManPagesMatchTheHelp) {
  Rapport r;
  EXPECT_EQ(r.ok({"manpage"}).out, read("docs/rapport.1")) << "run scripts/gen-docs";
  EXPECT_EQ(r.ok({"manpage"}, "de").out, read("docs/rapport.de.1")) << "run scripts/gen-docs";
}

TEST(Docs, BashCompletionMatchesTheCommands) {
  Rapport r;
  EXPECT_EQ(r.ok({"completion"}).out, read("completion/rapport.bash")) << "run scripts/gen-docs";
}

TEST(Docs, EveryCommandIsInTheManualAndTheGrammar) {
  Rapport r;
  // Every command the binary knows has a section in its man page ...
  std::string man = r.ok({"manpage"}).out;
  std::vector<std::string> commands;
  std::istringstream lines(man);
  for (std::string line; std::getline(lines, line);)
    if (line.starts_with(".SS \"rapport ")) {
      // "rapport decide CLIENT [OPTIONS]" → "rapport decide"; groups ("… COMMAND") are skipped.
      std::istringstream words(line.substr(5, line.size() - 6));
      std::string command, word;
      while (words >> word && !word.empty() && std::islower(static_cast<unsigned char>(word[0])))
        command += (command.empty() ? "" : " ") + word;
      // The man page escapes hyphens: "base\-rate".
      for (auto at = command.find("\\-"); at != std::string::npos; at = command.find("\\-"))
        command.erase(at, 1);
      if (word != "COMMAND") commands.push_back(command);
    }
  EXPECT_GE(commands.size(), 40u);
  // ... and is described in the grammar.
  std::string grammar = read("docs/cli.md");
  for (const auto& command : commands)
    EXPECT_NE(grammar.find(command), std::string::npos) << command << " is not in docs/cli.md";
}

}  // namespace
}  // namespace rapport::testing
