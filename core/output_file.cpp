#include "core/output_file.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>

#include "core/error.hpp"

namespace emend {

void WriteFileAtomically(const std::string& path, const std::string& contents) {
  if (path == "-") {
    std::cout.write(contents.data(), static_cast<std::streamsize>(contents.size()));
    std::cout.flush();
    if (!std::cout) throw InputError("<stdout>", 0, 0, "cannot write");
    return;
  }
  // A link, device or pipe (/dev/stdout, a FIFO) is written in place:
  // renaming over it would replace the link or the device node.
  struct stat st {};
  if (lstat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
    if (S_ISDIR(st.st_mode)) throw InputError(path, 0, 0, "is a folder, not a file");
    FILE* f = std::fopen(path.c_str(), "wb");
    if (!f) throw InputError(path, 0, 0, std::string("cannot open: ") + std::strerror(errno));
    const size_t written = std::fwrite(contents.data(), 1, contents.size(), f);
    if (std::fclose(f) != 0 || written != contents.size()) {
      throw InputError(path, 0, 0, "cannot write");
    }
    return;
  }
  std::filesystem::path target(path);
  std::filesystem::path dir = target.parent_path();
  if (dir.empty()) dir = ".";
  std::string pattern = (dir / ("." + target.filename().string() + ".tmpXXXXXX")).string();
  int fd = mkstemp(pattern.data());
  if (fd < 0) throw InputError(path, 0, 0, std::string("cannot create: ") + std::strerror(errno));
  size_t done = 0;
  while (done < contents.size()) {
    ssize_t n = write(fd, contents.data() + done, contents.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      int err = errno;
      close(fd);
      unlink(pattern.c_str());
      throw InputError(path, 0, 0, std::string("cannot write: ") + std::strerror(err));
    }
    done += static_cast<size_t>(n);
  }
  fchmod(fd, 0644);
  if (close(fd) != 0 || std::rename(pattern.c_str(), path.c_str()) != 0) {
    int err = errno;
    unlink(pattern.c_str());
    throw InputError(path, 0, 0, std::string("cannot write: ") + std::strerror(err));
  }
}

void RefuseToOverwrite(const std::string& input, const std::string& output) {
  if (input == "-" || output == "-") return;
  struct stat in_stat {}, out_stat {};
  if (stat(input.c_str(), &in_stat) != 0 || stat(output.c_str(), &out_stat) != 0) return;
  if (in_stat.st_dev == out_stat.st_dev && in_stat.st_ino == out_stat.st_ino) {
    throw InputError(output, 0, 0, "is the input file " + input + "; refusing to overwrite it");
  }
}

}  // namespace emend
