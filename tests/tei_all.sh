#!/usr/bin/env bash
# Builds the thesis TEI and validates it with jing against ../shared's tei_all.rng.
# Exit 77 (skipped) when that schema or jing is absent.
set -euo pipefail
emend=$1 src=$2 work=$3
schema="$src/../shared/schema/tei_all.rng"
[ -f "$schema" ] && command -v jing > /dev/null || { echo "no tei_all.rng or jing: skipped"; exit 77; }
rm -rf "$work" && mkdir -p "$work"
"$emend" correct "$src/samples/thesis-ocr.txt" -o "$work/thesis.txt" --emendations "$work/e.tsv"
"$emend" tei "$src/samples/thesis-ocr.txt" --emendations "$work/e.tsv" -o "$work/thesis.tei.xml"
jing "$schema" "$work/thesis.tei.xml" > "$work/jing.txt" 2>&1 || true
grep -v '^\[warning\]' "$work/jing.txt" > "$work/errors.txt" || true
cat "$work/errors.txt"
[ ! -s "$work/errors.txt" ] && echo "valid against tei_all"
