#!/bin/sh
# The PDF settles: XeLaTeX passes over the edition reach a fixed point, as
# latexmk needs (at most five passes, or it gives up: "too many passes").
# Regression test for the whole synthetic book's PDF (issue 15), where one
# line went back and forth between two pages on alternate passes: reledmac
# takes the apparatus's line numbers from the previous pass, and a
# paragraph note counts, when the page is broken, as high as it is wide, so
# a number's width fed the previous pass's page breaks into the next.
#
# Two checks on TEI (a synthetic chapter dense with emendations):
#  1. XeLaTeX runs until reledmac's line-number files (NAME.1, NAME.2, ...:
#     each line of the text with the page it fell on, and the lines of each
#     lemma) come out as they went in; at most five passes.
#  2. From that fixed point, one more pass with those files changed so that
#     the line numbers restart every nine lines (the notes then read 1 to 9
#     where they read up to 40) must break the pages exactly as before: what
#     a pass lays out must not depend on the numbers the previous pass left.
# Exits 77 (skipped) when XeLaTeX is not installed.
# Usage: latex_settles.sh EMEND TEI OUTDIR
set -u
emend=$1 tei=$2 out=$3
max_passes=5

command -v xelatex >/dev/null 2>&1 || { echo "latex_settles: xelatex is not installed; skipped"; exit 77; }
# XeLaTeX's memory in huge pages, as the Makefile runs it (scripts/xelatex-env.sh).
# The passes stop at the .xdv (-no-pdf): the checks read reledmac's line-number
# files, not a PDF.
. "$(dirname "$0")/../../scripts/xelatex-env.sh"
rm -rf "$out" && mkdir -p "$out/passes" || exit 1
"$emend" render --format latex "$tei" -o "$out/edition.tex" || { echo "latex_settles: emend render failed"; exit 1; }
cd "$out" || exit 1

pass() {
  SOURCE_DATE_EPOCH=1075593600 FORCE_SOURCE_DATE=1 \
    xelatex -no-pdf -interaction=nonstopmode -halt-on-error edition.tex >xelatex.out 2>&1 ||
    { echo "latex_settles: xelatex failed:"; grep -A8 '^!' edition.log | head -20; exit 1; }
}
# reledmac's line-number files, one per numbered division, in one stream.
numbering() { for f in edition.[0-9]*; do echo "== $f"; cat "$f"; done; }

# 1. The passes reach a fixed point.
n=1
pass
numbering >passes/1
while :; do
  n=$((n + 1))
  pass
  numbering >passes/$n
  cmp -s passes/$((n - 1)) passes/$n && break
  if [ $n -ge $max_passes ]; then
    echo "latex_settles: the line numbers do not settle in $max_passes passes; pass $((n - 1)) against pass $n:"
    diff passes/$((n - 1)) passes/$n | head -20
    if [ $n -ge 3 ] && cmp -s passes/$((n - 2)) passes/$n; then
      echo "latex_settles: passes $((n - 2)) and $n are the same: the layout goes back and forth"
    fi
    exit 1
  fi
done
echo "latex_settles: settled after $n passes"

# 2. Other numbers from the previous pass, the same page breaks.
for f in edition.[0-9]*; do
  awk '/^\\@nl\[/ {
         split($0, a, /[][]/)
         if (a[2] != page) { page = a[2]; k = 0 }
         sub(/^\\@nl\[[0-9]+\]/, "\\@nl[" (page * 100 + int(k / 9)) "]")
         k++
       }
       { print }' "$f" >"$f.renumbered" && mv "$f.renumbered" "$f" || exit 1
done
numbering >passes/renumbered
cmp -s passes/$n passes/renumbered && { echo "latex_settles: renumbering changed nothing (no \\@nl lines?)"; exit 1; }
pass
numbering >passes/after-renumbered
if ! cmp -s passes/$n passes/after-renumbered; then
  echo "latex_settles: with other line numbers from the previous pass, the pages break elsewhere:"
  diff passes/$n passes/after-renumbered | head -20
  exit 1
fi
echo "latex_settles: the page breaks do not depend on the previous pass's line numbers"
