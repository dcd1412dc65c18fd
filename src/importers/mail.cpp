// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/mail.hpp"

#include <fcntl.h>
#include <gmime/gmime.h>

#include <algorithm>
#include <filesystem>
#include <memory>

#include "core/error.hpp"
#include "core/text.hpp"
#include "i18n/i18n.hpp"

namespace rapport::importers {
namespace {

// GLib objects are reference counted: this owns one reference.
struct Unref {
  void operator()(void* object) const {
    if (object) g_object_unref(object);
  }
};
template <typename T>
using GPtr = std::unique_ptr<T, Unref>;

void init_gmime() {
  static const bool done = [] {
    g_mime_init();
    return true;
  }();
  (void)done;
}

std::string lower(const char* s) {
  return s ? text::fold_case(text::trim(s)) : std::string();
}

void add_addresses(InternetAddressList* list, std::vector<std::string>& out) {
  if (!list) return;
  int n = internet_address_list_length(list);
  for (int i = 0; i < n; ++i) {
    InternetAddress* a = internet_address_list_get_address(list, i);
    if (INTERNET_ADDRESS_IS_MAILBOX(a)) {
      out.push_back(lower(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(a))));
    } else if (INTERNET_ADDRESS_IS_GROUP(a)) {
      add_addresses(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(a)), out);
    }
  }
}

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

MailHeader header_of(GMimeMessage* message, std::size_t position) {
  MailHeader h;
  h.position = position;
  if (const char* id = g_mime_message_get_message_id(message)) h.message_id = id;
  if (GDateTime* date = g_mime_message_get_date(message))
    h.sent_at = Instant{std::chrono::seconds{g_date_time_to_unix(date)}};
  std::vector<std::string> from;
  add_addresses(g_mime_message_get_from(message), from);
  if (from.empty()) add_addresses(g_mime_message_get_sender(message), from);
  if (!from.empty()) h.from = from.front();
  add_addresses(g_mime_message_get_to(message), h.to);
  add_addresses(g_mime_message_get_cc(message), h.to);
  if (const char* subject = g_mime_message_get_subject(message)) h.subject = subject;
  auto* object = GMIME_OBJECT(message);
  h.thread = first_id(g_mime_object_get_header(object, "References"));
  if (h.thread.empty()) h.thread = first_id(g_mime_object_get_header(object, "In-Reply-To"));
  if (h.thread.empty()) h.thread = h.message_id;
  return h;
}

void read_stream(GMimeStream* stream, GMimeFormat format, const MailSink& sink,
                 const std::function<void(std::size_t)>& after, std::size_t first_position) {
  GPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream));
  g_mime_parser_set_format(parser.get(), format);
  std::size_t position = first_position;
  while (!g_mime_parser_eos(parser.get())) {
    GPtr<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), nullptr));
    if (!message) break;
    sink(header_of(message.get(), position));
    if (after) after(position);
    ++position;
    if (format == GMIME_FORMAT_MESSAGE) break;
  }
}

[[noreturn]] void unreadable(const std::string& path) {
  throw Error(ErrorCode::no_input, trf("{} cannot be read.", path),
              tr("Check the path and that the file is readable."));
}

}  // namespace

void read_mbox(const std::string& path, const MailSink& sink, const Progress& progress) {
  init_gmime();
  int fd = open(path.c_str(), O_RDONLY);
  if (fd < 0) unreadable(path);
  GPtr<GMimeStream> stream(g_mime_stream_fs_new(fd));  // owns fd
  std::error_code ec;
  auto total = static_cast<double>(std::filesystem::file_size(path, ec));
  // An mbox starts with a "From " line; anything else is not one.
  char head[5] = {};
  if (g_mime_stream_read(stream.get(), head, 5) != 5 || std::string_view(head, 5) != "From ")
    throw data_error(trf("{}: this is no mbox file (it does not start with \"From \").", path),
                     tr("Export the folder as mbox from the mail program, or give a Maildir "
                        "directory."));
  g_mime_stream_reset(stream.get());
  read_stream(
      stream.get(), GMIME_FORMAT_MBOX, sink,
      [&](std::size_t) {
        if (progress && total > 0)
          progress(static_cast<double>(g_mime_stream_tell(stream.get())) / total);
      },
      1);
}

void read_mbox_bytes(std::string_view bytes, const MailSink& sink) {
  init_gmime();
  GPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(bytes.data(), bytes.size()));
  read_stream(stream.get(), GMIME_FORMAT_MBOX, sink, {}, 1);
}

bool is_maildir(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  return fs::is_directory(fs::path(path) / "cur", ec) ||
         fs::is_directory(fs::path(path) / "new", ec);
}

void read_maildir(const std::string& directory, const MailSink& sink, const Progress& progress) {
  init_gmime();
  namespace fs = std::filesystem;
  if (!is_maildir(directory))
    throw data_error(trf("{}: this is no Maildir (it has neither cur/ nor new/).", directory),
                     tr("Give the folder that holds cur/ and new/."));
  std::vector<fs::path> files;
  for (const char* sub : {"cur", "new"}) {
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(fs::path(directory) / sub, ec))
      if (entry.is_regular_file()) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());  // a stable order: positions mean the same each run
  std::size_t position = 1;
  for (const auto& file : files) {
    int fd = open(file.c_str(), O_RDONLY);
    if (fd < 0) unreadable(file.string());
    GPtr<GMimeStream> stream(g_mime_stream_fs_new(fd));
    read_stream(stream.get(), GMIME_FORMAT_MESSAGE, sink, {}, position++);
    if (progress) progress(static_cast<double>(position) / static_cast<double>(files.size()));
  }
}

}  // namespace rapport::importers
