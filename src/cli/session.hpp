// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One run of the rapport binary: the global options, the store (opened on first use) and
// the output. Commands receive it and take only what they need.
#include <memory>
#include <string>

#include "app/context.hpp"
#include "cli/output.hpp"
#include "store/store.hpp"

namespace rapport::cli {

struct GlobalOptions {
  std::string db;      // --db, else RAPPORT_DB, else the default path
  bool json = false;   // --json
  std::string lang;    // --lang
  bool yes = false;    // --yes
  bool quiet = false;  // --quiet
  bool demo = false;   // --demo: a separate database with the demo data set
};

// Where the data lives for these options (and the environment).
std::string database_location(const GlobalOptions& options);

class Session {
 public:
  Session(GlobalOptions options, Output& output);

  const GlobalOptions& options() const { return options_; }
  Output& out() { return output_; }
  // The store, opened (and for --demo seeded) on first use.
  Store& store();
  // The store, the settings and the clock.
  Context& context();
  // Asks a yes/no question on the terminal; --yes answers yes. Without a terminal and
  // without --yes, refuses with a usage error that names --yes.
  bool confirm(const std::string& question);

 private:
  GlobalOptions options_;
  Output& output_;
  std::unique_ptr<Store> store_;
  std::unique_ptr<Context> context_;
};

}  // namespace rapport::cli
