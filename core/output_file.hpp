// Writing results so that a failure never leaves half a file behind.
#pragma once

#include <string>

namespace emend {

// Writes contents to path through a temporary file in the same folder that is
// renamed over path only when everything was written ("-" writes to standard
// output). Throws IoError if the folder is not writable or the disk fills,
// UsageError if path is a folder.
void WriteFileAtomically(const std::string& path, const std::string& contents);

// Throws UsageError if writing `output` would overwrite `input` (the same file,
// through any path or link): nothing an editor wrote is ever overwritten.
void RefuseToOverwrite(const std::string& input, const std::string& output);

}  // namespace emend
