#!/bin/sh
# The whole thesis to PDF: samples/thesis-ocr.txt corrected, encoded as TEI,
# rendered as LaTeX and compiled with XeLaTeX (latex_compile.sh does the last
# two and the checks). 1.5 to 2.5 minutes on two cores.
# Usage: latex_thesis.sh EMEND SOURCE_DIR OUTDIR
set -u
emend=$1 src=$2 out=$3
here=$(dirname "$0")
rm -rf "$out" && mkdir -p "$out" || exit 1
"$emend" correct "$src/samples/thesis-ocr.txt" -o "$out/thesis.txt" --emendations "$out/thesis.tsv" || exit 1
"$emend" tei "$src/samples/thesis-ocr.txt" --emendations "$out/thesis.tsv" -o "$out/thesis.tei.xml" || exit 1
exec sh "$here/latex_compile.sh" "$emend" "$out/thesis.tei.xml" "$out/pdf" "$src/tests/data/latex/thesis.expected"
