#!/usr/bin/env bash
# Corrects the whole bundled thesis three times (without a compiled lexicon,
# building one, reading it), checks the runs are byte-identical and keep the
# line count, then scores the dev slices against the committed baseline
# (tests/quality-baseline.txt). With EDITION (the thesis_edition fixture,
# corrected with the same options and no compiled lexicon), the fixture's run
# is the first. Usage: quality_gate.sh EMEND SOURCE_DIR WORK_DIR [EDITION]
set -euo pipefail
emend=$1 src=$2 work=$3 edition=${4:-}
rm -rf "$work" && mkdir -p "$work"
if [ -n "$edition" ] && [ -f "$edition/thesis.txt" ] && [ -f "$edition/thesis.emendations.tsv" ]; then
  cp "$edition/thesis.txt" "$work/thesis.1.txt"
  cp "$edition/thesis.emendations.tsv" "$work/emendations.1.tsv"
else
  "$emend" correct "$src/samples/thesis-ocr.txt" -o "$work/thesis.1.txt" --emendations "$work/emendations.1.tsv"
fi
for run in 2 3; do
  "$emend" correct "$src/samples/thesis-ocr.txt" -o "$work/thesis.$run.txt" \
    --emendations "$work/emendations.$run.tsv" --lexicon-cache "$work/lexicon.cache"
done
for run in 2 3; do
  cmp "$work/thesis.1.txt" "$work/thesis.$run.txt"
  cmp "$work/emendations.1.tsv" "$work/emendations.$run.tsv"
done
in=$(wc -l < "$src/samples/thesis-ocr.txt") out=$(wc -l < "$work/thesis.1.txt")
[ "$in" -eq "$out" ] || { echo "line count changed: $in -> $out"; exit 1; }
"$emend" eval "$src/samples/gold/dev" "$work/thesis.1.txt" --broken \
  --baseline "$src/tests/quality-baseline.txt"
