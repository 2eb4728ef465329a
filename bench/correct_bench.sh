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
# cold: no compiled lexicon (every dictionary loaded, as a first run);
# warm: the compiled lexicon of an earlier run (--lexicon-cache, as make uses).
cache="$work/lexicon.cache"
"$emend" correct "$thesis" -o "$work/out.txt" --lexicon-cache "$cache"
full=() load=() warm=() hs=()
have_hunspell=0
command -v hunspell > /dev/null && [ -f /usr/share/hunspell/en_GB.dic ] && have_hunspell=1
# Interleaved, so that a busy machine slows every command alike.
for ((k = 0; k < runs; k++)); do
  full+=("$(measure "$emend" correct "$thesis" -o "$work/out.txt" --emendations "$work/e.tsv")")
  load+=("$(measure "$emend" correct "$work/one-line.txt" -o "$work/one.txt")")
  warm+=("$(measure "$emend" correct "$thesis" -o "$work/warm.txt" --lexicon-cache "$cache")")
  if [ $have_hunspell = 1 ]; then hs+=("$(measure hunspell -d en_GB -l "$thesis")"); fi
done
cmp -s "$work/out.txt" "$work/warm.txt" || { echo "the compiled lexicon changed the output" >&2; exit 1; }
median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
tf=$(median "${full[@]}") tl=$(median "${load[@]}") tw=$(median "${warm[@]}")
echo "whole thesis, cold, median wall time:      ${tf} s   (runs: ${full[*]})"
echo "one line (dictionaries loaded), median:    ${tl} s"
awk "BEGIN { printf \"correction proper (difference):            %.3f s; loading is %.0f%% of the total\n\", $tf - $tl, 100 * $tl / $tf }"
echo "whole thesis, compiled lexicon, median:    ${tw} s   (runs: ${warm[*]}; $(wc -l < "$cache") answers, $(du -k "$cache" | cut -f1) KiB)"
# The yardstick of issue 11: Hunspell listing the thesis's unknown words, timed
# in the same run.
if [ $have_hunspell = 1 ]; then
  th=$(median "${hs[@]}")
  echo "hunspell -d en_GB -l, median wall time:    ${th} s   (runs: ${hs[*]})"
  awk "BEGIN { printf \"emend correct / hunspell -l:               %.2f cold, %.2f with the compiled lexicon\n\", $tf / $th, $tw / $th }"
else
  echo "hunspell (the CLI) is not installed: no comparison"
fi
# CPU time and peak memory of one run (GNU time -v), less sensitive to a busy machine.
if [ -x /usr/bin/time ]; then
  /usr/bin/time -v "$emend" correct "$thesis" -o "$work/out.txt" 2> "$work/time.txt" > /dev/null
  awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } /Maximum resident/ { m = $2 }
              END { printf "one run, cold: CPU %.2f s (user %.2f, system %.2f), peak memory %d KiB\n", u + s, u, s, m }' \
    "$work/time.txt"
  /usr/bin/time -v "$emend" correct "$thesis" -o "$work/out.txt" --lexicon-cache "$cache" 2> "$work/time.txt" > /dev/null
  awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } /Maximum resident/ { m = $2 }
              END { printf "one run, compiled lexicon: CPU %.2f s (user %.2f, system %.2f), peak memory %d KiB\n", u + s, u, s, m }' \
    "$work/time.txt"
  if command -v hunspell > /dev/null; then
    /usr/bin/time -v hunspell -d en_GB -l "$thesis" 2> "$work/time.txt" > /dev/null
    awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } /Maximum resident/ { m = $2 }
                END { printf "hunspell -l: CPU %.2f s, peak memory %d KiB\n", u + s, m }' "$work/time.txt"
  fi
fi
echo "emendations: $(($(wc -l < "$work/e.tsv") - 1)) ($(grep -c $'\tapplied\t' "$work/e.tsv") applied, $(grep -c $'\tflagged\t' "$work/e.tsv") flagged)"
echo
echo "== dev gold (emend eval)"
"$emend" eval "$src/samples/gold/dev" "$work/out.txt" --emendations "$work/e.tsv"
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
