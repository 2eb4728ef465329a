// Reading the plain-text files users hand over (OCR text, word lists, TSV),
// with every defect reported as file:line: message.
#pragma once

#include <string>
#include <vector>

namespace emend {

struct TextReadOptions {
  // Name used in diagnostics (a path, or "<stdin>").
  std::string display_name;
  // A longer line is refused: OCR text and word lists never have one, so it is
  // binary junk or a file of the wrong kind.
  size_t max_line_bytes = 100000;
  // Refuse a file with no lines at all.
  bool allow_empty = false;
};

// Splits the bytes of a text file into lines (without their '\n'; a final
// newline does not start another line) and normalises them to NFC.
// Throws InputError naming the line (and byte column) for: a byte-order mark,
// CRLF line ends, NUL bytes, invalid UTF-8, an over-long line, an empty file.
std::vector<std::string> SplitTextLines(const std::string& bytes, const TextReadOptions& options);

// Reads a file (or standard input when path is "-") and splits it as above.
// Throws InputError when the file does not exist, IoError when it cannot be
// opened or read for another reason (see ThrowOpenError).
std::vector<std::string> ReadTextLines(const std::string& path, TextReadOptions options = {});

// Reads a whole file into memory; throws as ReadTextLines does when it cannot.
std::string ReadFileBytes(const std::string& path);

}  // namespace emend
