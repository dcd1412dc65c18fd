// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// End-to-end tests run the real rapport binary on a temporary database, with a fixed
// clock (RAPPORT_NOW=2026-03-10T09:00) and zone (Europe/Berlin) and a clean environment.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace rapport::testing {

struct Result {
  int code = -1;
  std::string out;
  std::string err;
  nlohmann::json json() const;  // stdout parsed as JSON; fails the test if it is not JSON
};

class Rapport {
 public:
  Rapport();
  ~Rapport();
  Rapport(const Rapport&) = delete;
  Rapport& operator=(const Rapport&) = delete;

  // Runs `rapport ARGS…` in English (LANG=en_US.UTF-8) unless `lang` says "de".
  Result run(const std::vector<std::string>& args, const std::string& lang = "en",
             const std::string& input = {});
  Result de(const std::vector<std::string>& args) { return run(args, "de"); }
  // Runs rapport on a pseudo-terminal (through script(1)), typing `input`; stdout and
  // stderr arrive together in `out`.
  Result run_in_terminal(const std::vector<std::string>& args, const std::string& lang,
                         const std::string& input);
  // Runs and expects exit 0, failing the test with stderr otherwise.
  Result ok(const std::vector<std::string>& args, const std::string& lang = "en");

  const std::filesystem::path& dir() const { return dir_; }
  std::string db() const { return (dir_ / "rapport.db").string(); }
  // Every row of every table, for checking that a failed command wrote nothing.
  std::string dump() const;

  std::map<std::string, std::string> env;

 private:
  Result spawn(const std::string& binary, const std::vector<std::string>& args,
               const std::string& lang, const std::string& input);
  std::filesystem::path dir_;
};

// A file's bytes; the text pdftotext finds in a PDF, its lines joined with spaces (the layout
// wraps where it wants).
std::string read_file(const std::filesystem::path& path);
// What a shell command prints on stdout.
std::string capture(const std::string& command);
std::string pdf_text(const std::filesystem::path& pdf);

}  // namespace rapport::testing
