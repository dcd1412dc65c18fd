// SPDX-License-Identifier: GPL-3.0-or-later
#include <fmt/format.h>

#include "app/agreements.hpp"
#include "core/text.hpp"
#include "documents/builders.hpp"
#include "i18n/i18n.hpp"

namespace rapport::documents {

std::string agreement_line(const Agreement& a, const std::string& currency) {
  std::vector<std::string> parts{a.title};
  if (a.pricing != Pricing::none) parts.push_back(price_text(a, currency));
  if (a.end) parts.push_back(trf("ends on {}", format_date(*a.end)));
  if (!a.notice_clause.empty()) parts.push_back(trf("notice: {}", a.notice_clause));
  if (a.type != ContractType::unknown) parts.push_back(label(a.type));
  return text::join(parts, " · ");
}

std::string fact_line(const Fact& f) {
  std::string details = fact_details(f);
  std::string line = format_date(f.date) + " " + label(f.kind);
  if (!details.empty()) line += " (" + details + ")";
  return line;
}

std::string rfc5322_date(const LocalDateTime& local, int utc_offset_minutes) {
  static const char* kDays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  static const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  int offset = std::abs(utc_offset_minutes);
  return fmt::format("{}, {} {} {} {:02}:{:02}:00 {}{:02}{:02}", kDays[weekday_index(local.date)],
                     static_cast<unsigned>(local.date.day()),
                     kMonths[static_cast<unsigned>(local.date.month()) - 1],
                     static_cast<int>(local.date.year()), local.minute_of_day / 60,
                     local.minute_of_day % 60, utc_offset_minutes < 0 ? '-' : '+', offset / 60,
                     offset % 60);
}

}  // namespace rapport::documents
