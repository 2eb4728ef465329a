#!/bin/sh
# The whole thesis to PDF: samples/thesis-ocr.txt corrected, encoded as TEI,
# rendered as LaTeX and compiled with XeLaTeX (latex_compile.sh does the last
# two and the checks). Then the PDF goes into the HTML site as `make` puts it
# there, and the site's download link must lead to it.
# EDITION holds the thesis TEI as tests/thesis_edition.sh makes it.
# Usage: latex_thesis.sh EMEND SOURCE_DIR OUTDIR EDITION
set -u
emend=$1 src=$2 out=$3 edition=$4
here=$(dirname "$0")
rm -rf "$out" && mkdir -p "$out" || exit 1
sh "$here/latex_compile.sh" "$emend" "$edition/thesis.tei.xml" "$out/pdf" "$src/tests/data/latex/thesis.expected"
status=$?
[ $status -eq 0 ] || exit $status
"$emend" render --format html "$edition/thesis.tei.xml" -o "$out/site" || exit 1
cp "$out/pdf/edition.pdf" "$out/site/thesis.pdf"
grep -q 'href="thesis.pdf"' "$out/site/index.html" || { echo "latex_thesis: the site's index has no link to thesis.pdf"; exit 1; }
pdfinfo "$out/site/thesis.pdf" > /dev/null || { echo "latex_thesis: the site's thesis.pdf is no PDF"; exit 1; }
echo "latex_thesis: the site's thesis.pdf link leads to the thesis PDF"
