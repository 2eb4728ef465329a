// An advisory lock (flock) for read-modify-replace updates of a file that
// several processes may update at once (an editors' decisions file).
#pragma once

#include <string>

namespace emend {

// Holds an exclusive flock on the folder that contains `file` for its
// lifetime. The folder is locked rather than the file because the file is
// replaced by a rename: a lock on the old file would not keep out a process
// that opens the new one. Every writer that takes this lock is serialised;
// readers are not affected. Throws IoError when the folder cannot be opened
// or locked.
class FolderLock {
 public:
  explicit FolderLock(const std::string& file);
  ~FolderLock();
  FolderLock(const FolderLock&) = delete;
  FolderLock& operator=(const FolderLock&) = delete;

 private:
  int fd_ = -1;
};

}  // namespace emend
