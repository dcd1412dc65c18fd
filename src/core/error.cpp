// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/error.hpp"

namespace rapport {

Error usage_error(std::string message, std::string hint) {
  return Error(ErrorCode::usage, std::move(message), std::move(hint));
}

Error data_error(std::string message, std::string hint) {
  return Error(ErrorCode::data, std::move(message), std::move(hint));
}

}  // namespace rapport
