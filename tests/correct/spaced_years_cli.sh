#!/usr/bin/env bash
# Regression for issue 12: a spaced year ("1 9 5 3") with --threshold above the
# year's confidence made `emend correct` loop for ever, and a line of many
# spaced years took quadratic time. CTest's TIMEOUT on this test is the guard:
# the script itself times nothing. Also: --threshold nan is a usage error.
# Usage: spaced_years_cli.sh EMEND SOURCE_DIR WORK_DIR
set -euo pipefail
emend=$1 src=$2 work=$3
rm -rf "$work" && mkdir -p "$work"
in="$src/tests/data/correct/spaced-years.txt"
# The four runs share a compiled lexicon (the output is the same with or
# without one): the first loads the dictionaries, the others answer from it.
# Lowest threshold first: its run looks up every word the others do (the
# joined years too), so they answer from the compiled lexicon it wrote and
# load no dictionary (the outputs are the same in any order).
for threshold in 0 0.5 0.95 1; do
  "$emend" correct "$in" -o "$work/out.$threshold.txt" --emendations "$work/e.$threshold.tsv" --no-clean-text \
    --threshold "$threshold" --lexicon-cache "$work/lexicon.cache"
  [ "$(wc -l < "$work/out.$threshold.txt")" -eq "$(wc -l < "$in")" ] || { echo "line count changed"; exit 1; }
done
# Above 0.9 every year is flagged, never applied; at 0.5 they are joined.
grep -q '1 9 4 5' "$work/out.0.95.txt" || { echo "threshold 0.95 applied a year"; exit 1; }
grep -q ' 1945 ' "$work/out.0.5.txt" || { echo "threshold 0.5 did not join 1 9 4 5"; exit 1; }
flagged=$(grep -c $'\tflagged\t' "$work/e.0.95.tsv")
[ "$flagged" -eq 2015 ] || { echo "expected 2015 flagged years, got $flagged"; exit 1; }
set +e
"$emend" correct "$in" -o "$work/nan.txt" --threshold nan 2> "$work/nan.err"
rc=$?
set -e
[ "$rc" -eq 2 ] || { echo "--threshold nan: exit $rc, expected 2"; cat "$work/nan.err"; exit 1; }
echo ok
