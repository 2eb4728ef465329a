#include "core/output_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>

#include "core/error.hpp"
#include "core/temp_files.hpp"

namespace emend {

void WriteFileAtomically(const std::string& path, const std::string& contents) {
  if (path == "-") {
    std::cout.write(contents.data(), static_cast<std::streamsize>(contents.size()));
    std::cout.flush();
    if (!std::cout) throw IoError("<stdout>", "cannot write");
    return;
  }
  // A link, device or pipe (/dev/stdout, a FIFO) is written in place:
  // renaming over it would replace the link or the device node.
  struct stat st {};
  if (lstat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
    if (S_ISDIR(st.st_mode)) throw UsageError(path, "is a folder, not a file");
    FILE* f = std::fopen(path.c_str(), "wb");
    if (!f) throw IoError(path, std::string("cannot open: ") + std::strerror(errno));
    const size_t written = std::fwrite(contents.data(), 1, contents.size(), f);
    if (std::fclose(f) != 0 || written != contents.size()) {
      throw IoError(path, "cannot write");
    }
    return;
  }
  // A new file gets the creator's umask (open applies it to 0666); a file that
  // is replaced keeps its mode.
  const bool replacing = lstat(path.c_str(), &st) == 0;
  const std::string prefix = TempPrefixFor(path);
  std::string temp;
  int fd = -1;
  static const char kLetters[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  for (int attempt = 0; attempt < 100 && fd < 0; ++attempt) {
    temp = prefix;
    for (int k = 0; k < 6; ++k) temp += kLetters[arc4random_uniform(sizeof kLetters - 1)];
    fd = open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW,
              replacing ? 0600 : 0666);
    if (fd < 0 && errno != EEXIST) break;
  }
  if (fd < 0) throw IoError(path, std::string("cannot create: ") + std::strerror(errno));
  const int slot = RememberTemp(temp);
  auto fail = [&](int err) {
    if (fd >= 0) close(fd);
    unlink(temp.c_str());
    ForgetTemp(slot);
    throw IoError(path, std::string("cannot write: ") + std::strerror(err));
  };
  size_t done = 0;
  while (done < contents.size()) {
    ssize_t n = write(fd, contents.data() + done, contents.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      fail(errno);
    }
    done += static_cast<size_t>(n);
  }
  if (replacing && fchmod(fd, st.st_mode & 07777) != 0) fail(errno);
  // On disk before it takes the old file's place: a crash leaves the old
  // file or the new one, never an empty one.
  if (fsync(fd) != 0) fail(errno);
  const int closed = close(fd);
  fd = -1;
  if (closed != 0) fail(errno);
  if (std::rename(temp.c_str(), path.c_str()) != 0) fail(errno);
  ForgetTemp(slot);
  std::filesystem::path dir = std::filesystem::path(path).parent_path();
  if (dir.empty()) dir = ".";
  if (int dfd = open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dfd >= 0) {
    fsync(dfd);
    close(dfd);
  }
}

void RefuseToOverwrite(const std::string& input, const std::string& output) {
  if (input == "-" || output == "-") return;
  struct stat in_stat {
  }, out_stat{};
  if (stat(input.c_str(), &in_stat) != 0 || stat(output.c_str(), &out_stat) != 0) return;
  if (in_stat.st_dev == out_stat.st_dev && in_stat.st_ino == out_stat.st_ino) {
    throw UsageError(output, "is the input file " + input + "; refusing to overwrite it");
  }
}

}  // namespace emend
