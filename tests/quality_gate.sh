#!/usr/bin/env bash
# Corrects the whole bundled thesis twice, answering from the dictionaries
# (building a compiled lexicon) and then from that compiled lexicon alone,
# checks the runs are byte-identical and keep the line count, then scores
# the dev slices against the committed baseline (tests/quality-baseline.txt).
# With EDITION (the thesis_edition fixture, corrected with the same options
# and building its lexicon.cache), the fixture's run is the first. A run
# with no compiled lexicon at all, compared byte for byte with the
# fixture's, is install_package's (the installed emend on the thesis): the
# same check, one whole-thesis correction fewer.
# Usage: quality_gate.sh EMEND SOURCE_DIR WORK_DIR [EDITION]
set -euo pipefail
emend=$1 src=$2 work=$3 edition=${4:-}
rm -rf "$work" && mkdir -p "$work"
if [ -n "$edition" ] && [ -f "$edition/thesis.txt" ] && [ -f "$edition/thesis.emendations.tsv" ] &&
   [ -f "$edition/lexicon.cache" ]; then
  cp "$edition/thesis.txt" "$work/thesis.1.txt"
  cp "$edition/thesis.emendations.tsv" "$work/emendations.1.tsv"
  cp "$edition/lexicon.cache" "$work/lexicon.cache"
else
  "$emend" correct "$src/samples/thesis-ocr.txt" -o "$work/thesis.1.txt" --emendations "$work/emendations.1.tsv" \
    --lexicon-cache "$work/lexicon.cache"
fi
# The first run built the compiled lexicon (the thesis's words were all new to it).
[ -s "$work/lexicon.cache" ] || { echo "quality_gate: the first run wrote no compiled lexicon"; exit 1; }
"$emend" correct "$src/samples/thesis-ocr.txt" -o "$work/thesis.2.txt" --emendations "$work/emendations.2.tsv" \
  --lexicon-cache "$work/lexicon.cache"
cmp "$work/thesis.1.txt" "$work/thesis.2.txt"
cmp "$work/emendations.1.tsv" "$work/emendations.2.tsv"
in=$(wc -l < "$src/samples/thesis-ocr.txt") out=$(wc -l < "$work/thesis.1.txt")
[ "$in" -eq "$out" ] || { echo "line count changed: $in -> $out"; exit 1; }
"$emend" eval "$src/samples/gold/dev" "$work/thesis.1.txt" --broken \
  --baseline "$src/tests/quality-baseline.txt"
