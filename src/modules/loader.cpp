// SPDX-License-Identifier: GPL-3.0-or-later
#include "modules/loader.hpp"

#include <dlfcn.h>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <mutex>

#include "core/error.hpp"
#include "i18n/i18n.hpp"

namespace rapport::modules {
namespace {

std::vector<std::filesystem::path> candidates(const ModuleSpec& m) {
  std::vector<std::filesystem::path> paths;
  if (const char* env = std::getenv(m.environment); env && *env) paths.emplace_back(env);
  std::error_code ec;
  auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    paths.push_back(exe.parent_path() / m.file);
    paths.push_back(exe.parent_path().parent_path() / "lib" / "rapport" / m.file);
  }
  for (const auto& known : m.known_paths) paths.emplace_back(known);
  return paths;
}

}  // namespace

void* symbol(const ModuleSpec& m, const char* name) {
  static std::mutex mutex;
  static std::map<std::string, void*> handles;
  std::lock_guard lock(mutex);
  void*& handle = handles[m.file];
  std::string tried;
  if (!handle) {
    for (const auto& path : candidates(m)) {
      if (!std::filesystem::exists(path)) continue;
      handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
      if (handle) break;
      tried += std::string(dlerror()) + "; ";
    }
  }
  void* found = handle ? dlsym(handle, name) : nullptr;
  if (!found)
    throw Error(ErrorCode::software,
                trf("The module {0} cannot be found or loaded. {1}", m.file, tried),
                trf("Build rapport again (scripts/build) or reinstall it; {} can point to the "
                    "module.",
                    m.environment));
  return found;
}

}  // namespace rapport::modules
