#!/bin/sh
# 300 dpi bilevel typescript pages, as a bilevel scanner makes them: pages of
# the thesis's text (the dev ground truth) typeset in a typewriter face with
# XeLaTeX, a page number at the top, rasterised black and white at 300 dpi
# (pdftoppm -mono), then degraded by ocr/tools/degrade_page (noise, specks,
# dirt, a copier's dark edges, skew). Prints CER/WER per degradation for
# plain `tesseract -l eng+hrv+rus`, `emend ocr --no-bilevel-cleaning` (the
# bilevel page as it comes, as emend read it before it cleaned such pages),
# `emend ocr --no-deskew` and `emend ocr`, as "CER WER" over 3 pages, and how
# many printed page numbers emend read.
#
#   bench/bilevel_bench.sh [BUILD_DIR]      (default build)
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
emend=$build/cli/emend
degrade=$build/ocr/degrade_page
score=$root/bench/ocr_score.py
gold=$root/samples/gold/dev/gold
for tool in xelatex pdftoppm tesseract python3; do
  command -v $tool >/dev/null || { echo "bilevel_bench: $tool missing (scripts/install-deps.sh)" >&2; exit 1; }
done
[ -x "$emend" ] && [ -x "$degrade" ] || { echo "bilevel_bench: build emend and degrade_page first" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export OMP_THREAD_LIMIT=1

# typeset NAME SLICE FIRST LAST PAGE: a one-page PDF of lines FIRST..LAST, its
# number PAGE at the top; the ground truth in $work/NAME.gt.txt.
typeset() {
  python3 - "$gold/$2.txt" "$3" "$4" "$5" "$work/$1" <<'PY'
import sys
source, first, last, number, base = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5]
lines = open(source, encoding="utf-8").read().split("\n")[first - 1:last]
special = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "$": r"\$", "&": r"\&", "#": r"\#",
           "^": r"\^{}", "_": r"\_", "%": r"\%", "~": r"\~{}"}
def tex(line):
    return "".join(special.get(c, c) for c in line)
with open(base + ".gt.txt", "w", encoding="utf-8") as gt:
    gt.write("- %s -\n" % number + "\n".join(lines) + "\n")
with open(base + ".tex", "w", encoding="utf-8") as out:
    out.write("\\documentclass{article}\n"
              "\\usepackage[paperwidth=8.5in,paperheight=11in,left=0.75in,right=0.5in,top=0.6in,bottom=0.6in]{geometry}\n"
              "\\usepackage{fontspec}\\setmainfont{Liberation Mono}\\pagestyle{empty}\n"
              "\\begin{document}\\fontsize{10.5}{22}\\selectfont\\parindent=0pt\\raggedright\n"
              "\\centerline{- %s -}\\vspace{18pt}\n" % number)
    for line in lines:
        out.write(tex(line) + "\\par\n")
    out.write("\\end{document}\n")
PY
  (cd "$work" && xelatex -interaction=batchmode "$1.tex" >/dev/null 2>&1) || { echo "bilevel_bench: xelatex failed on $1" >&2; exit 1; }
  pdftoppm -r 300 -mono -singlefile "$work/$1.pdf" "$work/$1"
}

# Degradations of a bilevel scan (degrade_page options; --binary always).
set -- \
  "clean:--noise 0" \
  "noise+specks:--noise 40 --speckle 0.004 --seed 11" \
  "dirt+edges:--noise 25 --blots 1500 --border 60 --seed 12" \
  "skew0.4+dirt:--skew 0.4 --noise 25 --blots 800 --seed 13" \
  "skew0.8+dirt:--skew 0.8 --noise 25 --blots 800 --seed 15" \
  "skew1.5+dirt+edges:--skew 1.5 --noise 30 --blots 800 --border 40 --speckle 0.002 --seed 14"
typeset a dev-04 4 31 27
typeset b dev-02 1 28 114
typeset c dev-05 10 37 203
printf '%-20s %17s %17s %17s %17s\n' "degradation" "tesseract" "emend, no cleaning" "emend --no-deskew" "emend ocr"
numbers=0
for row in "$@"; do
  label=${row%%:*}; options=${row#*:}
  mkdir -p "$work/$label"
  for page in a b c; do
    # shellcheck disable=SC2086
    "$degrade" "$work/$page.pbm" "$work/$label/$page.tif" --binary $options
    tesseract "$work/$label/$page.tif" "$work/$label/$page.tess" -l eng+hrv+rus >/dev/null 2>&1
  done
  "$emend" ocr "$work/$label"/[abc].tif -o "$work/$label/before" --no-progress --no-bilevel-cleaning
  "$emend" ocr "$work/$label"/[abc].tif -o "$work/$label/straight" --no-progress --no-deskew
  "$emend" ocr "$work/$label"/[abc].tif -o "$work/$label/emend" --no-progress
  t=$(python3 "$score" $(for p in a b c; do echo "$work/$p.gt.txt $work/$label/$p.tess.txt"; done))
  b=$(python3 "$score" $(for p in a b c; do echo "$work/$p.gt.txt $work/$label/before/$p.txt"; done))
  s=$(python3 "$score" $(for p in a b c; do echo "$work/$p.gt.txt $work/$label/straight/$p.txt"; done))
  e=$(python3 "$score" $(for p in a b c; do echo "$work/$p.gt.txt $work/$label/emend/$p.txt"; done))
  printf '%-20s %7s%% %7s%% %7s%% %7s%% %7s%% %7s%% %7s%% %7s%%\n' "$label" $t $b $s $e
  for p in a b c; do
    n=$(awk -F'\t' 'NR == 2 { print $2 }' "$work/$label/emend/$p.pages.tsv")
    [ -n "$n" ] && numbers=$((numbers + 1))
  done
done
echo "printed page numbers read by emend ocr: $numbers of $(( $# * 3 ))"
