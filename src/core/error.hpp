// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <exception>
#include <string>

namespace rapport {

// Exit codes from sysexits.h; the CLI exits with the code of the error it reports.
enum class ErrorCode : int {
  usage = 64,     // wrong command line: unknown option, missing argument
  data = 65,      // the input is malformed: impossible date, bad amount, unknown client
  no_input = 66,  // an input file does not exist or cannot be read
  software = 70,  // a bug in rapport
  io = 74,        // the database or a file cannot be read or written
  config = 78,    // a setting is invalid
};

// The one error type of rapport: what went wrong, in a full sentence, and the next step.
class Error : public std::exception {
 public:
  Error(ErrorCode code, std::string message, std::string hint = {})
      : code_(code), message_(std::move(message)), hint_(std::move(hint)) {}

  ErrorCode code() const { return code_; }
  const std::string& message() const { return message_; }
  const std::string& hint() const { return hint_; }
  const char* what() const noexcept override { return message_.c_str(); }

  Error& with_hint(std::string hint) {
    hint_ = std::move(hint);
    return *this;
  }

 private:
  ErrorCode code_;
  std::string message_;
  std::string hint_;
};

// Shorthands for the common cases.
Error usage_error(std::string message, std::string hint = {});
Error data_error(std::string message, std::string hint = {});

}  // namespace rapport
