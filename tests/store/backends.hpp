// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The store backends every store test runs on. PostgreSQL joins this list when it lands.
#include <unistd.h>
#include <filesystem>
#include <fstream>
#include <functional>
#include <memory>
#include <string>

#include "store/open.hpp"

namespace rapport::testing {

struct Backend {
  std::string name;
  // A fresh, empty store and the location it lives at.
  std::function<std::pair<std::unique_ptr<Store>, std::string>(const std::string& test_name)> make;
};

inline void PrintTo(const Backend& backend, std::ostream* os) {
  *os << backend.name;
}

// A civil date, briefly: d(2026, 3, 10).
inline Date d(int y, unsigned m, unsigned day) {
  return Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{day}};
}

inline std::filesystem::path scratch_dir(const std::string& test_name) {
  auto dir = std::filesystem::temp_directory_path() /
             ("rapport-store-" + std::to_string(::getpid()) + "-" + test_name);
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

inline std::vector<Backend> backends() {
  return {Backend{"sqlite", [](const std::string& test_name) {
                    std::string path = (scratch_dir(test_name) / "test.db").string();
                    return std::make_pair(open_store(path), path);
                  }}};
}

}  // namespace rapport::testing
