// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/mail.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <memory>

#include "core/error.hpp"
#include "core/text.hpp"
#include "i18n/i18n.hpp"
#include "importers/modules.hpp"
#include "importers/readers_module.hpp"

namespace rapport::importers {
namespace {

// The first id in a References or In-Reply-To header.
std::string first_id(const char* header) {
  if (!header) return {};
  std::string_view h = header;
  auto open = h.find('<');
  if (open == std::string_view::npos) return std::string(text::trim(h));
  auto close = h.find('>', open);
  return std::string(h.substr(
      open + 1, close == std::string_view::npos ? std::string_view::npos : close - open - 1));
}

// The common case, without GMime's full parser: one plain address, bare or in <>, with an
// unquoted name before it. Anything else (several addresses, quotes, encoded words, groups,
// comments) goes to GMime.
std::optional<std::string> simple_address(std::string_view value) {
  value = text::trim(value);
  if (value.find_first_of(",\"()=;\\") != std::string_view::npos) return std::nullopt;
  auto open = value.find('<');
  if (open != std::string_view::npos) {
    auto close = value.find('>', open);
    if (close == std::string_view::npos || close + 1 != value.size()) return std::nullopt;
    value = value.substr(open + 1, close - open - 1);
  } else if (value.find(' ') != std::string_view::npos) {
    return std::nullopt;
  }
  auto at = value.find('@');
  if (at == std::string_view::npos || at == 0 || at + 1 == value.size() ||
      value.find_first_of(" <>@", at + 1) != std::string_view::npos)
    return std::nullopt;
  std::string address(value);
  for (char& c : address)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return address;
}

// The common date form, without GMime: "Mon, 02 Mar 2026 07:45:00 +0100" (the day name and
// the seconds optional; the zone as an offset or GMT/UT/UTC/Z). Anything else goes to GMime,
// which also knows the obsolete forms.
std::optional<Instant> plain_date(std::string_view s) {
  static constexpr std::string_view kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                                 "jul", "aug", "sep", "oct", "nov", "dec"};
  s = text::trim(s);
  if (auto comma = s.find(','); comma != std::string_view::npos)
    s = text::trim(s.substr(comma + 1));
  std::vector<std::string_view> parts;
  while (!s.empty()) {
    auto space = s.find(' ');
    parts.push_back(s.substr(0, space));
    s = space == std::string_view::npos ? std::string_view() : text::trim(s.substr(space));
  }
  if (parts.size() != 5 || parts[1].size() != 3) return std::nullopt;
  auto number = [](std::string_view t, int& out) {
    auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), out);
    return ec == std::errc{} && end == t.data() + t.size();
  };
  int day = 0, year = 0, hour = 0, minute = 0, second = 0;
  if (!number(parts[0], day) || !number(parts[2], year) || parts[2].size() != 4)
    return std::nullopt;
  unsigned month = 0;
  for (unsigned i = 0; i < 12; ++i) {
    std::string_view m = parts[1];
    if (std::tolower(static_cast<unsigned char>(m[0])) == kMonths[i][0] &&
        std::tolower(static_cast<unsigned char>(m[1])) == kMonths[i][1] &&
        std::tolower(static_cast<unsigned char>(m[2])) == kMonths[i][2])
      month = i + 1;
  }
  std::string_view clock = parts[3];
  if (month == 0 || (clock.size() != 5 && clock.size() != 8) || clock[2] != ':' ||
      !number(clock.substr(0, 2), hour) || !number(clock.substr(3, 2), minute) ||
      (clock.size() == 8 && (clock[5] != ':' || !number(clock.substr(6, 2), second))))
    return std::nullopt;
  std::string_view zone = parts[4];
  int offset = 0;
  if (zone.size() == 5 && (zone[0] == '+' || zone[0] == '-')) {
    int hh = 0, mm = 0;
    if (!number(zone.substr(1, 2), hh) || !number(zone.substr(3, 2), mm)) return std::nullopt;
    offset = (zone[0] == '-' ? -1 : 1) * (hh * 60 + mm);
  } else if (zone != "GMT" && zone != "UT" && zone != "UTC" && zone != "Z") {
    return std::nullopt;
  }
  Date date{std::chrono::year{year}, std::chrono::month{month},
            std::chrono::day{static_cast<unsigned>(day)}};
  if (!date.ok() || hour > 23 || minute > 59 || second > 60) return std::nullopt;
  return Instant{std::chrono::sys_days{date}} + std::chrono::hours{hour} +
         std::chrono::minutes{minute - offset} + std::chrono::seconds{second};
}

