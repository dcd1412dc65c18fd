// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/paths.hpp"

#include <cstdlib>

namespace rapport {

std::string data_directory() {
  if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg)
    return std::string(xdg) + "/rapport";
  if (const char* home = std::getenv("HOME"); home && *home)
    return std::string(home) + "/.local/share/rapport";
  return ".";
}

std::string default_database_path() {
  return data_directory() + "/rapport.db";
}
std::string demo_database_path() {
  return data_directory() + "/demo.db";
}

}  // namespace rapport
