// For table tests of files editors write: a file with the given bytes, and
// the message a reader refuses it with.
#pragma once

#include <gtest/gtest.h>

#include <fstream>
#include <functional>
#include <string>

#include "core/error.hpp"

namespace emend::tei {

// Writes text to NAME in the test's temporary folder; returns its path.
inline std::string WriteTemp(const std::string& name, const std::string& text) {
  const std::string path = ::testing::TempDir() + name;
  std::ofstream(path) << text;
  return path;
}

// The InputError's whole message ("path:line:col: ...") that read() throws,
// or "accepted" when it throws none.
inline std::string RefusalOf(const std::function<void()>& read) {
  try {
    read();
  } catch (const InputError& e) {
    return e.what();
  }
  return "accepted";
}

}  // namespace emend::tei
