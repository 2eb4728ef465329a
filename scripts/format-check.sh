#!/bin/sh
# Checks that the C++ sources follow .clang-format, without changing them:
# clang-format --dry-run -Werror on every tracked .cpp/.hpp (or the files
# given). Prints each difference as file:line:col and exits 1 when there is
# one. `make format-check` runs it, and so does the CTest format_check (hence
# `make test` and CI). Debian bookworm's clang-format 14 is the reference
# (scripts/install-deps.sh installs it); another version may format a few
# constructs differently. To reformat: clang-format -i --style=file FILE...
# Usage: scripts/format-check.sh [FILE...]
set -eu
cd "$(dirname "$0")/.."
if ! command -v clang-format > /dev/null 2>&1; then
  echo "format-check: clang-format is not installed (Debian package clang-format; scripts/install-deps.sh)"; exit 2
fi
if [ $# -eq 0 ]; then
  if git rev-parse --is-inside-work-tree > /dev/null 2>&1; then
    set -- $(git ls-files '*.cpp' '*.hpp')
  else
    # A source tree without its history (an unpacked archive).
    set -- $(find . -path ./build -prune -o -path './build-*' -prune -o \( -name '*.cpp' -o -name '*.hpp' \) -print | sort)
  fi
fi
[ $# -gt 0 ] || { echo "format-check: no C++ sources found"; exit 1; }
clang-format --dry-run -Werror --style=file "$@"
echo "format-check: $# files follow .clang-format"
