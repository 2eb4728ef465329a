#!/usr/bin/env bash
# What one `emend correct` costs before it corrects anything: a one-line file
# corrected with no compiled lexicon, so that every Hunspell dictionary and
# the word lists are loaded, as in each test and each `make correct` that
# meets a word its compiled lexicon lacks. Prints the mean CPU (user +
# system) and wall time of RUNS runs. Given a second emend (another build),
# the two take turns (A B A B), so that a busy machine slows both alike, and
# the ratio of their means is printed.
# Usage: bench/startup_bench.sh [EMEND] [RUNS] [OTHER_EMEND]
set -euo pipefail
a=${1:-build/cli/emend}
runs=${2:-10}
b=${3:-}
command -v /usr/bin/time > /dev/null || { echo "startup_bench: needs GNU time (/usr/bin/time)"; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
src=$(cd "$(dirname "$0")/.." && pwd)
head -n 1 "$src/samples/thesis-ocr.txt" > "$work/line.txt"

# Appends "CPU WALL" of one run to FILE.
run() {
  /usr/bin/time -a -o "$2" -f "%U %S %e" "$1" correct "$work/line.txt" -o "$work/out.txt" > /dev/null
}
for ((k = 0; k < runs; k++)); do
  run "$a" "$work/a"
  [ -z "$b" ] || run "$b" "$work/b"
done
mean() { awk '{ cpu += $1 + $2; wall += $3 } END { printf "%.3f %.3f", cpu / NR, wall / NR }' "$1"; }
read -r ca wa <<< "$(mean "$work/a")"
echo "$a: one line, $runs runs: mean CPU $ca s, mean wall $wa s"
if [ -n "$b" ]; then
  read -r cb wb <<< "$(mean "$work/b")"
  echo "$b: one line, $runs runs: mean CPU $cb s, mean wall $wb s"
  awk -v ca="$ca" -v cb="$cb" -v wa="$wa" -v wb="$wb" \
    'BEGIN { printf "first / second: CPU %.2f, wall %.2f\n", ca / cb, wa / wb }'
fi
