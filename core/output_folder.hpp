// Writing a folder of generated files (a static site) all at once: the files
// go into a fresh folder beside the target, which then takes the target's
// place, so a reader never sees half a site.
#pragma once

#include <string>
#include <vector>

namespace emend {

struct OutputFile {
  std::string path;  // relative to the folder, '/'-separated, no ".."
  std::string contents;
};

// The file that marks a folder as written by emend: only such a folder is
// ever replaced. A folder without it (something an editor made) is refused.
// It lists the files written, one "file: PATH" line each.
inline constexpr const char* kGeneratedMarker = ".emend-generated";

// Writes files into folder. If folder exists it must be empty or hold the
// marker; it is replaced as a whole. Throws UsageError naming the folder when
// it is not one emend may replace, IoError when it cannot be written.
void WriteFolderAtomically(const std::string& folder, const std::vector<OutputFile>& files);

}  // namespace emend
