// SPDX-License-Identifier: GPL-3.0-or-later
// Finds and loads the PDF module: beside the binary (the build directory), in the library
// directory of an installation, or where RAPPORT_PDF_MODULE says.
#include <dlfcn.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <vector>

#include "core/error.hpp"
#include "documents/document.hpp"
#include "documents/pdf_module.hpp"
#include "i18n/i18n.hpp"

namespace rapport::documents {
namespace {

constexpr const char* kModuleName = "librapport-pdf.so";

std::vector<std::filesystem::path> candidates() {
  std::vector<std::filesystem::path> paths;
  if (const char* env = std::getenv("RAPPORT_PDF_MODULE"); env && *env) paths.emplace_back(env);
  std::error_code ec;
  auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    paths.push_back(exe.parent_path() / kModuleName);
    paths.push_back(exe.parent_path().parent_path() / "lib" / "rapport" / kModuleName);
  }
#ifdef RAPPORT_PDF_MODULE_INSTALLED
  paths.emplace_back(RAPPORT_PDF_MODULE_INSTALLED);
#endif
#ifdef RAPPORT_PDF_MODULE_BUILT
  paths.emplace_back(RAPPORT_PDF_MODULE_BUILT);
#endif
  return paths;
}

RenderPdfFunction load() {
  static std::once_flag once;
  static RenderPdfFunction function = nullptr;
  static std::string tried;
  std::call_once(once, [] {
    for (const auto& path : candidates()) {
      if (!std::filesystem::exists(path)) continue;
      // Loaded for the rest of the process: the handle is never closed.
      void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
      if (!handle) {
        tried += std::string(dlerror()) + "; ";
        continue;
      }
      function = reinterpret_cast<RenderPdfFunction>(dlsym(handle, "rapport_render_pdf"));
      if (function) return;
    }
  });
  if (!function)
    throw Error(ErrorCode::software,
                trf("The PDF renderer {0} cannot be found or loaded. {1}", kModuleName, tried),
                tr("Build rapport again (scripts/build) or reinstall it; RAPPORT_PDF_MODULE can "
                   "point to the module."));
  return function;
}

}  // namespace

std::string render_pdf(const Document& doc) {
  std::string out;
  if (!load()(&doc, tr("page"), &out))
    throw Error(ErrorCode::software, tr("The PDF could not be written."));
  return out;
}

}  // namespace rapport::documents
