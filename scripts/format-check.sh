#!/bin/sh
# Checks that the C++ sources follow .clang-format, without changing them:
# clang-format --dry-run -Werror on every tracked .cpp/.hpp (or the files
# given). Prints each difference as file:line:col and exits 1 when there is
# one. `make format-check` runs it; it is not part of CI yet, as the tree has
# not been reformatted in one go.
# Usage: scripts/format-check.sh [FILE...]
set -eu
cd "$(dirname "$0")/.."
if ! command -v clang-format > /dev/null 2>&1; then
  echo "format-check: clang-format is not installed (Debian package clang-format)"; exit 2
fi
if [ $# -eq 0 ]; then
  set -- $(git ls-files '*.cpp' '*.hpp')
fi
clang-format --dry-run -Werror --style=file "$@"
echo "format-check: $# files follow .clang-format"
