// Files of "key: value" lines that editors keep beside the text
// (samples/thesis.meta, samples/thesis.profile): '#' starts a comment line.
#pragma once

#include <string>
#include <vector>

namespace emend {

struct KeyValueLine {
  int line = 0;  // 1-based
  std::string key, value;
  int value_column = 0;  // 1-based byte column where the value starts
};

// The file's key-value lines in order. Throws InputError ("path:line:1:
// expected 'key: value'") for a line that is neither blank, a comment nor one.
std::vector<KeyValueLine> ReadKeyValueFile(const std::string& path);

}  // namespace emend
