#!/bin/sh
# The whole thesis through correct -> tei -> render html with an emend built
# with EMEND_SANITIZE=ON: any AddressSanitizer or UBSan report stops emend
# with an error, which fails this script.
# Usage: tests/sanitized_pipeline.sh EMEND SOURCE_DIR WORK_DIR
set -eu
emend=$1
src=$2
work=$3
rm -rf "$work"
mkdir -p "$work"
"$emend" correct "$src/samples/thesis-ocr.txt" -o "$work/thesis.txt" --emendations "$work/thesis.emendations.tsv" \
  --decisions "$src/samples/thesis.decisions.tsv"
"$emend" tei "$src/samples/thesis-ocr.txt" --emendations "$work/thesis.emendations.tsv" \
  --metadata "$src/samples/thesis.meta" -o "$work/thesis.tei.xml"
"$emend" render --format html "$work/thesis.tei.xml" -o "$work/site/"
"$emend" render --format latex "$work/thesis.tei.xml" -o "$work/thesis.tex"
test -s "$work/site/index.html"
test -s "$work/thesis.tex"
echo "sanitized pipeline: correct, tei, render html and latex of the whole thesis: no reports"
