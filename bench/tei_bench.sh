#!/usr/bin/env bash
# Benchmark of `emend tei` on the whole bundled thesis: what it recovered and
# how long it takes, beside the correction's own time in the same run.
# Usage: bench/tei_bench.sh [EMEND] [RUNS]
set -euo pipefail
emend=${1:-build/cli/emend}
runs=${2:-5}
src=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
thesis="$src/samples/thesis-ocr.txt"
"$emend" correct "$thesis" -o "$work/thesis.txt" --emendations "$work/e.tsv"
times=()
for ((k = 0; k < runs; k++)); do
  start=$(date +%s.%N)
  "$emend" tei "$thesis" --emendations "$work/e.tsv" -o "$work/thesis.tei.xml"
  end=$(date +%s.%N)
  times+=("$(awk "BEGIN { printf \"%.3f\", $end - $start }")")
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
echo "== emend tei: whole thesis, $runs runs"
echo "median wall time: ${median} s   (runs: ${times[*]})"
echo "TEI size: $(wc -c < "$work/thesis.tei.xml") bytes"
"$emend" tei "$thesis" --emendations "$work/e.tsv" -o "$work/thesis.tei.xml" --report 2>&1
printf 'project schema (libxml2): '
xmllint --noout --relaxng "$src/tei/emend-tei.rng" "$work/thesis.tei.xml" 2>&1 | tail -n 1
schema="$src/../shared/schema/tei_all.rng"
if [ -f "$schema" ] && command -v jing > /dev/null; then
  errors=$(jing "$schema" "$work/thesis.tei.xml" 2>&1 | grep -vc '^\[warning\]' || true)
  echo "tei_all (jing): $errors errors"
fi
