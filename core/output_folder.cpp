#include "core/output_folder.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "core/error.hpp"

namespace emend {
namespace fs = std::filesystem;

namespace {

bool SafeRelative(const std::string& path) {
  if (path.empty() || path.front() == '/') return false;
  for (const fs::path& part : fs::path(path)) {
    if (part == ".." || part == ".") return false;
  }
  return true;
}

}  // namespace

void WriteFolderAtomically(const std::string& folder, const std::vector<OutputFile>& files) {
  fs::path target = fs::path(folder).lexically_normal();
  // "site/" names the folder "site": without this, its name would be empty
  // and the staging folder would go inside it.
  while (target.has_parent_path() && target.filename().empty() && target != target.root_path()) {
    target = target.parent_path();
  }
  if (target.empty() || target == target.root_path() || target.filename() == "..") {
    throw UsageError(folder, "is not a folder emend can replace; name a folder to write");
  }
  std::error_code ec;
  const bool exists = fs::exists(target, ec);
  if (exists) {
    if (!fs::is_directory(target, ec)) throw UsageError(folder, "exists and is not a folder");
    const bool empty = fs::is_empty(target, ec);
    if (!empty && !fs::exists(target / kGeneratedMarker, ec)) {
      throw UsageError(folder, "exists and was not written by emend (no " +
                                   std::string(kGeneratedMarker) + "); refusing to replace it");
    }
  }
  fs::path parent = target.parent_path();
  if (parent.empty()) parent = ".";
  std::string pattern = (parent / ("." + target.filename().string() + ".tmpXXXXXX")).string();
  if (!mkdtemp(pattern.data())) {
    throw IoError(folder, std::string("cannot create a folder beside it: ") + std::strerror(errno));
  }
  const fs::path staging(pattern);
  try {
    std::vector<OutputFile> all = files;
    // The marker lists what was written, so that a build tool can tell
    // when a file was removed by hand (make html does).
    std::string marker = "written by emend; this folder is replaced on each run\n";
    for (const OutputFile& f : files) marker += "file: " + f.path + "\n";
    all.push_back({kGeneratedMarker, marker});
    for (const OutputFile& f : all) {
      if (!SafeRelative(f.path))
        throw UsageError(folder, "unsafe file name in the output: " + f.path);
      const fs::path file = staging / f.path;
      fs::create_directories(file.parent_path());
      std::ofstream out(file, std::ios::binary);
      out.write(f.contents.data(), static_cast<std::streamsize>(f.contents.size()));
      out.close();
      if (!out) throw IoError(folder, "cannot write " + f.path);
    }
    fs::permissions(staging, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                 fs::perms::others_read | fs::perms::others_exec);
    if (exists) {
      // Swap: the old site moves aside, the new one takes its name, the old one goes.
      const fs::path old = fs::path(pattern + ".old");
      fs::rename(target, old);
      fs::rename(staging, target);
      fs::remove_all(old);
    } else {
      fs::rename(staging, target);
    }
  } catch (const fs::filesystem_error& e) {
    fs::remove_all(staging, ec);
    throw IoError(folder, std::string("cannot write: ") + e.code().message());
  } catch (...) {
    fs::remove_all(staging, ec);
    throw;
  }
}

}  // namespace emend
