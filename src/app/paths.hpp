// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <string>

namespace rapport {

// $XDG_DATA_HOME/rapport (default ~/.local/share/rapport).
std::string data_directory();
std::string default_database_path();  // …/rapport.db
std::string demo_database_path();     // …/demo.db, kept apart from the user's data

}  // namespace rapport
