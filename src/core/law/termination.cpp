// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/law/termination.hpp"

#include <algorithm>
#include <cmath>

#include "core/error.hpp"
#include "core/text.hpp"
#include "i18n/i18n.hpp"

namespace rapport::law {
namespace {

// Business hours for the receipt of e-mail between businesses (BGH VII ZR 895/21); an e-mail
// that arrives before they begin counts on that business day.
constexpr int kBusinessEnd = 18 * 60;
// Deutsche Post must deliver 95 % of letters within three working days (PostG since 2025).
constexpr int kLetterWerktage = 3;

std::string d(Date date) {
  return format_date(date);
}

Date saturday_of_week(Date day) {
  return add_days(day, 5 - weekday_index(day));
}

Date monday_of_week(Date day) {
  return add_days(day, -weekday_index(day));
}

Date first_werktag_of_week(Date monday, std::optional<Bundesland> state) {
  Date day = monday;
  while (!is_werktag(day, state) && weekday_index(day) < 5) day = add_days(day, 1);
  return day;
}

// § 621 for an indefinite Dienstvertrag without a notice clause.
struct StatutoryEnd {
  Date end;
  Date latest_receipt;  // for that end
  std::string rule;     // "§ 621 Nr. 3 BGB"
  std::string how;
};

StatutoryEnd statutory_621(FeePeriod period, bool main_occupation, Date receipt,
                           std::optional<Bundesland> state) {
  StatutoryEnd r;
  switch (period) {
    case FeePeriod::hour:
    case FeePeriod::day:
      r.end = add_days(receipt, 1);
      r.latest_receipt = receipt;
      r.rule = "§ 621 Nr. 1 BGB";
      r.how = tr("Fee per day: notice on any day ends the contract with the following day.");
      break;
    case FeePeriod::week: {
      Date monday = monday_of_week(receipt);
      if (receipt > first_werktag_of_week(monday, state)) monday = add_days(monday, 7);
      r.end = saturday_of_week(monday);
      r.latest_receipt = first_werktag_of_week(monday, state);
      r.rule = "§ 621 Nr. 2 BGB";
      r.how =
          tr("Fee per week: notice by the first working day of a week ends the contract "
             "with that week's Saturday.");
      break;
    }
    case FeePeriod::month: {
      Date fifteenth = Date{receipt.year() / receipt.month() / std::chrono::day{15}};
      r.end = receipt <= fifteenth ? end_of_month(receipt) : end_of_month(add_months(receipt, 1));
      r.latest_receipt = Date{r.end.year() / r.end.month() / std::chrono::day{15}};
      r.rule = "§ 621 Nr. 3 BGB";
      r.how =
          tr("Fee per month: notice by the 15th ends the contract with the end of that "
             "month.");
      break;
    }
    case FeePeriod::quarter:
    case FeePeriod::year: {
      Date q = end_of_quarter(receipt);
      while (add_days(receipt, 42) > q) q = end_of_quarter(add_days(q, 1));
      r.end = q;
      r.latest_receipt = add_days(q, -42);
      r.rule = "§ 621 Nr. 4 BGB";
      r.how =
          tr("Fee per quarter or longer: six weeks' notice to the end of a calendar "
             "quarter.");
      break;
    }
    case FeePeriod::none:
      if (main_occupation) {
        r.end = period_end_after_event(receipt, 2, PeriodKind::weeks);
        r.latest_receipt = receipt;
        r.how =
            tr("Fee not measured by time, and the work takes up most of your working "
               "capacity: two weeks' notice.");
      } else {
        r.end = receipt;
        r.latest_receipt = receipt;
        r.how =
            tr("Fee not measured by time: notice is possible at any time and takes effect "
               "on receipt.");
      }
      r.rule = "§ 621 Nr. 5 BGB";
      break;
  }
  return r;
}

// The latest allowed end on or before a wanted day, under § 621.
StatutoryEnd statutory_621_for(FeePeriod period, bool main_occupation, Date want,
                               std::optional<Bundesland> state) {
  // Step back from the wanted day until a receipt on some day gives an end on or before it.
  Date receipt = want;
  for (int i = 0; i < 400; ++i, receipt = add_days(receipt, -1)) {
    StatutoryEnd r = statutory_621(period, main_occupation, receipt, state);
    if (r.end <= want) return r;
  }
  return statutory_621(period, main_occupation, want, state);
}

// The last month, quarter, half-year or year end on or before a day.
Date last_anchor_on_or_before(Date day, Anchor anchor) {
  Date a = first_anchor_on_or_after(day, anchor);
  if (a == day) return a;
  // The anchor before: the one on or after the first day of the period that contains `day`.
  Date probe = add_days(day, -1);
  for (int i = 0; i < 400; ++i, probe = add_days(probe, -1)) {
    Date candidate = first_anchor_on_or_after(probe, anchor);
    if (candidate <= day && candidate == probe) return candidate;
  }
  return day;
}

bool is_dienst(const ContractFacts& f) {
  return f.type != ContractType::werkvertrag;
}
bool is_werk(const ContractFacts& f) {
  return f.type != ContractType::dienstvertrag;
}

// Whether the agreement ties the client for more than five years (§ 624).
bool longer_than_five_years(const ContractFacts& f) {
  if (!f.start) return false;
  Date five = term_end_from_start(*f.start, 60);
  if (f.fixed_end) return *f.fixed_end > five;
  if (f.term && !f.term->renewal_count) return initial_end(*f.term) > five;
  return false;
}

Route ordinary_route(const ContractFacts& f, const TerminationRequest& req, bool main_occupation) {
  Route r;
  r.kind = RouteKind::ordinary;
  r.title = tr("Ordinary notice");
  bool fixed = f.fixed_end && !f.clause;
  if (fixed) {
    r.kind = RouteKind::fixed_term;
    r.title = tr("The fixed term runs out");
    r.open = false;
    r.end = f.fixed_end;
    r.steps.push_back(
        trf("The agreement ends by itself on {}; ordinary notice before that is "
            "not possible unless the agreement allows it.",
            d(*f.fixed_end)));
    r.paragraphs.push_back("§ 620 Abs. 1 BGB");
    if (is_dienst(f)) {
      r.steps.push_back(
          tr("If you keep working after the end with the client's knowledge and "
             "nobody objects at once, the agreement continues for an indefinite "
             "time (§ 625 BGB)."));
      r.paragraphs.push_back("§ 625 BGB");
      if (req.by == Party::client)
        r.money.push_back(
            tr("A client who stops using your services before the end still owes "
               "the fee while you stay ready to work, less what you save or earn "
               "elsewhere (§ 615 BGB)."));
    }
    return r;
  }
  if (f.clause) {
    NoticeResult n = earliest_end(*f.clause, f.term, req.receipt);
    r.end = n.end;
    r.paragraphs.push_back(f.term && f.term->renewal_count ? "§§ 187, 188, 190 BGB"
                                                           : "§§ 187, 188 BGB");
    r.steps.push_back(trf("The agreement's notice clause: {}.", describe(*f.clause)));
    if (f.term) {
      auto ends = term_ends(*f.term, add_days(req.receipt, 800));
      if (f.term->renewal_count) {
        // The term running on the day of receipt, and the one after it.
        std::size_t i = 0;
        while (i + 1 < ends.size() && ends[i] < req.receipt) ++i;
        r.steps.push_back(
            trf("The current term ends on {0}; unless ended, the agreement renews "
                "by itself, next until {1}.",
                d(ends[i]), d(i + 1 < ends.size() ? ends[i + 1] : ends[i])));
      } else {
        r.steps.push_back(trf("The minimum term ends on {}.", d(ends.front())));
      }
    }
    if (n.moved_to_minimum_term_end)
      r.steps.push_back(
          tr("The minimum term runs longer than the notice: the agreement ends "
             "with it."));
    Date target = req.want_end ? *req.want_end : n.end;
    // The latest receipt for the wanted end: for a term, the term end on or before it.
    if (f.term && f.term->renewal_count) {
      Date best = target;
      bool found = false;
      for (Date e : term_ends(*f.term, target))
        if (e <= target) {
          best = e;
          found = true;
        }
      if (found) {
        r.wanted_end = best;
        r.latest_receipt = latest_receipt(*f.clause, best);
      }
    } else {
      Date anchored = target;
      if (f.clause->anchor != Anchor::none && f.clause->anchor != Anchor::term)
        anchored = last_anchor_on_or_before(target, f.clause->anchor);
      r.wanted_end = anchored;
      r.latest_receipt = latest_receipt(*f.clause, anchored);
      if (f.term && !f.term->notice_during_minimum_term)
        r.latest_receipt = std::max(*r.latest_receipt, add_days(initial_end(*f.term), 1));
    }
    if (n.given_after_minimum_term)
      r.warnings.push_back(
          tr("The agreement allows notice only after the minimum term: a notice "
             "received earlier may simply be void. Repeat it after the minimum "
             "term ends."));
    r.warnings.push_back(
        tr("rapport reads the notice period as running from receipt. If the "
           "clause means sending, or is unclear, check it."));
    return r;
  }
  if (f.term) {
    // A term without a notice clause: it ends with the term; renewals need a clause.
    r.kind = RouteKind::fixed_term;
    r.title = tr("The fixed term runs out");
    r.open = false;
    r.end = initial_end(*f.term);
    r.steps.push_back(trf("The term ends on {}; the agreement names no notice period.", d(*r.end)));
    if (f.term->renewal_count)
      r.warnings.push_back(
          tr("The agreement renews, but rapport knows no notice clause for it: "
             "add it with rapport agreement edit --notice."));
    r.paragraphs.push_back("§ 620 Abs. 1 BGB");
    return r;
  }
  StatutoryEnd s = statutory_621(f.fee_period, main_occupation, req.receipt, f.state);
  r.end = s.end;
  r.paragraphs = {"§ 620 Abs. 2 BGB", s.rule};
  r.steps.push_back(s.how);
  StatutoryEnd want =
      req.want_end ? statutory_621_for(f.fee_period, main_occupation, *req.want_end, f.state) : s;
  r.wanted_end = want.end;
  r.latest_receipt = want.latest_receipt;
  if (f.fee_period == FeePeriod::hour)
    r.warnings.push_back(
        tr("An hourly fee has no notice period of its own in § 621. rapport "
           "counts it like a fee per day (Nr. 1), the longer of the readings; "
           "the other reading allows notice at any time (Nr. 5)."));
  if (f.fee_period_assumed)
    r.warnings.push_back(
        trf("rapport assumed the fee is measured {} from the pricing; set it "
            "with rapport agreement edit --fee-period.",
            label(f.fee_period)));
  if (f.fee_period == FeePeriod::none)
    r.warnings.push_back(
        main_occupation
            ? tr("rapport assumed this client takes up most of your working capacity (more than "
                 "half of your revenue); if not, notice takes effect on receipt.")
            : tr("rapport assumed this client does not take up most of your working capacity; "
                 "if it does, two weeks' notice apply (§ 621 Nr. 5)."));
  return r;
}

Route five_year_route(const ContractFacts& f, const TerminationRequest& req) {
  Route r;
  r.kind = RouteKind::five_years;
  r.title = tr("Notice after five years");
  r.paragraphs.push_back("§ 624 BGB");
  Date earliest_notice = add_days(term_end_from_start(*f.start, 60), 1);
  Date given = std::max(req.receipt, earliest_notice);
  Date end = period_end_after_event(given, 6, PeriodKind::months);
  if (f.fixed_end) end = std::min(end, *f.fixed_end);
  r.end = end;
  r.latest_receipt = earliest_notice;
  r.steps.push_back(
      trf("The agreement binds you for more than five years. From {0} on you may "
          "give notice with six months' notice; the earliest end is {1}.",
          d(earliest_notice), d(end)));
  r.steps.push_back(
      tr("Only you as the service provider have this right; the client stays "
         "bound."));
  return r;
}

void add_628_money(Route& r, const TerminationRequest& req, std::optional<Date> ordinary_end) {
  r.paragraphs.push_back("§ 628 BGB");
  r.money.push_back(tr("You are paid for the work done up to the end (§ 628 Abs. 1 S. 1)."));
  if (req.by == Party::me)
    r.money.push_back(
        tr("If you end it without the client's breach being the cause, work that "
           "is of no use to the client without the rest is not paid (§ 628 Abs. 1 "
           "S. 2)."));
  r.money.push_back(tr("Fees paid in advance for later periods are refunded (§ 628 Abs. 1 S. 3)."));
  if (ordinary_end && *ordinary_end > req.receipt)
    r.money.push_back(
        trf("If the other side's breach caused the termination, it owes the damage "
            "(§ 628 Abs. 2); as an estimate, the lost fee up to the earliest "
            "ordinary end, {}.",
            d(*ordinary_end)));
}

Route for_cause_route(const ContractFacts& f, const TerminationRequest& req,
                      std::optional<Date> ordinary_end) {
  Route r;
  r.kind = RouteKind::for_cause;
  r.title = tr("Termination for cause, without notice");
  r.paragraphs.push_back("§ 626 BGB");
  r.end = req.receipt;
  r.steps.push_back(
      tr("Needs facts that make it unreasonable to continue until the ordinary "
         "end — a weighing of all circumstances rapport cannot make for you."));
  if (req.cause_known) {
    Date deadline = period_end_after_event(*req.cause_known, 2, PeriodKind::weeks);
    r.deadline = deadline;
    r.latest_receipt = deadline;
    if (req.receipt > deadline) {
      r.open = false;
      r.steps.push_back(
          trf("The two weeks from {0}, when the facts became known, ended on {1}: "
              "this route is closed for those facts.",
              d(*req.cause_known), d(deadline)));
    } else {
      r.steps.push_back(
          trf("The notice must be received within two weeks of learning the facts "
              "({0}): by {1}.",
              d(*req.cause_known), d(deadline)));
    }
    if (is_sunday_or_holiday(deadline, f.state) || weekday_index(deadline) == 5)
      r.warnings.push_back(
          tr("The two weeks end on a weekend or holiday. Whether they then run "
             "to the next working day (§ 193) is unresolved: make sure the "
             "notice arrives before."));
  } else {
    r.steps.push_back(
        tr("The notice must be received within two weeks of learning the facts; "
           "give --cause-known to get the date."));
  }
  r.warnings.push_back(
      tr("For a breach, a warning with a deadline to remedy it usually has to "
         "come first (the rule of § 314 Abs. 2 and § 323 Abs. 2)."));
  r.warnings.push_back(
      tr("For a continuing breach the two weeks run from its last occurrence; "
         "ask a lawyer."));
  r.steps.push_back(tr("On request, the reason must be given in writing without delay."));
  add_628_money(r, req, ordinary_end);
  return r;
}

Route trust_route(const ContractFacts& f, const TerminationRequest& req,
                  std::optional<Date> ordinary_end) {
  Route r;
  r.kind = RouteKind::trust;
  r.title = tr("Termination of services based on trust, at any time");
  r.paragraphs.push_back("§ 627 BGB");
  r.end = req.receipt;
  bool fixed_pay = f.pricing == Pricing::retainer;
  if (!f.trust_based) {
    r.open = false;
    r.steps.push_back(
        tr("Only for services of a higher kind entrusted on special trust "
           "(consulting, coaching, teaching …); the agreement is not marked so "
           "(rapport agreement edit --trust-based)."));
    return r;
  }
  if (fixed_pay) {
    r.open = false;
    r.steps.push_back(
        tr("Excluded for a lasting service relationship with fixed pay: a monthly "
           "retainer probably is one."));
    r.warnings.push_back(
        tr("Whether a retainer counts as fixed pay is a value judgment "
           "(BGH III ZR 126/15); ask a lawyer before relying on § 627."));
    return r;
  }
  r.steps.push_back(
      tr("Services of a higher kind entrusted on special trust can be ended at any "
         "time, without a reason; the end is the receipt."));
  if (req.by == Party::me)
    r.warnings.push_back(
        tr("Do not end it at an untimely moment: the client must be able to find "
           "a replacement. Otherwise the notice is valid, but you owe the "
           "damage (§ 627 Abs. 2)."));
  add_628_money(r, req, ordinary_end);
  return r;
}

Route free_work_route(const ContractFacts& f, const TerminationRequest& req) {
  Route r;
  r.kind = RouteKind::free_termination;
  r.title = tr("The client's free termination of a work contract");
  r.paragraphs = {"§ 648 BGB"};
  r.end = req.receipt;
  if (req.by == Party::me) {
    r.open = false;
    r.steps.push_back(
        tr("Only the client has this right. The law holds the contractor to the "
           "promised result: there is no ordinary notice for you."));
    return r;
  }
  if (f.term) {
    r.warnings.push_back(
        tr("For a contract for work with a term of its own, the BGH applied "
           "§ 648 all the same (VII ZR 111/10); some authors doubt it fits "
           "continuing work."));
  } else if (f.pricing == Pricing::flat_fee && f.price > 0 && f.performed >= f.price) {
    r.open = false;
    r.steps.push_back(
        tr("The work appears complete (the whole fee is invoiced): after "
           "completion this right no longer exists."));
    return r;
  }
  r.steps.push_back(
      tr("Until the work is complete, the client can end it at any time, without "
         "a reason, effective on receipt."));
  if (f.pricing == Pricing::flat_fee && f.price > 0 && !f.term) {
    Cents open_part = std::max<Cents>(0, f.price - f.performed);
    Cents claim = f.performed + static_cast<Cents>(std::llround(open_part * 0.05));
    r.claim = claim;
    r.money.push_back(
        trf("You keep the agreed fee less what you save. Presumed: the work done "
            "({0}) plus 5 % of the part not yet done ({1} of {2}) = {3}.",
            format_money(f.performed), format_money(open_part * 5 / 100), format_money(open_part),
            format_money(claim)));
    r.money.push_back(
        tr("Either side may show otherwise: you higher actual losses, the client "
           "higher savings or other earnings. The part for work not done usually "
           "carries no VAT."));
  } else {
    r.money.push_back(
        tr("You keep the agreed fee less what you save or earn elsewhere; the law "
           "presumes 5 % of the fee for the part not yet done."));
  }
  return r;
}

Route estimate_route(const TerminationRequest& req) {
  Route r;
  r.kind = RouteKind::estimate_exceeded;
  r.title = tr("The client's termination over an exceeded estimate");
  r.paragraphs = {"§ 649 BGB", "§ 645 Abs. 1 BGB"};
  r.end = req.receipt;
  r.steps.push_back(
      tr("If the price was a non-binding estimate and the work cannot be done "
         "without exceeding it substantially, the client may end the contract for "
         "that reason."));
  r.money.push_back(
      tr("Then you are paid only for the work done plus expenses not included in "
         "the price (§ 645 Abs. 1)."));
  r.warnings.push_back(
      tr("You must tell the client without delay as soon as an overrun is to "
         "be expected (§ 649 Abs. 2), or you may owe damages. How large an "
         "overrun is substantial is unsettled (often 15–20 %)."));
  return r;
}

Route cooperation_route(const TerminationRequest& req) {
  Route r;
  r.kind = RouteKind::cooperation;
  r.title = tr("Deadline for the client's cooperation");
  r.paragraphs = {"§ 642 BGB", "§ 643 BGB", "§ 645 BGB"};
  if (req.by == Party::client) {
    r.open = false;
    return r;
  }
  Date deadline = period_end_after_event(req.receipt, 2, PeriodKind::weeks);
  r.deadline = deadline;
  r.end = deadline;
  r.steps.push_back(
      tr("When the work needs something from the client (texts, access, "
         "approvals) and it does not come, set a reasonable deadline in writing "
         "and say that the contract ends if nothing comes by then."));
  r.steps.push_back(
      trf("With two weeks from receipt, the deadline is {0}; if nothing arrives by "
          "its end, the contract is cancelled on {0} without another letter.",
          d(deadline)));
  r.money.push_back(
      tr("You are paid for the work done plus expenses not included in the fee "
         "(§ 645 Abs. 1), and a compensation for the waiting time (§ 642)."));
  return r;
}

Route for_cause_work_route(const ContractFacts& f, const TerminationRequest& req) {
  Route r;
  r.kind = RouteKind::for_cause_work;
  r.title = tr("Termination of a work contract for cause");
  r.paragraphs = {"§ 648a BGB", "§ 314 Abs. 2, 3 BGB"};
  r.end = req.receipt;
  r.steps.push_back(
      tr("Needs a reason that makes it unreasonable to continue until the work is "
         "complete; for a breach, usually after a warning or a deadline to remedy "
         "it. A separable part can be ended alone."));
  if (req.cause_known) {
    int days = days_between(*req.cause_known, req.receipt);
    std::string light = days <= 14   ? tr("green: within two weeks")
                        : days <= 61 ? tr("amber: more than two weeks")
                                     : tr("red: more than two months");
    r.steps.push_back(
        trf("It must come within a reasonable time of learning the reason ({0}): "
            "{1} days — {2}.",
            d(*req.cause_known), days, light));
    r.warnings.push_back(
        tr("The law names no number of days for a reasonable time; the traffic "
           "light is a rule of thumb."));
  }
  r.money.push_back(
      tr("You are paid only for the part of the work done up to the end; damages "
         "remain possible (§ 648a Abs. 5, 6)."));
  if (f.performed > 0)
    r.money.push_back(
        trf("Work done so far, by the invoices of this agreement: {}.", format_money(f.performed)));
  r.steps.push_back(
      tr("Either side can ask the other to establish together how far the work "
         "got; who refuses bears the burden of proof (§ 648a Abs. 4)."));
  return r;
}

Route rescission_route(const TerminationRequest& req) {
  Route r;
  r.kind = RouteKind::rescission;
  r.title = tr("Rescission after a deadline");
  r.paragraphs = {"§ 323 BGB", "§ 349 BGB"};
  r.open = req.by == Party::me;
  r.steps.push_back(
      tr("If the client does not pay a due instalment or advance: set a "
         "reasonable deadline after it is due; when it passes unpaid, declare the "
         "rescission. No deadline is needed if the client refuses for good."));
  r.steps.push_back(tr("Until paid, you may also hold back further work."));
  return r;
}

Route mutual_route() {
  Route r;
  r.kind = RouteKind::mutual;
  r.title = tr("Ending it by mutual agreement");
  r.steps.push_back(
      tr("Always possible, on any date both sides agree on, with what is still "
         "owed settled in the same agreement. Often the calmest way."));
  r.paragraphs.push_back("§ 311 Abs. 1 BGB");
  return r;
}

std::vector<std::string> form_advice(TerminationForm form) {
  switch (form) {
    case TerminationForm::written:
      return {tr("The agreement asks for written form. Where only the contract asks for it, an "
                 "e-mail generally suffices (§ 127 Abs. 2 BGB), but some courts disagree."),
              tr("Safest: a signed letter by messenger or Einwurf-Einschreiben, and the same day "
                 "an e-mail with the signed letter as PDF."),
              tr("If the agreement excludes e-mail, asks for a signed original or has a double "
                 "written-form clause, only the signed letter counts.")};
    case TerminationForm::text:
      return {
          tr("The agreement asks for text form: an e-mail that names you suffices "
             "(§ 126b BGB). Keep it and its sending record.")};
    case TerminationForm::none:
      break;
  }
  return {
      tr("The agreement asks for no form; even a spoken notice counts. Write it anyway, by "
         "e-mail or letter, so that you can prove it and its receipt.")};
}

}  // namespace

std::string_view code(Channel c) {
  switch (c) {
    case Channel::email:
      return "email";
    case Channel::letter:
      return "letter";
    case Channel::hand:
      return "hand";
  }
  return "email";
}

Channel parse_channel(std::string_view text, std::string_view field) {
  std::string t = text::fold_case(text::trim(text));
  if (t == "email" || t == "e-mail" || t == "mail") return Channel::email;
  if (t == "letter" || t == "brief" || t == "post") return Channel::letter;
  if (t == "hand" || t == "bote" || t == "messenger" || t == "persönlich") return Channel::hand;
  throw data_error(trf("{0}: \"{1}\" is not a way of sending.", field, text),
                   tr("Use email, letter or hand."));
}

Receipt assume_receipt(Date sent, std::optional<int> minute, Channel via,
                       std::optional<Bundesland> state) {
  Receipt r;
  switch (via) {
    case Channel::hand:
      r.date = sent;
      r.explanation = trf("Handed over on {}: received the same day.", d(sent));
      break;
    case Channel::email: {
      bool business_day = is_business_day(sent, state);
      bool late = minute && *minute >= kBusinessEnd;
      if (business_day && !late) {
        r.date = sent;
        r.explanation =
            trf("An e-mail sent on {} within business hours counts as received that "
                "day (BGH VII ZR 895/21).",
                d(sent));
      } else {
        r.date = next_business_day(sent, state);
        r.explanation =
            trf("An e-mail sent on {0} outside business hours counts, on the careful "
                "view, as received on the next business day: {1}.",
                d(sent), d(r.date));
      }
      break;
    }
    case Channel::letter: {
      Date day = sent;
      for (int i = 0; i < kLetterWerktage; ++i) {
        day = add_days(day, 1);
        while (!is_werktag(day, state)) day = add_days(day, 1);
      }
      r.date = day;
      r.explanation =
          trf("A letter posted on {0} is assumed to arrive on the third working day, "
              "{1}. Use a messenger or Einwurf-Einschreiben to prove the day.",
              d(sent), d(day));
      break;
    }
  }
  return r;
}

std::string_view code(RouteKind k) {
  switch (k) {
    case RouteKind::ordinary:
      return "ordinary";
    case RouteKind::fixed_term:
      return "fixed_term";
    case RouteKind::five_years:
      return "five_years";
    case RouteKind::for_cause:
      return "for_cause";
    case RouteKind::trust:
      return "trust";
    case RouteKind::free_termination:
      return "free_termination";
    case RouteKind::estimate_exceeded:
      return "estimate_exceeded";
    case RouteKind::cooperation:
      return "cooperation";
    case RouteKind::for_cause_work:
      return "for_cause_work";
    case RouteKind::rescission:
      return "rescission";
    case RouteKind::mutual:
      return "mutual";
  }
  return "ordinary";
}

TerminationAdvice termination_routes(const ContractFacts& f, const TerminationRequest& req) {
  TerminationAdvice advice;
  bool main_occupation = f.revenue_share && *f.revenue_share > 0.5;
  std::optional<Date> ordinary_end;
  if (is_dienst(f) || f.clause || f.fixed_end || f.term) {
    Route ordinary = ordinary_route(f, req, main_occupation);
    if (ordinary.open || ordinary.end) {
      if (ordinary.open) ordinary_end = ordinary.end;
      advice.routes.push_back(std::move(ordinary));
    }
  }
  if (is_dienst(f)) {
    if (req.by == Party::me && longer_than_five_years(f))
      advice.routes.push_back(five_year_route(f, req));
    advice.routes.push_back(for_cause_route(f, req, ordinary_end));
    advice.routes.push_back(trust_route(f, req, ordinary_end));
  }
  if (is_werk(f)) {
    advice.routes.push_back(free_work_route(f, req));
    if (req.by == Party::client) advice.routes.push_back(estimate_route(req));
    if (req.by == Party::me) {
      advice.routes.push_back(cooperation_route(req));
      advice.routes.push_back(rescission_route(req));
    }
    advice.routes.push_back(for_cause_work_route(f, req));
  }
  advice.routes.push_back(mutual_route());
  advice.form = form_advice(f.form);
  if (f.type == ContractType::unknown)
    advice.warnings.push_back(
        tr("The agreement is not classified as a service contract "
           "(Dienstvertrag) or a contract for work (Werkvertrag): rapport "
           "shows the routes of both. Which applies depends on whether an "
           "activity or a result is owed; ask a lawyer if unsure."));
  if (!f.state)
    advice.warnings.push_back(
        tr("No Bundesland is set: only the nationwide public holidays are "
           "counted (rapport settings set bundesland BY)."));
  advice.warnings.push_back(
      tr("Every date counts from the receipt of the notice, not from its "
         "sending."));
  return advice;
}

std::optional<Date> earliest_ordinary_end(const ContractFacts& f, Party by, Date receipt) {
  TerminationRequest req;
  req.by = by;
  req.receipt = receipt;
  req.today = receipt;
  for (const auto& r : termination_routes(f, req).routes)
    if ((r.kind == RouteKind::ordinary || r.kind == RouteKind::fixed_term) && r.end) return r.end;
  if (f.type == ContractType::werkvertrag && by == Party::client) return receipt;
  return std::nullopt;
}

std::string disclaimer() {
  return tr(
      "This is an orientation computed from your entries and the BGB, not legal advice. "
      "Before you act, have a lawyer check your contract: its clauses, whether it is a "
      "service contract or a contract for work, and the details of your case can lead to "
      "other results. What counts is always the day the notice is received.");
}

}  // namespace rapport::law
