// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Writing to the terminal: data on stdout, talk (errors, hints, prompts) on stderr,
// colours only on a TTY.
#include <nlohmann/json.hpp>

#include <iosfwd>
#include <string>
#include <vector>

namespace rapport::cli {

enum class Colour { none, red, yellow, green, dim, bold };

class Output {
 public:
  Output(std::ostream& out, std::ostream& err, bool colour_out, bool colour_err);

  bool quiet = false;
  bool json = false;

  std::ostream& out() { return out_; }
  std::ostream& err() { return err_; }

  // A line of data (tables, details).
  void line(const std::string& text = {});
  // A confirmation of what a write did; silent with --quiet or --json.
  void done(const std::string& text);
  // A warning on stderr, even with --quiet.
  void warn(const std::string& text);
  void print_json(const nlohmann::json& value);
  // A JSON array of the items, each converted by `convert`.
  template <typename Range, typename Convert>
  void print_json_list(const Range& items, Convert&& convert) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& item : items) list.push_back(convert(item));
    print_json(list);
  }
  std::string paint(const std::string& text, Colour colour) const;

 private:
  std::ostream& out_;
  std::ostream& err_;
  bool colour_out_;
  bool colour_err_;
};

// A table with a header, columns padded to their widest cell (by code points).
class Table {
 public:
  explicit Table(std::vector<std::string> header) : header_(std::move(header)) {}
  void add(std::vector<std::string> row) { rows_.push_back(std::move(row)); }
  void right_align(std::size_t column) { right_.push_back(column); }
  void indent(std::size_t spaces) { indent_ = spaces; }
  bool empty() const { return rows_.empty(); }
  void print(Output& output) const;

 private:
  std::vector<std::string> header_;
  std::vector<std::vector<std::string>> rows_;
  std::vector<std::size_t> right_;
  std::size_t indent_ = 0;
};

// "Label:  value" lines for a detail view; empty values are left out.
class Details {
 public:
  void add(const std::string& label, const std::string& value);
  void print(Output& output) const;

 private:
  std::vector<std::pair<std::string, std::string>> rows_;
};

}  // namespace rapport::cli
