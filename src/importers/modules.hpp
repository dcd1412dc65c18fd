// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where the readers module is, for calendar.cpp and mail.cpp.
#include "modules/loader.hpp"

namespace rapport::importers {

inline const modules::ModuleSpec& readers_module() {
  static const modules::ModuleSpec kModule{
      "librapport-readers.so",
      "RAPPORT_READERS_MODULE",
      {RAPPORT_READERS_MODULE_INSTALLED, RAPPORT_READERS_MODULE_BUILT}};
  return kModule;
}

// A function of the readers module, typed as its declaration in readers_module.hpp (the type
// only: the symbol itself is never linked against).
template <typename Function>
Function* readers_function(const char* name) {
  return reinterpret_cast<Function*>(modules::symbol(readers_module(), name));
}

}  // namespace rapport::importers
