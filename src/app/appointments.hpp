// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <optional>
#include <string>

#include "app/context.hpp"

namespace rapport {

struct AppointmentDraft {
  LocalDateTime start;  // in the user's zone
  std::optional<LocalDateTime> end;
  std::string title;
  std::optional<Id> agreement_id;
  std::string note;
};

Appointment add_appointment(Context& ctx, const Client& client, const AppointmentDraft& draft);

struct Cancellation {
  Appointment appointment;
  std::optional<Fact> fact;  // the cancellation fact, when the client cancelled
  Minutes notice = 0;        // how long before the start it was cancelled
  Minutes required_notice = 0;
  bool short_notice() const { return notice < required_notice; }
};

inline constexpr Minutes kDefaultCancellationNotice = 24 * 60;

// Marks the appointment cancelled at `at` (wall-clock, user's zone). A cancellation by the
// client is also recorded as a `cancellation` fact with its notice.
Cancellation cancel_appointment(Context& ctx, Id id, LocalDateTime at, Party by,
                                const std::string& note);
Appointment find_appointment(const Store& store, Id id);
// The `cancellation` fact of an appointment the client cancelled at `at` (user's zone).
Fact cancellation_fact(const Appointment& a, const LocalDateTime& at, Minutes notice,
                       const std::string& note, const std::string& recorded_by);

}  // namespace rapport
