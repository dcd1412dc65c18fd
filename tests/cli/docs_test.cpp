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
  std::string man = read("docs/rapport.1");
  std::string grammar = read("docs/cli.md");
  for (const char* command : {"client add",      "client list",      "client show",
                              "client edit",     "client end",       "client remove",
                              "agreement add",   "agreement list",   "agreement show",
                              "agreement edit",  "agreement end",    "log",
                              "facts",           "fact edit",        "fact remove",
                              "time add",        "time list",        "invoice add",
                              "invoice list",    "payment add",      "payment list",
                              "appointment add", "appointment list", "appointment cancel",
                              "settings show",   "settings set",     "demo"}) {
    EXPECT_NE(man.find("rapport " + std::string(command)), std::string::npos) << command;
    EXPECT_NE(grammar.find("rapport " + std::string(command)), std::string::npos) << command;
  }
}

}  // namespace
}  // namespace rapport::testing
