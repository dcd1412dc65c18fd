// SPDX-License-Identifier: GPL-3.0-or-later
#include <fstream>

#include "app/health.hpp"
#include "app/thresholds.hpp"
#include "cli/options.hpp"
#include "cli/registry.hpp"
#include "cli/session.hpp"
#include "core/error.hpp"
#include "i18n/i18n.hpp"

namespace rapport::cli {

Runner define_thresholds_export(CLI::App& cmd) {
  auto out_file = std::make_shared<TextOption>();
  add_text(cmd, "--out", *out_file, tr("Write to this file instead of the screen"), tr("FILE"));
  return [out_file](Session& s) {
    std::string toml = thresholds_to_toml(active_thresholds(s.store()));
    if (!out_file->given()) {
      s.out().out() << toml;
      return 0;
    }
    std::ofstream file(out_file->value);
    file << toml;
    if (!file.flush())
      throw Error(ErrorCode::io, trf("--out: {} cannot be written.", out_file->value));
    s.out().done(trf("Wrote the thresholds to {}.", out_file->value));
    return 0;
  };
}

}  // namespace rapport::cli
