#!/bin/sh
# The whole thesis to PDF: samples/thesis-ocr.txt corrected, encoded as TEI,
# rendered as LaTeX and compiled with XeLaTeX (latex_compile.sh does the last
# two and the checks). 1.5 to 2.5 minutes on two cores.
# EDITION holds the thesis TEI as tests/thesis_edition.sh makes it.
# Usage: latex_thesis.sh EMEND SOURCE_DIR OUTDIR EDITION
set -u
emend=$1 src=$2 out=$3 edition=$4
here=$(dirname "$0")
rm -rf "$out" && mkdir -p "$out" || exit 1
exec sh "$here/latex_compile.sh" "$emend" "$edition/thesis.tei.xml" "$out/pdf" "$src/tests/data/latex/thesis.expected"
