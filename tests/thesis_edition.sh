#!/usr/bin/env bash
# The CTest fixture the thesis tests share: the bundled thesis corrected and
# encoded once per test run, as `make` does it (samples/thesis-ocr.txt ->
# thesis.txt, thesis.emendations.tsv, thesis.tei.xml in OUT). The structure
# gate, tei_all, the thesis PDF and the browser test read these files. The
# correction builds a compiled lexicon of the thesis's words (lexicon.cache),
# which the CLI tests' runs read instead of loading the dictionaries, and
# which the quality gate checks changes nothing.
# Usage: thesis_edition.sh EMEND SOURCE_DIR OUT
set -euo pipefail
emend=$1 src=$2 out=$3
rm -rf "$out" && mkdir -p "$out"
"$emend" correct "$src/samples/thesis-ocr.txt" -o "$out/thesis.txt" --emendations "$out/thesis.emendations.tsv" \
  --lexicon-cache "$out/lexicon.cache"
"$emend" tei "$src/samples/thesis-ocr.txt" --emendations "$out/thesis.emendations.tsv" \
  --profile "$src/samples/thesis.profile" -o "$out/thesis.tei.xml" --report
