// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "app/context.hpp"

namespace rapport {

// Fills an empty database with the demo data set: ten clients over the two years before
// ctx.today(), each a recognisable story. Refuses a database that already has clients.
struct DemoCounts {
  int clients = 0, agreements = 0, facts = 0, time_entries = 0, invoices = 0, payments = 0,
      appointments = 0;
};
DemoCounts seed_demo(Context& ctx);

}  // namespace rapport
