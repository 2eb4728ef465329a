#!/bin/sh
# The Makefile's own logic, with make -n (nothing is built):
# - a page deleted by hand from the site makes `make html` render it again;
# - every CMake step runs under the build folder's lock (two makes at once).
# Usage: tests/make_test.sh SOURCE_DIR BUILD_DIR WORK_DIR
set -eu
src=$1
build=$2
work=$3
rm -rf "$work"
mkdir -p "$work/site"
cd "$src"
emend="$build/cli/emend"
run() { make -n -o "$emend" BUILD="$build" OUT="$work" "$@" 2>&1; }

# Each stage a second newer than its input, by date rather than by sleeping.
now=$(date +%s)
printf 'written by emend\nfile: index.html\nfile: chapter-I.html\n' > "$work/site/.emend-generated"
touch -d "@$((now - 2))" "$work/thesis.txt" "$work/thesis.emendations.tsv"
touch -d "@$((now - 1))" "$work/thesis.tei.xml"
touch -d "@$now" "$work/site/.emend-generated" "$work/site/index.html" "$work/site/chapter-I.html"
if run html | grep -q 'render --format html'; then
  echo "FAIL: make html renders a site that is complete and up to date"; exit 1
fi
rm "$work/site/chapter-I.html"
if ! run html | grep -q 'render --format html'; then
  echo "FAIL: make html does not notice a deleted page"; exit 1
fi

if make -n -W CMakeLists.txt BUILD="$build" OUT="$work" "$emend" build 2>/dev/null | grep 'cmake --build' | grep -vq 'flock'; then
  echo "FAIL: a cmake --build runs without the build folder's lock"; exit 1
fi
echo "make: deleted page noticed; build steps locked"
