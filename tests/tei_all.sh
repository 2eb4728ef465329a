#!/usr/bin/env bash
# Validates the thesis TEI (tests/thesis_edition.sh's, in EDITION) with jing against
# ../shared's tei_all.rng. Usage: tei_all.sh SOURCE_DIR EDITION WORK_DIR
# Exit 77 (skipped) when that schema or jing is absent.
set -euo pipefail
src=$1 edition=$2 work=$3
schema="$src/../shared/schema/tei_all.rng"
[ -f "$schema" ] && command -v jing > /dev/null || { echo "no tei_all.rng or jing: skipped"; exit 77; }
rm -rf "$work" && mkdir -p "$work"
# One validation of one document: the JVM's quick compiler alone and its
# serial collector (no compiler or collector threads beside the one that
# validates) take half the CPU of its defaults here (0.9 against 1.6 s); the
# java launcher notes the options on stderr, which is not an error either.
JDK_JAVA_OPTIONS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC" \
  jing "$schema" "$edition/thesis.tei.xml" > "$work/jing.txt" 2>&1 || true
grep -v -e '^\[warning\]' -e '^NOTE: Picked up JDK_JAVA_OPTIONS' "$work/jing.txt" > "$work/errors.txt" || true
cat "$work/errors.txt"
[ ! -s "$work/errors.txt" ] && echo "valid against tei_all"
