// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Modules: parts of rapport with heavy libraries (Pango/Cairo for PDF; libical, GMime and their
// GLib and ICU for calendars and mail) are shared objects loaded on first use, so that every
// other command starts without loading forty libraries.
#include <string>
#include <vector>

namespace rapport::modules {

struct ModuleSpec {
  const char* file;                      // librapport-pdf.so
  const char* environment;               // RAPPORT_PDF_MODULE: a path that overrides the search
  std::vector<std::string> known_paths;  // where the build and the installation put it
};

// The address of `symbol` in the module; found beside the binary, in ../lib/rapport, at the
// known paths, or where the environment variable says. Loaded once per process and never
// unloaded. Throws Error (software) naming what was tried.
void* symbol(const ModuleSpec& module, const char* symbol);

}  // namespace rapport::modules
