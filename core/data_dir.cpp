#include "core/data_dir.hpp"

#include <dlfcn.h>

#include <cstdlib>
#include <filesystem>

namespace emend {

namespace fs = std::filesystem;

std::string FindDataDir(const std::string& module_path, const DataDirLayout& layout) {
  if (const char* env = std::getenv("EMEND_DATA_DIR"); env && *env) return env;
  std::error_code ec;
  const fs::path module = fs::weakly_canonical(module_path, ec);
  const fs::path folder = module.parent_path();
  const fs::path build = fs::weakly_canonical(layout.build_dir, ec);
  if (module_path.empty() || folder == build) return layout.source_dir;
  return (folder / layout.installed_relative).lexically_normal().string();
}

std::string ExecutablePath() {
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  return ec ? std::string() : exe.string();
}

std::string ModulePathOf(const void* address) {
  Dl_info info{};
  if (dladdr(address, &info) == 0 || !info.dli_fname) return "";
  return info.dli_fname;
}

}  // namespace emend
