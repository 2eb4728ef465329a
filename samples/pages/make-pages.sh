#!/bin/sh
# Makes the sample page images and their ground truth from the dev gold
# (samples/gold/dev/gold): text2image (Debian's tesseract-ocr) renders clean
# pages in Debian's fonts, degrade_page (ocr/tools) makes them look scanned
# with controlled resolution, exposure, shading, noise and skew.
#
#   samples/pages/make-pages.sh [DEGRADE_PAGE_BINARY]
#
# For each page NAME: NAME.png or NAME.tif, and NAME.gt.txt (the text, one line
# per printed line; a line holding only a form feed between the pages of a
# multi-page TIFF). The committed pages are what the tests and the benchmark
# read; rerun this only to change them.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
degrade=${1:-$root/build-ocr/ocr/degrade_page}
gold=$root/samples/gold/dev/gold
fonts=/usr/share/fonts
[ -x "$degrade" ] || { echo "make-pages: build degrade_page first (cmake --build build-ocr --target degrade_page)" >&2; exit 1; }
command -v text2image >/dev/null || { echo "make-pages: text2image missing (Debian package tesseract-ocr)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# render NAME SLICE FIRST LAST FONT: a clean 300 dpi bilevel page of lines
# FIRST..LAST of the slice, in $work/NAME.tif, its text in $work/NAME.txt.
render() {
  sed -n "$3,$4p" "$gold/$2.txt" > "$work/$1.txt"
  lines=$(($4 - $3 + 1))
  (cd "$work" && text2image --text "$1.txt" --outputbase "$1" --font "$5" --fonts_dir "$fonts" \
     --ptsize 11 --resolution 300 --xsize 2550 --ysize $((260 + lines * 74)) --margin 120 \
     --leading 20 --degrade_image=false --rotate_image=false >/dev/null 2>&1)
  # text2image wraps a line that does not fit: the ground truth must match.
  ends=$(grep -c "$(printf '^\t')" "$work/$1.box" || true)
  [ "$ends" -eq $((lines - 1)) ] || { echo "make-pages: $1: a line was wrapped" >&2; exit 1; }
  # ... or starts a second page when the text is longer than the page.
  ! awk '$NF != 0 { exit 1 }' "$work/$1.box" >/dev/null && { echo "make-pages: $1: text overflows the page" >&2; exit 1; }
  true
}

# Full pages: each text clean (as printed) and degraded (as scanned).
page() {  # NAME SLICE FIRST LAST FONT DEGRADATION...
  name=$1; slice=$2; first=$3; last=$4; font=$5; shift 5
  render "$name" "$slice" "$first" "$last" "$font"
  cp "$work/$name.tif" "$here/$name-clean.tif"
  cp "$work/$name.txt" "$here/$name-clean.gt.txt"
  "$degrade" "$work/$name.tif" "$here/$name-degraded.png" "$@"
  cp "$work/$name.txt" "$here/$name-degraded.gt.txt"
}

page p1 dev-02 1 22 "Liberation Serif" --dpi 200 --skew 1.2 --exposure 1 --shade 0.7 --noise 2 --speckle 0.003 --seed 1
page p2 dev-03 44 63 "Liberation Serif" --dpi 150 --skew -0.8 --shade 0.6 --noise 2 --speckle 0.002 --seed 2
page p3 dev-01 15 38 "DejaVu Serif Semi-Condensed" --dpi 200 --skew 0.7 --exposure -1 --shade 0.65 --noise 2 --speckle 0.002 --seed 3
page p4 dev-07 1 20 "Liberation Serif" --dpi 150 --skew -1.5 --exposure 1 --shade 0.5 --noise 2 --speckle 0.003 --seed 4

# Small pages for the tests: a footnote with Cyrillic and Serbo-Croatian
# letters (PNG), and a two-page TIFF from a bilevel scanner.
render t1 dev-02 7 10 "Liberation Serif"
"$degrade" "$work/t1.tif" "$here/t1-footnote.png" --dpi 200 --skew 1.0 --shade 0.6 --noise 2 --seed 5
cp "$work/t1.txt" "$here/t1-footnote.gt.txt"
render t2a dev-01 36 38 "Liberation Serif"
render t2b dev-05 39 41 "Liberation Serif"
rm -f "$here/t2-twopages.tif"
"$degrade" "$work/t2a.tif" "$here/t2-twopages.tif" --skew -0.6 --exposure 1 --noise 20 --binary --seed 6
"$degrade" "$work/t2b.tif" "$here/t2-twopages.tif" --skew 0.5 --noise 20 --binary --seed 7 --append
{ cat "$work/t2a.txt"; printf '\f\n'; cat "$work/t2b.txt"; } > "$here/t2-twopages.gt.txt"

# t3-marks.png (raised note marks, which text2image cannot set) is not made
# here: six lines cut from the bilevel scan of the synthetic typescript's
# page 148 (bench/synthetic_book.sh: emend render --format typescript, xelatex,
# pdftoppm -r 300, degrade_page --skew -0.3 --exposure -1 --speckle 0.001
# --seed 147 --binary), x 280-2280, y 356-801.
