#!/usr/bin/env bash
# How much the corrector's one tunable setting, the confidence at which a
# proposal is applied rather than flagged, is fitted to the dev slices:
# two-fold cross-validation over the dev gold. The slices are split in two
# halves (the first seven and the rest, or as given); the threshold is chosen
# on one half (best word error reduction, ties to the higher threshold) and
# scored on the other, both ways. Prints every half's figure per threshold,
# then the chosen settings and their held-out scores.
# Usage: bench/crossval.sh [EMEND] [GOLD] [FIRST_HALF_SIZE]
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
emend=${1:-$src/build/cli/emend}
gold=${2:-$src/samples/gold/dev}
first=${3:-7}
thresholds=(0.4 0.5 0.6 0.7 0.8)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Two gold folders holding each half's slices.
for half in a b; do mkdir -p "$work/$half/ocr" "$work/$half/gold"; done
n=0
while IFS=$'\t' read -r name from to; do
  [ "$name" = name ] && { printf '%s\t%s\t%s\n' "$name" "$from" "$to" | tee "$work/a/slices.tsv" > "$work/b/slices.tsv"; continue; }
  n=$((n + 1))
  half=$([ "$n" -le "$first" ] && echo a || echo b)
  printf '%s\t%s\t%s\n' "$name" "$from" "$to" >> "$work/$half/slices.tsv"
  cp "$gold/ocr/$name".* "$work/$half/ocr/" 2> /dev/null || true
  cp "$gold/gold/$name".* "$work/$half/gold/"
done < "$gold/slices.tsv"
[ "$n" -gt "$first" ] || { echo "crossval: need more than $first slices in $gold/slices.tsv" >&2; exit 1; }
echo "== cross-validation of the apply threshold: $n slices, halves of $first and $((n - first))"

thesis="$src/samples/thesis-ocr.txt"
cache="$work/lexicon.cache"
declare -A score
for t in "${thresholds[@]}"; do
  "$emend" correct "$thesis" -o "$work/out-$t.txt" --threshold "$t" --lexicon-cache "$cache"
  for half in a b; do
    figure=$("$emend" eval "$work/$half" "$work/out-$t.txt" | awk '$1 == "word_error_reduction:" { print $2 }')
    broken=$("$emend" eval "$work/$half" "$work/out-$t.txt" | awk '$1 == "broken_per_10k_words:" { print $2 }')
    score[$half,$t]=$figure
    echo "threshold $t  half $half  word_error_reduction $figure  broken_per_10k $broken"
  done
done

# The threshold each half prefers; ties go to the higher (safer) one.
best() {
  local half=$1 pick="" top=-1000
  for t in "${thresholds[@]}"; do
    if awk -v s="${score[$half,$t]}" -v b="$top" 'BEGIN { exit !(s >= b) }'; then pick=$t top=${score[$half,$t]}; fi
  done
  echo "$pick"
}
ta=$(best a) tb=$(best b)
echo "chosen on half a: $ta (a ${score[a,$ta]}), scored on half b: ${score[b,$ta]}"
echo "chosen on half b: $tb (b ${score[b,$tb]}), scored on half a: ${score[a,$tb]}"
