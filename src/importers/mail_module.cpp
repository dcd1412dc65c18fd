// SPDX-License-Identifier: GPL-3.0-or-later
// Part of the readers module: what mail needs of GMime — address lists, dates and encoded
// words. No rapport library is linked in here.
#include <gmime/gmime.h>

#include <cctype>
#include <memory>

#include "importers/readers_module.hpp"

namespace {

// GLib objects are reference counted: this owns one reference.
struct Unref {
  void operator()(void* object) const {
    if (object) g_object_unref(object);
  }
};
struct FreeGlib {
  void operator()(void* p) const { g_free(p); }
};
struct UnrefDate {
  void operator()(GDateTime* d) const { g_date_time_unref(d); }
};

void init_gmime() {
  static const bool done = [] {
    g_mime_init();
    return true;
  }();
  (void)done;
}

std::string lower(const char* s) {
  std::string out;
  if (!s) return out;
  for (; *s; ++s)
    if (!std::isspace(static_cast<unsigned char>(*s)))
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(*s)));
  return out;
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

}  // namespace

extern "C" void rapport_mail_addresses(const char* value, std::vector<std::string>* out) {
  init_gmime();
  std::unique_ptr<InternetAddressList, Unref> list(internet_address_list_parse(nullptr, value));
  add_addresses(list.get(), *out);
}

extern "C" bool rapport_mail_date(const char* value, std::int64_t* seconds) {
  init_gmime();
  std::unique_ptr<GDateTime, UnrefDate> when(g_mime_utils_header_decode_date(value));
  if (!when) return false;
  *seconds = g_date_time_to_unix(when.get());
  return true;
}

extern "C" void rapport_mail_decode(const char* value, std::string* out) {
  init_gmime();
  std::unique_ptr<char, FreeGlib> decoded(g_mime_utils_header_decode_text(nullptr, value));
  *out = decoded ? decoded.get() : value;
}
