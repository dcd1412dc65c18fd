// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/output.hpp"

#include <algorithm>
#include <ostream>

#include "core/text.hpp"
#include "i18n/i18n.hpp"

namespace rapport::cli {

Output::Output(std::ostream& out, std::ostream& err, bool colour_out, bool colour_err)
    : out_(out), err_(err), colour_out_(colour_out), colour_err_(colour_err) {}

void Output::line(const std::string& text) {
  out_ << text << '\n';
}

void Output::done(const std::string& text) {
  if (!quiet && !json) out_ << text << '\n';
}

void Output::warn(const std::string& text) {
  std::string prefix =
      colour_err_ ? "\033[33m" + std::string(tr("warning")) + "\033[0m" : tr("warning");
  err_ << prefix << ": " << text << '\n';
}

void Output::print_json(const nlohmann::json& value) {
  out_ << value.dump(2) << '\n';
}

std::string Output::paint(const std::string& text, Colour colour) const {
  if (!colour_out_ || colour == Colour::none) return text;
  const char* code = colour == Colour::red      ? "31"
                     : colour == Colour::yellow ? "33"
                     : colour == Colour::green  ? "32"
                     : colour == Colour::dim    ? "2"
                                                : "1";
  return std::string("\033[") + code + "m" + text + "\033[0m";
}

void Table::print(Output& output) const {
  std::vector<std::size_t> widths(header_.size(), 0);
  auto measure = [&](const std::vector<std::string>& row) {
    for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i)
      widths[i] = std::max(widths[i], text::display_width(row[i]));
  };
  measure(header_);
  for (const auto& row : rows_) measure(row);
  auto render = [&](const std::vector<std::string>& row) {
    std::string line(indent_, ' ');
    for (std::size_t i = 0; i < widths.size(); ++i) {
      const std::string cell = i < row.size() ? row[i] : "";
      std::string pad(widths[i] - text::display_width(cell), ' ');
      bool right = std::find(right_.begin(), right_.end(), i) != right_.end();
      if (i) line += "  ";
      line += right ? pad + cell : (i + 1 == widths.size() ? cell : cell + pad);
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    return line;
  };
  output.line(output.paint(render(header_), Colour::bold));
  for (const auto& row : rows_) output.line(render(row));
}

void Details::add(const std::string& label, const std::string& value) {
  if (!value.empty()) rows_.emplace_back(label, value);
}

void Details::print(Output& output) const {
  std::size_t width = 0;
  for (const auto& [label, value] : rows_) width = std::max(width, text::display_width(label));
  for (const auto& [label, value] : rows_) {
    std::string pad(width - text::display_width(label), ' ');
    output.line(output.paint(label + ":", Colour::dim) + pad + "  " + value);
  }
}

}  // namespace rapport::cli
