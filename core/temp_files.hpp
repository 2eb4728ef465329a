// Temporary files and folders that the process is in the middle of writing.
// They are registered while they exist so that a stop by a signal (Ctrl-C,
// kill, a closed terminal) removes them instead of leaving them beside the
// user's files. A kill -9 cannot be caught; the next writer of the same file
// may clean up (see RemoveStaleTempFiles).
#pragma once

#include <string>

namespace emend {

// Registers path (a file, or with folder set a folder holding only files) for removal on a signal.
// Returns a slot to pass to ForgetTemp once the path is renamed or removed, or
// -1 when the table is full (the path is then simply not protected).
int RememberTemp(const std::string& path, bool folder = false);
void ForgetTemp(int slot);

// Installs handlers for SIGINT, SIGTERM and SIGHUP that remove every
// registered path, then let the signal end the process as it would have.
// A command that handles a signal itself (ocr) installs its own handler later.
void RemoveTempsOnSignals();

// The name pattern of the temporary files WriteFileAtomically makes for path:
// ".NAME.tmp" followed by six characters, in path's folder.
std::string TempPrefixFor(const std::string& path);

// Removes temporary files left beside path by a writer that was killed
// (".NAME.tmpXXXXXX"). Only call it while holding the FolderLock of path, so
// that no live writer's file is removed.
void RemoveStaleTempFiles(const std::string& path);

// An owned temporary folder (mkdtemp), removed with its contents when the
// object goes away, and on a signal.
class TempFolder {
 public:
  // Creates a fresh folder named prefix + six random characters under
  // $TMPDIR (or /tmp). Throws IoError when it cannot be created.
  explicit TempFolder(const std::string& prefix);
  ~TempFolder();
  TempFolder(const TempFolder&) = delete;
  TempFolder& operator=(const TempFolder&) = delete;

  const std::string& path() const { return path_; }

 private:
  std::string path_;
  int slot_ = -1;
};

}  // namespace emend
