#!/usr/bin/env bash
# Validates the thesis TEI (tests/thesis_edition.sh's, in EDITION) with jing against
# ../shared's tei_all.rng. Usage: tei_all.sh SOURCE_DIR EDITION WORK_DIR
# Exit 77 (skipped) when that schema or jing is absent.
set -euo pipefail
src=$1 edition=$2 work=$3
schema="$src/../shared/schema/tei_all.rng"
[ -f "$schema" ] && command -v jing > /dev/null || { echo "no tei_all.rng or jing: skipped"; exit 77; }
rm -rf "$work" && mkdir -p "$work"
jing "$schema" "$edition/thesis.tei.xml" > "$work/jing.txt" 2>&1 || true
grep -v '^\[warning\]' "$work/jing.txt" > "$work/errors.txt" || true
cat "$work/errors.txt"
[ ! -s "$work/errors.txt" ] && echo "valid against tei_all"
