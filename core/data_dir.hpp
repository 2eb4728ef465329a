// Where a program or library built from this project finds its data at run
// time (dictionaries/, samples/corpus/, samples/thesis.profile, ...): beside
// itself once installed, in the source tree while it is in the build tree.
#pragma once

#include <string>

namespace emend {

struct DataDirLayout {
  // The folder the build writes the module (executable or library) to.
  std::string build_dir;
  // The source tree, whose dictionaries/ and samples/ the build-tree module uses.
  std::string source_dir;
  // The data folder relative to the installed module's folder, as
  // `cmake --install` lays it out ("../share/emend").
  std::string installed_relative;
};

// The data folder for the module whose file is `module_path`: $EMEND_DATA_DIR
// when it is set and not empty; layout.source_dir when the module is in
// layout.build_dir; otherwise layout.installed_relative from the module's
// folder, whether or not it exists (a missing file is then reported by
// whoever opens it, with its path).
std::string FindDataDir(const std::string& module_path, const DataDirLayout& layout);

// The file of the running executable (/proc/self/exe), or "" when unknown.
std::string ExecutablePath();

// The file of the shared object or executable that holds `address` (dladdr),
// or "" when unknown.
std::string ModulePathOf(const void* address);

}  // namespace emend
