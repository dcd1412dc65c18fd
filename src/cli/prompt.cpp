// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/prompt.hpp"

#include <unistd.h>

#include <iostream>

#include "core/text.hpp"

namespace rapport::cli {

bool can_ask() {
  return isatty(STDIN_FILENO) && isatty(STDERR_FILENO);
}

std::string ask(Output& out, const std::string& question) {
  out.err() << question << " " << std::flush;
  std::string answer;
  std::getline(std::cin, answer);
  return std::string(text::trim(answer));
}

}  // namespace rapport::cli
