#!/bin/sh
# CTest's browser test of the HTML edition: renders the whole thesis and the
# hand-written sample TEI with emend, then drives Debian's Chromium through
# them (html_site_test.mjs): chromium-headless-shell, the same engine without
# the desktop browser's layers, which Playwright itself runs for headless
# tests (half the CPU time of the full chromium here: 15 against 26 s for the
# interactions); the full chromium where the shell is not installed, or
# whichever CHROMIUM names. Screenshots are kept in OUT.
# The thesis site gets its downloads as `make` gives them: the emendations
# file beside the TEI the renderer writes, and the PDF: the one at PDF when
# there is one, otherwise a one-page stand-in, so that the download link is
# always followed. CTest runs this test beside latex_thesis_pdf, not after
# it; that test puts the real thesis PDF into a site as `make` does and
# checks the link there.
# EDITION, when given, holds the thesis already corrected and encoded
# (tests/thesis_edition.sh); otherwise this script makes it.
# PART (default all) splits the work: "sites" only renders the two sites
# into OUT (CTest's html_sites fixture); "browse" drives one browser through
# the sites "sites" rendered, the interactions and axe-core's audits
# (CTest's html_browser); "pages" (the interactions) and "a11y" (the audits)
# do one half of that each; "all" renders and browses, in one go.
# Usage: tests/browser/run.sh EMEND SOURCE_DIR OUT [PDF] [EDITION] [PART]
# Exits 77 (skipped) when chromium or the npm packages are missing: run
# scripts/install-deps.sh (which `make` does) to install them.
set -eu
emend=$1
src=$2
out=$3
pdf=${4:-}
edition=${5:-}
part=${6:-all}
case $part in all|sites|browse|pages|a11y) ;; *) echo "run.sh: PART is all, sites, browse, pages or a11y, not $part"; exit 2 ;; esac
here="$src/tests/browser"
if [ -z "${CHROMIUM:-}" ]; then
  CHROMIUM=/usr/bin/chromium
  [ -x /usr/bin/chromium-headless-shell ] && CHROMIUM=/usr/bin/chromium-headless-shell
fi
export CHROMIUM
chromium=$CHROMIUM
if [ "$part" != sites ]; then
  if [ ! -x "$chromium" ] || ! command -v node > /dev/null 2>&1; then
    echo "skipped: $chromium or node is missing (run scripts/install-deps.sh)"
    exit 77
  fi
  if [ ! -f "$here/node_modules/playwright-core/package.json" ]; then
    echo "skipped: playwright-core is not installed in $here (run scripts/install-deps.sh)"
    exit 77
  fi
fi
mkdir -p "$out"
out=$(cd "$out" && pwd)
if [ "$part" = browse ] || [ "$part" = pages ] || [ "$part" = a11y ]; then
  if [ ! -f "$out/thesis-site/index.html" ] || [ ! -f "$out/sample-site/index.html" ]; then
    echo "run.sh: no sites in $out: run PART sites first (CTest's html_sites fixture)"
    exit 1
  fi
  cd "$here"
  [ "$part" = browse ] && part=all
  EMEND_BROWSER_PART=$part exec node --test-reporter=spec html_site_test.mjs "$out/thesis-site" "$out/sample-site" "$out"
fi
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
[ "$part" = sites ] && exit 0
cd "$here"
exec node --test-reporter=spec html_site_test.mjs "$out/thesis-site" "$out/sample-site" "$out"
