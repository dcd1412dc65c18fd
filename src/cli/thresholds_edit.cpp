// SPDX-License-Identifier: GPL-3.0-or-later
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "app/health.hpp"
#include "app/thresholds.hpp"
#include "cli/registry.hpp"
#include "cli/session.hpp"
#include "core/error.hpp"
#include "i18n/i18n.hpp"

namespace rapport::cli {

std::string read_text_file(const std::string& path);

namespace {

std::string editor_command() {
  for (const char* var : {"VISUAL", "EDITOR"})
    if (const char* e = std::getenv(var); e && *e) return e;
  return "sensible-editor";
}

std::string shell_quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

}  // namespace

Runner define_thresholds_edit(CLI::App&) {
  return [](Session& s) {
    Context& ctx = s.context();
    auto path = std::filesystem::temp_directory_path() /
                ("rapport-thresholds-" + std::to_string(getpid()) + ".toml");
    {
      std::ofstream file(path);
      file << thresholds_to_toml(active_thresholds(ctx.store));
    }
    struct Cleanup {
      std::filesystem::path path;
      ~Cleanup() {
        std::error_code ec;
        std::filesystem::remove(path, ec);
      }
    } cleanup{path};
    while (true) {
      std::string command = editor_command() + " " + shell_quote(path.string());
      if (std::system(command.c_str()) != 0)
        throw Error(
            ErrorCode::software,
            trf("The editor ({}) did not finish cleanly; nothing was changed.", editor_command()),
            tr("Set VISUAL or EDITOR to the editor you use."));
      try {
        auto rules = thresholds_from_toml(read_text_file(path.string()), tr("thresholds"));
        replace_thresholds(ctx, rules);
        s.out().done(trf("Saved {} threshold(s).", rules.size()));
        return 0;
      } catch (const Error& e) {
        if (!isatty(STDIN_FILENO)) throw;
        s.out().err() << tr("error") << ": " << e.message() << '\n';
        if (!s.confirm(tr("Edit again? (no keeps the thresholds as they were)"))) return 1;
      }
    }
  };
}

}  // namespace rapport::cli