// Reads the headers rapport keeps from a message's header block (the lines before the first
// empty one): folded lines are joined, and GMime decodes addresses, dates and encoded words.
MailHeader header_of(std::string_view block, std::size_t position, bool subjects) {
  MailHeader h;
  h.position = position;
  std::string from, sender, to, cc, date, subject, id, references, reply_to;
  std::string* current = nullptr;
  while (!block.empty()) {
    auto nl = block.find('\n');
    std::string_view line = block.substr(0, nl);
    block = nl == std::string_view::npos ? std::string_view() : block.substr(nl + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!line.empty() && (line[0] == ' ' || line[0] == '\t')) {
      if (current) current->append(line);  // a folded line continues the header
      continue;
    }
    current = nullptr;
    auto colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    std::string name = text::fold_case(line.substr(0, colon));
    if (name == "from")
      current = &from;
    else if (name == "sender")
      current = &sender;
    else if (name == "to")
      current = &to;
    else if (name == "cc")
      current = &cc;
    else if (name == "date")
      current = &date;
    else if (name == "subject")
      current = &subject;
    else if (name == "message-id")
      current = &id;
    else if (name == "references")
      current = &references;
    else if (name == "in-reply-to")
      current = &reply_to;
    if (current && current->empty())
      current->assign(line.substr(colon + 1));
    else
      current = nullptr;  // a repeated header: the first one counts
  }
  auto addresses = [](const std::string& value, std::vector<std::string>& out) {
    if (value.empty()) return;
    if (auto simple = simple_address(value)) {
      out.push_back(std::move(*simple));
      return;
    }
    static auto* parse =
        readers_function<decltype(rapport_mail_addresses)>("rapport_mail_addresses");
    parse(value.c_str(), &out);
  };
  std::vector<std::string> senders;
  addresses(from, senders);
  if (senders.empty()) addresses(sender, senders);
  if (!senders.empty()) h.from = senders.front();
  addresses(to, h.to);
  addresses(cc, h.to);
  if (!date.empty()) {
    h.sent_at = plain_date(date);
    if (!h.sent_at) {
      static auto* read_date = readers_function<decltype(rapport_mail_date)>("rapport_mail_date");
      std::int64_t seconds = 0;
      if (read_date(date.c_str(), &seconds)) h.sent_at = Instant{std::chrono::seconds{seconds}};
    }
  }
  h.raw_subject = std::string(text::trim(subject));
  if (!subject.empty() && subjects) {
    static auto* decode = readers_function<decltype(rapport_mail_decode)>("rapport_mail_decode");
    decode(h.raw_subject.c_str(), &h.subject);
  }
  h.message_id = first_id(id.empty() ? nullptr : id.c_str());
  h.thread = first_id(references.empty() ? nullptr : references.c_str());
  if (h.thread.empty()) h.thread = first_id(reply_to.empty() ? nullptr : reply_to.c_str());
  if (h.thread.empty()) h.thread = h.message_id;
  return h;
}

