// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <string>

#include "core/settings.hpp"
#include "core/types.hpp"
#include "store/store.hpp"

namespace rapport {

// What every use case works with: the store, the user's settings and the current time.
struct Context {
  Store& store;
  Settings settings;
  LocalDateTime now;  // in settings.timezone

  Date today() const { return now.date; }
  const std::string& zone() const { return settings.timezone; }
};

// Reads the settings and the clock into a context.
Context make_context(Store& store);

}  // namespace rapport
