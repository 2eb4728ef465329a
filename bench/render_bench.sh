#!/usr/bin/env bash
# Benchmark of `emend render` on the whole bundled thesis: each format's
# time (median of RUNS) and the size of what it writes.
# Usage: bench/render_bench.sh [EMEND] [RUNS]
set -euo pipefail
emend=${1:-build/cli/emend}
runs=${2:-5}
src=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
thesis="$src/samples/thesis-ocr.txt"
"$emend" correct "$thesis" -o "$work/thesis.txt" --emendations "$work/e.tsv"
"$emend" tei "$thesis" --emendations "$work/e.tsv" -o "$work/thesis.tei.xml"
echo "TEI: $(wc -c < "$work/thesis.tei.xml") bytes"

# Median wall time, in seconds, of running "$@" $runs times.
median_time() {
  local times=() start end
  for ((k = 0; k < runs; k++)); do
    start=$(date +%s.%N)
    "$@"
    end=$(date +%s.%N)
    times+=("$(awk "BEGIN { printf \"%.3f\", $end - $start }")")
  done
  echo "$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }') s   (runs: ${times[*]})"
}

## HTML: the static site (reading the TEI included: the whole emend run).
echo "== emend render --format html: whole thesis, $runs runs"
echo "median wall time: $(median_time "$emend" render --format html "$work/thesis.tei.xml" -o "$work/site")"
total=0
for page in "$work"/site/*; do
  bytes=$(wc -c < "$page")
  total=$((total + bytes))
  printf '  %-22s %9d bytes\n' "$(basename "$page")" "$bytes"
done
printf '  %-22s %9d bytes (%d files)\n' "total" "$total" "$(ls "$work/site" | wc -l)"
if command -v gzip > /dev/null; then
  echo "  gzipped total: $(cat "$work"/site/* | gzip -9 | wc -c) bytes"
fi
