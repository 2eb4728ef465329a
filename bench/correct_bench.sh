#!/usr/bin/env bash
# Benchmark of `emend correct` on the whole bundled thesis: quality on the dev
# gold and time, measured in one run so the figures compare with each other.
# Usage: bench/correct_bench.sh [EMEND] [RUNS]
set -euo pipefail
emend=${1:-build/cli/emend}
runs=${2:-5}
src=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
thesis="$src/samples/thesis-ocr.txt"
head -n 1 "$thesis" > "$work/one-line.txt"

# Wall time and peak memory of one command (seconds, MiB), via GNU time if present.
measure() {
  local start end
  start=$(date +%s.%N)
  "$@" > /dev/null
  end=$(date +%s.%N)
  awk "BEGIN { printf \"%.3f\", $end - $start }"
}

echo "== emend correct: whole thesis ($(wc -l < "$thesis") lines, $(wc -w < "$thesis") words), $runs runs"
full=() load=()
for ((k = 0; k < runs; k++)); do
  full+=("$(measure "$emend" correct "$thesis" -o "$work/out.txt" --emendations "$work/e.tsv")")
  load+=("$(measure "$emend" correct "$work/one-line.txt" -o "$work/one.txt")")
done
median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
tf=$(median "${full[@]}") tl=$(median "${load[@]}")
echo "whole thesis, median wall time:            ${tf} s   (runs: ${full[*]})"
echo "one line (dictionaries loaded), median:    ${tl} s"
awk "BEGIN { printf \"correction proper (difference):            %.3f s; loading is %.0f%% of the total\n\", $tf - $tl, 100 * $tl / $tf }"
if command -v /usr/bin/time > /dev/null; then
  /usr/bin/time -f "peak memory:                               %M KiB" \
    "$emend" correct "$thesis" -o "$work/out.txt" 2>&1 >/dev/null | tail -n 1
fi
echo "emendations: $(($(wc -l < "$work/e.tsv") - 1)) ($(grep -c $'\tapplied\t' "$work/e.tsv") applied, $(grep -c $'\tflagged\t' "$work/e.tsv") flagged)"
echo
echo "== dev gold (emend eval)"
"$emend" eval "$src/samples/gold/dev" "$work/out.txt"
score="$src/../shared/tools/score-gold"
if [ -x "$score" ]; then
  echo
  echo "== dev gold (../shared/tools/score-gold)"
  mkdir -p "$work/dev"
  tail -n +2 "$src/samples/gold/dev/slices.tsv" | while IFS=$'\t' read -r name first last; do
    sed -n "${first},${last}p" "$work/out.txt" > "$work/dev/$name.txt"
  done
  "$score" "$src/samples/gold/dev" "$work/dev"
fi
