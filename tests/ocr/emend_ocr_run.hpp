// The real engine through the emend binary, for the tests that check a pass
// end to end: `emend ocr IMAGE -o DIR` on one committed image, one job, no
// script repair or user words, and `extra` options. Expects exit 0 (the
// output is shown otherwise) and returns the output folder, made anew for
// each distinct `extra`.
#pragma once

#include <gtest/gtest.h>
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <string>

namespace emend::ocr {

inline std::filesystem::path RunEmendOcr(const std::string& image, const std::string& name,
                                         const std::string& extra) {
  namespace fs = std::filesystem;
  const fs::path out = fs::path(testing::TempDir()) / (name + std::to_string(extra.size()));
  fs::remove_all(out);
  const std::string command =
      std::string(EMEND_BINARY) + " ocr " + EMEND_SOURCE_DIR + "/" + image + " -o " + out.string() +
      " --jobs 1 --no-progress --no-script-repair --no-user-words " + extra + " 2>&1";
  FILE* pipe = popen(command.c_str(), "r");
  std::array<char, 4096> buffer;
  std::string output;
  size_t n;
  while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) output.append(buffer.data(), n);
  EXPECT_EQ(WEXITSTATUS(pclose(pipe)), 0) << output;
  return out;
}

}  // namespace emend::ocr
