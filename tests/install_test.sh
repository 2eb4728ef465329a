#!/bin/sh
# `cmake --install` into a fresh prefix, then: the installed emend runs on
# the sample thesis with only what was installed (its data found beside it,
# not in the source tree) and gives what the build tree's emend gave (the
# thesis_edition fixture); a separate CMake project finds the package,
# links emend::corrector and corrects a line; `emend ocr` runs the installed
# emend-ocr (libexec/emend/) on a page; the installed tree still works once
# moved elsewhere.
# Usage: install_test.sh BUILD_DIR SOURCE_DIR EDITION WORK_DIR
set -eu
build=$1 src=$2 edition=$3 work=$4
rm -rf "$work" && mkdir -p "$work"
work=$(cd "$work" && pwd)
# Outside the build and source trees, so that nothing there is found by accident.
prefix=$(mktemp -d "${TMPDIR:-/tmp}/emend-install-XXXXXX")
trap 'rm -rf "$prefix" "$prefix.moved"' EXIT
unset EMEND_DATA_DIR
fail() { echo "FAIL: $*"; exit 1; }

cmake --install "$build" --prefix "$prefix" > "$work/install.log"
for f in bin/emend libexec/emend/emend-ocr include/emend/corrector.hpp include/emend/error.hpp share/emend/dictionaries/names.txt \
         share/emend/samples/thesis.profile share/emend/samples/thesis.meta share/emend/tei/emend-tei.rng; do
  [ -f "$prefix/$f" ] || fail "$f is not installed"
done
find "$prefix" -name 'libemend-corrector.so*' | grep -q . || fail "the corrector library is not installed"
find "$prefix" -path '*/cmake/emend/emendConfig.cmake' | grep -q . || fail "the CMake package is not installed"
headers=$(cd "$prefix/include" && find . -type f | sort | tr '\n' ' ')
[ "$headers" = "./emend/corrector.hpp ./emend/error.hpp " ] || fail "installed headers: $headers (only the public ones)"

# The sample through the installed binary: the same bytes as the build tree's.
# Also the run without a compiled lexicon that quality_gate.sh counts on: the
# fixture built one as it went, this run has none.
emend=$prefix/bin/emend
"$emend" correct "$src/samples/thesis-ocr.txt" -o "$work/thesis.txt" --emendations "$work/thesis.emendations.tsv"
cmp "$work/thesis.txt" "$edition/thesis.txt" || fail "the installed emend corrects differently"
cmp "$work/thesis.emendations.tsv" "$edition/thesis.emendations.tsv" || fail "the installed emend's records differ"
# No --metadata, no --profile: the installed samples/thesis.meta and .profile.
"$emend" tei "$src/samples/thesis-ocr.txt" --emendations "$work/thesis.emendations.tsv" -o "$work/thesis.tei.xml"
cmp "$work/thesis.tei.xml" "$edition/thesis.tei.xml" || fail "the installed emend's TEI differs"
"$emend" render --format html "$work/thesis.tei.xml" -o "$work/site"
[ -f "$work/site/index.html" ] || fail "no site"
xmllint --noout --relaxng "$prefix/share/emend/tei/emend-tei.rng" "$work/thesis.tei.xml" 2> "$work/xmllint.log" ||
  fail "the TEI is not valid against the installed schema"

# `emend ocr`: the installed emend starts the installed emend-ocr, which
# reads a page with the installed word lists (as Tesseract's user words; the
# script repair, which loads Hunspell's dictionaries too, is left out: a
# second less).
"$emend" ocr "$src/tests/data/ocr/lone-page-number.png" -o "$work/ocr" --jobs 1 --no-progress --no-script-repair \
  > "$work/ocr.log" 2>&1 || { cat "$work/ocr.log"; fail "the installed emend ocr failed"; }
[ -s "$work/ocr/lone-page-number.txt" ] || fail "the installed emend ocr wrote no text"
# Only emend-ocr loads the OCR libraries: every other command starts without them.
if ldd "$emend" | grep -E 'libtesseract|liblept|libpoppler'; then
  fail "bin/emend loads the OCR libraries (only libexec/emend/emend-ocr should)"
fi

# Another program: find_package(emend), emend::corrector, one line.
cmake -S "$src/tests/package" -B "$work/package" -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_BUILD_TYPE=Release \
  > "$work/package-configure.log"
cmake --build "$work/package" > "$work/package-build.log"
"$work/package/correct_line" "After Titos visit to Moscow" > "$work/line.txt"
printf "After Tito's visit to Moscow\napostrophe: Titos -> Tito's\n" | cmp - "$work/line.txt" ||
  { cat "$work/line.txt"; fail "the package's corrector"; }

# Moved elsewhere, the installed emend still finds its own data, and names
# it when it is missing.
mv "$prefix" "$prefix.moved"
rm "$prefix.moved/share/emend/dictionaries/names.txt"
if printf 'Titos\n' | "$prefix.moved/bin/emend" correct > /dev/null 2> "$work/moved.err"; then
  fail "the moved emend ran without its names.txt"
fi
grep -qF "$prefix.moved/share/emend/dictionaries/names.txt" "$work/moved.err" ||
  { cat "$work/moved.err"; fail "the moved emend does not look for its data beside itself"; }
# emend-ocr too finds the data from its own place (libexec/emend/).
mv "$prefix.moved/share/emend/dictionaries" "$prefix.moved/share/emend/dictionaries.away"
if "$prefix.moved/bin/emend" ocr "$src/tests/data/ocr/lone-page-number.png" -o "$work/ocr-moved" \
     --jobs 1 --no-progress --no-script-repair > /dev/null 2> "$work/ocr-moved.err"; then
  fail "the moved emend ocr ran without its dictionaries"
fi
grep -qF "$prefix.moved/share/emend/dictionaries" "$work/ocr-moved.err" ||
  { cat "$work/ocr-moved.err"; fail "the moved emend-ocr does not look for its data beside itself"; }
# Without emend-ocr, `emend ocr` says so (exit 4); the other commands still run.
rm "$prefix.moved/libexec/emend/emend-ocr"
status=0
"$prefix.moved/bin/emend" ocr "$src/tests/data/ocr/lone-page-number.png" -o "$work/ocr-none" \
  > /dev/null 2> "$work/ocr-none.err" || status=$?
[ $status -eq 4 ] && grep -qF "emend-ocr" "$work/ocr-none.err" ||
  { cat "$work/ocr-none.err"; fail "emend ocr without emend-ocr: exit $status"; }
"$prefix.moved/bin/emend" --version > /dev/null || fail "emend without emend-ocr does not start"
echo "installed into $prefix, ran there and moved; package used by tests/package"
