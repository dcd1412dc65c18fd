// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/law/notice.hpp"

#include <cctype>
#include <charconv>

#include "core/error.hpp"
#include "core/text.hpp"
#include "i18n/i18n.hpp"

namespace rapport::law {
namespace {

bool contains(const std::string& text, std::initializer_list<std::string_view> words) {
  for (auto w : words)
    if (text.find(w) != std::string::npos) return true;
  return false;
}

[[noreturn]] void unreadable(std::string_view text, std::string_view field) {
  throw data_error(
      trf("{0}: rapport cannot read the notice clause \"{1}\".", field, text),
      tr("Write a number, a unit and optionally the date it runs to, e.g. \"3 Monate zum Ende "
         "der Laufzeit\", \"1 Monat zum Monatsende\", \"6 Wochen zum Quartalsende\", \"3 "
         "Monate zum Jahresende\", \"4 Wochen\", or in English \"3 months to the end of the "
         "term\", \"1 month to the end of the month\", \"14 days\"."));
}

}  // namespace

NoticeClause parse_notice_clause(std::string_view text, std::string_view field) {
  std::string t = text::fold_case(text::trim(text));
  // The count: digits, or a number word.
  static const std::pair<std::string_view, int> kWords[] = {
      {"einen ", 1}, {"einem ", 1}, {"ein ", 1},  {"one ", 1},    {"a ", 1},
      {"zwei ", 2},  {"two ", 2},   {"drei ", 3}, {"three ", 3},  {"vier ", 4},
      {"four ", 4},  {"sechs ", 6}, {"six ", 6},  {"zwölf ", 12}, {"twelve ", 12}};
  NoticeClause c;
  // The count: digits, or a number word; the unit is the word after it.
  std::size_t after = std::string::npos;
  std::size_t i = 0;
  while (i < t.size() && !std::isdigit(static_cast<unsigned char>(t[i]))) ++i;
  if (i < t.size()) {
    std::size_t j = i;
    while (j < t.size() && std::isdigit(static_cast<unsigned char>(t[j]))) ++j;
    std::from_chars(t.data() + i, t.data() + j, c.count);
    after = j;
  } else {
    for (auto [word, n] : kWords) {
      std::string needle(1, ' ');
      needle.append(word);
      std::size_t at = t.starts_with(word) ? 0 : t.find(needle);
      if (at == std::string::npos) continue;
      c.count = n;
      after = t.find(word, at) + word.size();
      break;
    }
  }
  if (c.count <= 0 || c.count > 120 || after == std::string::npos) unreadable(text, field);
  while (after < t.size() && (t[after] == ' ' || t[after] == '-')) ++after;
  std::string unit_word = t.substr(after, t.find(' ', after) - after);
  if (unit_word.starts_with("monat") || unit_word.starts_with("month"))
    c.unit = PeriodKind::months;
  else if (unit_word.starts_with("woche") || unit_word.starts_with("week"))
    c.unit = PeriodKind::weeks;
  else if (unit_word.starts_with("tag") || unit_word.starts_with("day"))
    c.unit = PeriodKind::days;
  else if (unit_word.starts_with("jahr") || unit_word.starts_with("year"))
    c.unit = PeriodKind::months, c.count *= 12;
  else
    unreadable(text, field);
  // The date it runs to. "Ende der Laufzeit" before "Monatsende": "zum Ende der Laufzeit".
  if (contains(t, {"laufzeit", "vertragslaufzeit", "vertragsende", "term", "vertragsjahr",
                   "verlängerung", "contract period"}))
    c.anchor = Anchor::term;
  else if (contains(t, {"quartal", "quarter", "vierteljahr"}))
    c.anchor = Anchor::quarter;
  else if (contains(t, {"halbjahr", "half-year", "half year"}))
    c.anchor = Anchor::half_year;
  else if (contains(t, {"jahresende", "ende des jahres", "ende eines jahres", "kalenderjahr",
                        "end of the year", "end of year", "year end", "year-end"}))
    c.anchor = Anchor::year;
  else if (contains(t, {"monatsende", "ende des monats", "ende eines monats", "monatsletzten",
                        "kalendermonat", "end of the month", "end of month", "month end",
                        "month-end", "end of a month"}))
    c.anchor = Anchor::month;
  else if (contains(t, {"zum ", " to the end", "zum schluss"}))
    unreadable(text, field);  // a date it runs to that rapport does not know
  return c;
}

std::string describe(const NoticeClause& c) {
  const char* unit = c.unit == PeriodKind::days    ? TR_NOOP("{} days")
                     : c.unit == PeriodKind::weeks ? TR_NOOP("{} weeks")
                                                   : TR_NOOP("{} months");
  if (c.count == 1)
    unit = c.unit == PeriodKind::days    ? TR_NOOP("1 day")
           : c.unit == PeriodKind::weeks ? TR_NOOP("1 week")
                                         : TR_NOOP("1 month");
  std::string period = c.count == 1 ? std::string(tr(unit)) : trf(unit, c.count);
  switch (c.anchor) {
    case Anchor::none:
      return period;
    case Anchor::month:
      return trf("{} to the end of a month", period);
    case Anchor::quarter:
      return trf("{} to the end of a quarter", period);
    case Anchor::half_year:
      return trf("{} to the end of a half-year", period);
    case Anchor::year:
      return trf("{} to the end of a year", period);
    case Anchor::term:
      return trf("{} to the end of the term", period);
  }
  return period;
}

Date first_anchor_on_or_after(Date d, Anchor anchor) {
  switch (anchor) {
    case Anchor::month:
      return end_of_month(d);
    case Anchor::quarter:
      return end_of_quarter(d);
    case Anchor::half_year:
      return end_of_half_year(d);
    case Anchor::year:
      return end_of_year(d);
    case Anchor::none:
    case Anchor::term:
      break;
  }
  return d;
}

Date initial_end(const ContractTerm& term) {
  if (term.initial_end) return *term.initial_end;
  if (term.initial_count)
    return term_end_from_start(term.start, *term.initial_count, term.initial_unit);
  if (term.renewal_count)
    return term_end_from_start(term.start, *term.renewal_count, term.renewal_unit);
  return term.start;
}

std::vector<Date> term_ends(const ContractTerm& term, Date until) {
  std::vector<Date> ends{initial_end(term)};
  while (term.renewal_count && ends.back() < until && ends.size() < 10000)
    // § 190: the renewal runs from the end of the previous term.
    ends.push_back(
        term_end_from_start(add_days(ends.back(), 1), *term.renewal_count, term.renewal_unit));
  return ends;
}

NoticeResult earliest_end(const NoticeClause& clause, const std::optional<ContractTerm>& term,
                          Date receipt) {
  NoticeResult r;
  Date earliest = period_end_after_event(receipt, clause.count, clause.unit);
  Anchor anchor = clause.anchor == Anchor::term ? Anchor::none : clause.anchor;
  if (!term) {
    r.end = first_anchor_on_or_after(earliest, anchor);
    return r;
  }
  if (term->renewal_count) {
    for (Date e : term_ends(*term, add_days(earliest, 0)))
      if (e >= earliest) {
        r.end = e;
        return r;
      }
    r.end = term_ends(*term, earliest).back();
    return r;
  }
  // A minimum term, then indefinite.
  Date minimum_end = initial_end(*term);
  Date given = receipt;
  if (!term->notice_during_minimum_term && receipt <= minimum_end) {
    given = add_days(minimum_end, 1);
    r.given_after_minimum_term = true;
    earliest = period_end_after_event(given, clause.count, clause.unit);
  }
  Date end = first_anchor_on_or_after(earliest, anchor);
  if (clause.anchor == Anchor::term) end = std::max(end, minimum_end);
  if (end < minimum_end) {
    end = minimum_end;
    r.moved_to_minimum_term_end = true;
  }
  r.end = end;
  return r;
}

Date latest_receipt(const NoticeClause& clause, Date target) {
  // period_end_after_event grows with the receipt day, so step back until it fits.
  Date d = target;
  while (period_end_after_event(d, clause.count, clause.unit) > target) d = add_days(d, -1);
  return d;
}

}  // namespace rapport::law
