#include "core/temp_files.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>

#include "core/error.hpp"

namespace emend {
namespace {

// A fixed table, so that the signal handler touches no allocator: each slot
// is free (0), being filled (1) or holds a path (2).
constexpr int kSlots = 64;
constexpr size_t kPathMax = 4096;
struct Slot {
  std::atomic<int> state{0};
  bool folder = false;
  char path[kPathMax];
};
Slot g_slots[kSlots];

// Removes the entries of a flat folder, then the folder, with system calls
// only (getdents64 and unlinkat are safe in a signal handler; opendir is not).
void RemoveFlatFolder(const char* path) {
  const int fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW);
  if (fd >= 0) {
    alignas(8) char buffer[4096];
    while (true) {
      const long n = syscall(SYS_getdents64, fd, buffer, sizeof buffer);
      if (n <= 0) break;
      for (long at = 0; at < n;) {
        struct Entry {
          unsigned long long ino;
          long long off;
          unsigned short reclen;
          unsigned char type;
          char name[1];
        };
        const Entry* e = reinterpret_cast<const Entry*>(buffer + at);
        const bool dot =
            e->name[0] == '.' && (e->name[1] == 0 || (e->name[1] == '.' && e->name[2] == 0));
        if (!dot) unlinkat(fd, e->name, 0);
        at += e->reclen;
      }
    }
    close(fd);
  }
  rmdir(path);
}

void RemoveAll() {
  for (Slot& slot : g_slots) {
    if (slot.state.load() != 2) continue;
    if (slot.folder) {
      RemoveFlatFolder(slot.path);
    } else {
      unlink(slot.path);
    }
  }
}

void OnSignal(int signal_number) {
  RemoveAll();
  // End the process the way the signal would have (exit status included).
  struct sigaction action {};
  action.sa_handler = SIG_DFL;
  sigemptyset(&action.sa_mask);
  sigaction(signal_number, &action, nullptr);
  raise(signal_number);
}

}  // namespace

int RememberTemp(const std::string& path, bool folder) {
  if (path.size() >= kPathMax) return -1;
  for (int i = 0; i < kSlots; ++i) {
    int expected = 0;
    if (!g_slots[i].state.compare_exchange_strong(expected, 1)) continue;
    std::memcpy(g_slots[i].path, path.c_str(), path.size() + 1);
    g_slots[i].folder = folder;
    g_slots[i].state.store(2);
    return i;
  }
  return -1;
}

void ForgetTemp(int slot) {
  if (slot >= 0 && slot < kSlots) g_slots[slot].state.store(0);
}

void RemoveTempsOnSignals() {
  struct sigaction action {};
  action.sa_handler = OnSignal;
  sigemptyset(&action.sa_mask);
  for (int s : {SIGINT, SIGTERM, SIGHUP}) sigaction(s, &action, nullptr);
}

std::string TempPrefixFor(const std::string& path) {
  const std::filesystem::path target(path);
  std::filesystem::path dir = target.parent_path();
  if (dir.empty()) dir = ".";
  return (dir / ("." + target.filename().string() + ".tmp")).string();
}

void RemoveStaleTempFiles(const std::string& path) {
  const std::filesystem::path prefix(TempPrefixFor(path));
  const std::string name_prefix = prefix.filename().string();
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(prefix.parent_path(), ec)) {
    const std::string name = entry.path().filename().string();
    if (name.size() == name_prefix.size() + 6 &&
        name.compare(0, name_prefix.size(), name_prefix) == 0 && entry.is_regular_file(ec) &&
        !entry.is_symlink(ec)) {
      std::filesystem::remove(entry.path(), ec);
    }
  }
}

TempFolder::TempFolder(const std::string& prefix) {
  const char* env = std::getenv("TMPDIR");
  std::string base = env && *env ? env : "/tmp";
  std::string pattern = base + "/" + prefix + "XXXXXX";
  // mkdtemp makes a new folder (mode 0700) or fails: a name planted by
  // someone else, a link included, is never reused.
  if (!mkdtemp(pattern.data())) {
    throw IoError(base, std::string("cannot create a temporary folder: ") + std::strerror(errno));
  }
  path_ = pattern;
  slot_ = RememberTemp(path_, true);
}

TempFolder::~TempFolder() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
  ForgetTemp(slot_);
}

}  // namespace emend
