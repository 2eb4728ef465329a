#!/bin/sh
# Renders a TEI document as LaTeX with emend and compiles it for real with
# XeLaTeX through latexmk, as `make pdf` does. Fails on a LaTeX error, a
# character the fonts lack, an undefined reference, or a line of EXPECTED
# (one string per line) missing from the PDF's text (white space folded).
# Prints the warnings it counted. Exits 77 (skipped) when the TeX tools are
# not installed (scripts/install-deps.sh installs them).
# Usage: latex_compile.sh EMEND TEI OUTDIR EXPECTED
set -u
emend=$1 tei=$2 out=$3 expected=$4

for tool in xelatex latexmk pdftotext; do
  command -v "$tool" >/dev/null 2>&1 || { echo "latex_compile: $tool is not installed; skipped"; exit 77; }
done

rm -rf "$out" && mkdir -p "$out" || exit 1
"$emend" render --format latex "$tei" -o "$out/edition.tex" || { echo "latex_compile: emend render failed"; exit 1; }

# Dates in the PDF from SOURCE_DATE_EPOCH, and XeLaTeX's memory in huge
# pages (scripts/xelatex-env.sh), as the Makefile does.
. "$(dirname "$0")/../../scripts/xelatex-env.sh"
if ! (cd "$out" && SOURCE_DATE_EPOCH=1075593600 FORCE_SOURCE_DATE=1 \
      latexmk -xelatex -interaction=nonstopmode -halt-on-error edition.tex >latexmk.out 2>&1); then
  echo "latex_compile: latexmk failed; the errors from $out/edition.log:"
  grep -A8 '^!' "$out/edition.log" | head -40
  tail -20 "$out/latexmk.out"
  exit 1
fi

log=$out/edition.log
status=0
if grep -q '^!' "$log"; then
  echo "latex_compile: errors in $log:"; grep -A5 '^!' "$log" | head -30; status=1
fi
if grep -q 'Missing character' "$log"; then
  echo "latex_compile: characters the fonts lack:"; grep 'Missing character' "$log" | sort | uniq -c | head; status=1
fi
if grep -Eq 'Reference .* undefined|There were undefined references|Citation .* undefined' "$log"; then
  echo "latex_compile: undefined references:"; grep -E 'undefined' "$log" | head; status=1
fi

pdftotext "$out/edition.pdf" - | tr -s '[:space:]' ' ' >"$out/edition.txt"
while IFS= read -r want || [ -n "$want" ]; do
  [ -z "$want" ] && continue
  if ! grep -qF -- "$want" "$out/edition.txt"; then
    echo "latex_compile: the PDF does not read: $want"; status=1
  fi
done <"$expected"

# The warnings, for the record: reledmac sets each heading's line in a box
# 3\paperwidth wide on purpose, so overfull boxes over 1000pt are not counted.
overfull=$(grep -E '^Overfull \\hbox \(([0-9]{1,3})\.' "$log" | wc -l)
underfull=$(grep -c '^Underfull' "$log")
vbox=$(grep -c '^Overfull \\vbox' "$log")
pages=$(pdfinfo "$out/edition.pdf" 2>/dev/null | sed -n 's/^Pages: *//p')
# The passes latexmk made (each one costs the whole document again).
passes=$(grep -c "^Run number [0-9]* of rule 'xelatex'" "$out/latexmk.out")
echo "latex_compile: ${pages:-?} pages in $passes XeLaTeX passes; overfull hboxes: $overfull, overfull vboxes: $vbox, underfull boxes: $underfull"
# The preamble's faster tests for reledmac's per-line questions (a reledmac
# whose macros read otherwise keeps its own: the same PDF, slower).
unpatched=$(grep -c "^emend: reledmac's .* is not as expected" "$log")
[ "$unpatched" -eq 0 ] || echo "latex_compile: $unpatched reledmac macros left unpatched (slower passes)"
exit $status