// Splits an mbox into messages at "From " lines that follow an empty line (or start the
// file) and hands on each message's header block. Bodies are skipped unread.
class MboxSplitter {
 public:
  MboxSplitter(const MailSink& sink, bool subjects) : sink_(sink), subjects_(subjects) {}
  void feed(std::string_view piece) {
    buffer_.append(piece);
    std::size_t at = 0;
    while (true) {
      auto nl = buffer_.find('\n', at);
      if (nl == std::string::npos) break;
      std::string_view line(buffer_.data() + at, nl - at);
      at = nl + 1;
      take(line);
    }
    buffer_.erase(0, at);
  }
  void finish() {
    if (!buffer_.empty()) take(buffer_);
    buffer_.clear();
    flush();
  }

 private:
  void take(std::string_view line) {
    if (line.ends_with('\r')) line.remove_suffix(1);
    if (line.starts_with("From ") && previous_blank_) {
      flush();
      in_message_ = true;
      in_headers_ = true;
      previous_blank_ = false;
      return;
    }
    previous_blank_ = line.empty();
    if (!in_message_ || !in_headers_) return;
    if (line.empty()) {
      in_headers_ = false;
      return;
    }
    headers_.append(line).append("\n");
  }
  void flush() {
    if (in_message_) sink_(header_of(headers_, ++count_, subjects_));
    headers_.clear();
    in_message_ = false;
  }

  const MailSink& sink_;
  std::string buffer_, headers_;
  bool subjects_;
  bool previous_blank_ = true, in_message_ = false, in_headers_ = false;
  std::size_t count_ = 0;
};

[[noreturn]] void unreadable(const std::string& path) {
  throw Error(ErrorCode::no_input, trf("{} cannot be read.", path),
              tr("Check the path and that the file is readable."));
}

}  // namespace

void read_mbox(const std::string& path, const MailSink& sink, const Progress& progress,
               bool subjects) {
  std::ifstream in(path, std::ios::binary);
  if (!in) unreadable(path);
  std::error_code ec;
  auto total = static_cast<double>(std::filesystem::file_size(path, ec));
  std::string piece(1 << 20, '\0');
  MboxSplitter splitter(sink, subjects);
  double done = 0;
  bool first = true;
  while (in) {
    in.read(piece.data(), static_cast<std::streamsize>(piece.size()));
    auto n = static_cast<std::size_t>(in.gcount());
    if (first && !std::string_view(piece.data(), n).starts_with("From "))
      throw data_error(trf("{}: this is no mbox file (it does not start with \"From \").", path),
                       tr("Export the folder as mbox from the mail program, or give a Maildir "
                          "directory."));
    first = false;
    splitter.feed(std::string_view(piece.data(), n));
    done += static_cast<double>(n);
    if (progress && total > 0) progress(done / total);
  }
  splitter.finish();
}

void read_mbox_bytes(std::string_view bytes, const MailSink& sink, bool subjects) {
  MboxSplitter splitter(sink, subjects);
  splitter.feed(bytes);
  splitter.finish();
}

bool is_maildir(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  return fs::is_directory(fs::path(path) / "cur", ec) ||
         fs::is_directory(fs::path(path) / "new", ec);
}

void read_maildir(const std::string& directory, const MailSink& sink, const Progress& progress,
                  bool subjects) {
  namespace fs = std::filesystem;
  if (!is_maildir(directory))
    throw data_error(trf("{}: this is no Maildir (it has neither cur/ nor new/).", directory),
                     tr("Give the folder that holds cur/ and new/."));
  std::vector<std::string> files;
  for (const char* sub : {"cur", "new"}) {
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(fs::path(directory) / sub, ec))
      if (entry.is_regular_file()) files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());  // a stable order: positions mean the same each run
  std::size_t position = 0;
  std::string headers;
  for (const auto& file : files) {
    std::ifstream in(file, std::ios::binary);
    if (!in) unreadable(file);
    // Only the header block is read: up to the first empty line.
    headers.clear();
    for (std::string line; std::getline(in, line);) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.empty()) break;
      headers.append(line).append("\n");
    }
    sink(header_of(headers, ++position, subjects));
    if (progress) progress(static_cast<double>(position) / static_cast<double>(files.size()));
  }
}

}  // namespace rapport::importers
