// SPDX-License-Identifier: GPL-3.0-or-later
#include <fstream>
#include <sstream>

#include "app/thresholds.hpp"
#include "cli/registry.hpp"
#include "cli/session.hpp"
#include "core/error.hpp"
#include "i18n/i18n.hpp"

namespace rapport::cli {

// Reads a whole file, or fails with "no input" (66).
std::string read_text_file(const std::string& path) {
  std::ifstream in(path);
  if (!in)
    throw Error(ErrorCode::no_input, trf("{} cannot be read.", path),
                tr("Check the file name and its rights."));
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

Runner define_thresholds_import(CLI::App& cmd) {
  auto file = std::make_shared<std::string>();
  cmd.add_option("FILE", *file, tr("A TOML file as written by \"rapport thresholds export\""))
      ->required();
  return [file](Session& s) {
    Context& ctx = s.context();
    auto rules = thresholds_from_toml(read_text_file(*file), *file);
    replace_thresholds(ctx, rules);
    s.out().done(trf("Imported {0} threshold(s) from {1}; they replace the ones before.",
                     rules.size(), *file));
    return 0;
  };
}

}  // namespace rapport::cli
