// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/session.hpp"

#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include "app/demo.hpp"
#include "app/paths.hpp"
#include "app/settings.hpp"
#include "core/error.hpp"
#include "core/text.hpp"
#include "i18n/i18n.hpp"
#include "store/open.hpp"

namespace rapport::cli {

std::string database_location(const GlobalOptions& options) {
  if (options.demo) return demo_database_path();
  if (!options.db.empty()) return options.db;
  if (const char* env = std::getenv("RAPPORT_DB"); env && *env) return env;
  return default_database_path();
}

Session::Session(GlobalOptions options, Output& output)
    : options_(std::move(options)), output_(output) {}

Store& Session::store() {
  if (!store_) {
    store_ = open_store(database_location(options_));
    if (options_.demo && store_->clients().empty()) {
      Context ctx = make_context(*store_);
      seed_demo(ctx);
    }
  }
  return *store_;
}

Context& Session::context() {
  if (!context_) context_ = std::make_unique<Context>(make_context(store()));
  return *context_;
}

bool Session::confirm(const std::string& question) {
  if (options_.yes) return true;
  if (!isatty(STDIN_FILENO))
    throw usage_error(tr("This needs a confirmation, and there is no terminal to ask."),
                      tr("Add --yes to confirm on the command line."));
  output_.err() << question << " " << tr("[y/N]") << " " << std::flush;
  std::string answer;
  std::getline(std::cin, answer);
  std::string a = text::fold_case(text::trim(answer));
  return a == "y" || a == "yes" || a == "j" || a == "ja";
}

}  // namespace rapport::cli
