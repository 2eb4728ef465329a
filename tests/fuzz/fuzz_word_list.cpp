// libFuzzer: arbitrary bytes as a word list (dictionaries/*.txt), linted and
// loaded the way `emend dict lint` and the lexicon do.
#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <string>

#include "core/error.hpp"
#include "correct/dictionary_lint.hpp"
#include "correct/word_list.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  emend::correct::LintWordListText(bytes);
  // The loader reads a path: give it an in-memory file.
  const int fd = memfd_create("word-list", MFD_CLOEXEC);
  if (fd < 0) return 0;
  if (write(fd, bytes.data(), bytes.size()) == static_cast<ssize_t>(bytes.size())) {
    try {
      emend::correct::ReadWordList("/proc/self/fd/" + std::to_string(fd));
    } catch (const emend::InputError&) {
    }
  }
  close(fd);
  return 0;
}
