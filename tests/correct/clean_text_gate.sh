#!/usr/bin/env bash
# Issue 11: on clean text the corrector should change (almost) nothing. Each
# related document in samples/corpus/ (typed, not OCR'd) is corrected as the
# thesis is; the applied emendations over all of them must stay at or below
# one per 10,000 words. Prints the figures and every applied change.
# Usage: clean_text_gate.sh EMEND SOURCE_DIR WORK_DIR
set -euo pipefail
emend=$1 src=$2 work=$3
rm -rf "$work" && mkdir -p "$work"
words=0 applied=0
for doc in "$src"/samples/corpus/*.txt; do
  name=$(basename "$doc" .txt)
  "$emend" correct "$doc" -o "$work/$name.txt" --emendations "$work/$name.tsv" --lexicon-cache "$work/lexicon.cache"
  w=$(wc -w < "$doc")
  a=$(awk -F'\t' 'NR > 1 && $9 == "applied"' "$work/$name.tsv" | wc -l)
  echo "$name: $w words, $a applied"
  awk -F'\t' 'NR > 1 && $9 == "applied" { print "  line " $2 ": " $5 " -> " $6 " (" $7 ")" }' "$work/$name.tsv"
  words=$((words + w)) applied=$((applied + a))
done
[ "$words" -gt 0 ] || { echo "no clean documents in $src/samples/corpus"; exit 1; }
echo "total: $words words, $applied applied ($(awk -v a="$applied" -v w="$words" 'BEGIN { printf "%.2f", a * 10000 / w }') per 10,000 words)"
if [ $((applied * 10000)) -gt "$words" ]; then
  echo "more than one applied change per 10,000 words of clean text"
  exit 1
fi
