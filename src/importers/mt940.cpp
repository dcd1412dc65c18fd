// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>
#include <cctype>
#include <map>

#include "core/error.hpp"
#include "core/text.hpp"
#include "i18n/i18n.hpp"
#include "importers/bank.hpp"
#include "importers/values.hpp"

namespace rapport::importers {
namespace {

struct Tag {
  std::string name;   // 61, 86, 60F …
  std::string value;  // continuation lines joined
  std::size_t line = 0;
};

// Splits the statement into its :NN: fields; lines that do not start a field continue the
// one before (with a newline, which :86: then drops).
std::vector<Tag> tags_of(std::string_view text) {
  std::vector<Tag> tags;
  std::size_t line_no = 0;
  for (std::string_view rest = text; !rest.empty();) {
    auto nl = rest.find('\n');
    std::string_view line = rest.substr(0, nl);
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    ++line_no;
    if (line.ends_with('\r')) line.remove_suffix(1);
    if (line.size() > 3 && line[0] == ':') {
      auto close = line.find(':', 1);
      if (close != std::string_view::npos && close <= 5) {
        tags.push_back(
            {std::string(line.substr(1, close - 1)), std::string(line.substr(close + 1)), line_no});
        continue;
      }
    }
    if (line == "-" || line.starts_with("{") || line.starts_with("}")) continue;  // block marks
    if (!tags.empty()) {
      std::string& value = tags.back().value;
      value += '\n';
      value.append(line.data(), line.size());
    }
  }
  return tags;
}

int two(std::string_view s, std::size_t at) {
  return (s[at] - '0') * 10 + (s[at + 1] - '0');
}

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A SEPA purpose carries tags (EREF+, SVWZ+ …); the words for people follow SVWZ+.
std::string sepa_purpose(const std::string& purpose) {
  static const char* kTags[] = {"EREF+", "KREF+", "MREF+", "CRED+", "DEBT+", "COAM+",
                                "OAMT+", "SVWZ+", "ABWA+", "ABWE+", "IBAN+", "BIC+"};
  auto svwz = purpose.find("SVWZ+");
  if (svwz == std::string::npos) return std::string(text::trim(purpose));
  std::size_t from = svwz + 5, to = purpose.size();
  for (const char* tag : kTags) {
    auto at = purpose.find(tag, from);
    if (at != std::string::npos && at < to) to = at;
  }
  return std::string(text::trim(purpose.substr(from, to - from)));
}

// :86: with German subfields (?00 … ?63): the purpose is ?20–?29 (and ?60–?63), the payer
// ?32–?33, the IBAN ?31. Without subfields the whole text is the purpose.
void read_details(std::string value, BankEntry& e) {
  std::string joined;
  for (char c : value)
    if (c != '\n' && c != '\r') joined += c;
  auto first = joined.find('?');
  if (first == std::string::npos) {
    e.remittance = std::string(text::trim(joined));
    return;
  }
  std::map<int, std::string> fields;
  for (std::size_t p = first; p != std::string::npos;) {
    if (p + 3 > joined.size() || !all_digits(std::string_view(joined).substr(p + 1, 2))) break;
    int code = two(joined, p + 1);
    auto next = joined.find('?', p + 3);
    while (next != std::string::npos &&
           (next + 3 > joined.size() || !all_digits(std::string_view(joined).substr(next + 1, 2))))
      next = joined.find('?', next + 1);
    fields[code] +=
        joined.substr(p + 3, next == std::string::npos ? std::string::npos : next - p - 3);
    p = next;
  }
  std::string purpose;
  for (auto& [code, text] : fields)
    if ((code >= 20 && code <= 29) || (code >= 60 && code <= 63)) purpose += text;
  e.remittance = sepa_purpose(purpose);
  e.name = std::string(text::trim(fields[32] + fields[33]));
  e.iban = std::string(text::trim(fields[31]));
}

}  // namespace

std::vector<BankEntry> read_mt940(std::string_view text, const std::string& file) {
  std::vector<Tag> tags = tags_of(text);
  bool any = std::any_of(tags.begin(), tags.end(), [](const Tag& t) { return t.name == "61"; });
  bool statement = std::any_of(tags.begin(), tags.end(), [](const Tag& t) {
    return t.name == "20" || t.name == "25" || t.name == "60F" || t.name == "60M";
  });
  if (!statement)
    throw data_error(trf("{}: this is no MT940 statement (no :20:, :25: or :60F: field).", file),
                     tr("Export the statement as MT940 (STA) or CAMT.053 from online banking."));
  std::vector<BankEntry> entries;
  if (!any) return entries;
  for (std::size_t i = 0; i < tags.size(); ++i) {
    if (tags[i].name != "61") continue;
    const Tag& t = tags[i];
    std::string_view v = t.value;
    auto first_line = v.substr(0, v.find('\n'));
    auto fail = [&](ValueKind kind) { bad_value(file, t.line, ":61:", first_line, kind); };
    if (first_line.size() < 12 || !all_digits(first_line.substr(0, 6))) fail(ValueKind::date);
    int year = 2000 + two(first_line, 0), month = two(first_line, 2), day = two(first_line, 4);
    std::size_t p = 6;
    int book_month = month, book_day = day, book_year = year;
    if (first_line.size() > 10 && all_digits(first_line.substr(6, 4))) {
      book_month = two(first_line, 6);
      book_day = two(first_line, 8);
      // An entry booked across the turn of the year.
      if (book_month == 12 && month == 1) book_year = year - 1;
      if (book_month == 1 && month == 12) book_year = year + 1;
      p = 10;
    }
    BankEntry e;
    e.line = t.line;
    Date booked{std::chrono::year{book_year}, std::chrono::month{static_cast<unsigned>(book_month)},
                std::chrono::day{static_cast<unsigned>(book_day)}};
    if (!booked.ok()) fail(ValueKind::date);
    e.booked_on = booked;
    std::string_view rest = first_line.substr(p);
    if (rest.starts_with("RC")) {
      e.credit = false;  // the return of a credit: money goes back
      e.reversal = true;
      rest.remove_prefix(2);
    } else if (rest.starts_with("RD")) {
      e.credit = true;
      e.reversal = true;
      rest.remove_prefix(2);
    } else if (rest.starts_with("C")) {
      rest.remove_prefix(1);
    } else if (rest.starts_with("D")) {
      e.credit = false;
      rest.remove_prefix(1);
    } else {
      fail(ValueKind::text);
    }
    if (!rest.empty() && std::isalpha(static_cast<unsigned char>(rest[0]))) rest.remove_prefix(1);
    std::size_t n = 0;
    while (n < rest.size() && (std::isdigit(static_cast<unsigned char>(rest[n])) || rest[n] == ','))
      ++n;
    auto amount = read_signed_amount(rest.substr(0, n));
    if (n == 0 || !amount) bad_value(file, t.line, ":61:", rest.substr(0, n), ValueKind::amount);
    e.amount = *amount;
    rest.remove_prefix(n);
    if (rest.size() >= 4) rest.remove_prefix(4);  // transaction type, e.g. NTRF
    if (auto slashes = rest.find("//"); slashes != std::string_view::npos) {
      e.reference = std::string(text::trim(rest.substr(slashes + 2)));
      if (e.reference.empty()) e.reference = std::string(text::trim(rest.substr(0, slashes)));
    } else {
      std::string own(text::trim(rest));
      if (own != "NONREF") e.reference = own;
    }
    if (i + 1 < tags.size() && tags[i + 1].name == "86") read_details(tags[i + 1].value, e);
    entries.push_back(std::move(e));
  }
  return entries;
}

}  // namespace rapport::importers
