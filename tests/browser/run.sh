#!/bin/sh
# CTest's browser test of the HTML edition: renders the whole thesis and the
# hand-written sample TEI with emend, then drives Debian's chromium through
# them (html_site_test.mjs). Screenshots are kept in OUT.
# The thesis site gets its downloads as `make` gives them: the emendations
# file beside the TEI the renderer writes, and the PDF: the one at PDF when
# there is one, otherwise a one-page stand-in, so that the download link is
# always followed. CTest runs this test beside latex_thesis_pdf, not after
# it; that test puts the real thesis PDF into a site as `make` does and
# checks the link there.
# EDITION, when given, holds the thesis already corrected and encoded
# (tests/thesis_edition.sh); otherwise this script makes it.
# Usage: tests/browser/run.sh EMEND SOURCE_DIR OUT [PDF] [EDITION]
# Exits 77 (skipped) when chromium or the npm packages are missing: run
# scripts/install-deps.sh (which `make` does) to install them.
set -eu
emend=$1
src=$2
out=$3
pdf=${4:-}
edition=${5:-}
here="$src/tests/browser"
chromium=${CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$chromium" ] || ! command -v node > /dev/null 2>&1; then
  echo "skipped: $chromium or node is missing (run scripts/install-deps.sh)"
  exit 77
fi
if [ ! -f "$here/node_modules/playwright-core/package.json" ]; then
  echo "skipped: playwright-core is not installed in $here (run scripts/install-deps.sh)"
  exit 77
fi
mkdir -p "$out"
out=$(cd "$out" && pwd)
if [ -n "$edition" ] && [ -f "$edition/thesis.tei.xml" ]; then
  cp "$edition/thesis.txt" "$edition/thesis.emendations.tsv" "$edition/thesis.tei.xml" "$out/"
else
  "$emend" correct "$src/samples/thesis-ocr.txt" -o "$out/thesis.txt" --emendations "$out/thesis.emendations.tsv"
  "$emend" tei "$src/samples/thesis-ocr.txt" --emendations "$out/thesis.emendations.tsv" -o "$out/thesis.tei.xml"
fi
"$emend" render --format html "$out/thesis.tei.xml" -o "$out/thesis-site"
cp "$out/thesis.emendations.tsv" "$out/thesis-site/"
if [ -n "$pdf" ] && [ -f "$pdf" ]; then
  cp "$pdf" "$out/thesis-site/thesis.pdf"
else
  cp "$src/tests/data/html/stand-in.pdf" "$out/thesis-site/thesis.pdf"
fi
"$emend" render --format html "$src/tests/data/html/sample.tei.xml" -o "$out/sample-site"
cd "$here"
exec node --test-reporter=spec html_site_test.mjs "$out/thesis-site" "$out/sample-site" "$out"
