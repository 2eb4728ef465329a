#!/bin/sh
# make ocr-book: the path from scans to edition on the synthetic typescript.
# The thesis's edition is set again as a typescript (emend render --format
# typescript), its first SHEETS PDF pages rasterised at 300 dpi and degraded
# into one bilevel multi-page TIFF with specks (as UMI delivers a thesis);
# then emend ocr -> emend correct -> emend tei (the form feeds as page breaks,
# NAME.pages.tsv's numbers, each page linked to its image) -> the HTML
# edition (with the page images beside the text) and the PDF; last, a report
# of the pages and notes recovered against the typescript itself
# (bench/ocr_book_report.py).
#
#   bench/ocr_book.sh [BUILD_DIR] [SHEETS] [OUT_DIR]
#
# SHEETS: the first SHEETS pages of the typescript (default 40), or "all"
# (about 350: an hour or more on two cores). OUT_DIR (default out/ocr-book)
# gets book.tif, ocr/, book.tei.xml, site/ (open site/index.html), book.pdf
# and report.txt. Nothing there is committed. With OCR_BOOK_REUSE=1 in the
# environment, a finished earlier run's typescript, scan and OCR in OUT_DIR
# are kept and only correct, tei, HTML, PDF and the report are made again
# (after a change to those stages, without another hour of OCR).
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
sheets=${2:-40}
out=${3:-$root/out/ocr-book}
emend=$build/cli/emend
degrade=$build/ocr/degrade_page
[ -x "$emend" ] && [ -x "$degrade" ] || { echo "ocr_book: build emend and degrade_page first (make build)" >&2; exit 1; }
for tool in xelatex latexmk pdftoppm pdftotext pdfinfo python3 xmllint; do
  command -v $tool >/dev/null || { echo "ocr_book: $tool is missing (scripts/install-deps.sh)" >&2; exit 1; }
done
[ -x /usr/bin/time ] || { echo "ocr_book: /usr/bin/time is missing (Debian package time)" >&2; exit 1; }
export OMP_THREAD_LIMIT=1
now() { date +%s.%N; }
step() { echo "== ocr-book: $*"; }
reuse=no
if [ "${OCR_BOOK_REUSE:-0}" = 1 ]; then
  [ -f "$out/ocr/book.txt" ] && [ -f "$out/ocr/book.pages.tsv" ] && [ -f "$out/ocr-seconds" ] &&
    [ -f "$out/typescript/book/book.txt" ] ||
    { echo "ocr_book: OCR_BOOK_REUSE=1, but $out holds no finished run's OCR" >&2; exit 1; }
  reuse=yes
fi
if [ $reuse = no ]; then
rm -rf "$out"
mkdir -p "$out/typescript" "$out/facs" "$out/pages"

# 1. The typescript: the edition made as make makes it, set as a typescript.
step "typesetting the typescript"
"$emend" correct "$root/samples/thesis-ocr.txt" -o "$out/typescript/thesis.txt" \
  --emendations "$out/typescript/thesis.tsv" --decisions "$root/samples/thesis.decisions.tsv" 2>/dev/null
"$emend" tei "$root/samples/thesis-ocr.txt" --emendations "$out/typescript/thesis.tsv" \
  --metadata "$root/samples/thesis.meta" --profile "$root/samples/thesis.profile" \
  --structure-decisions "$root/samples/thesis.structure.tsv" -o "$out/typescript/thesis.tei.xml" 2>/dev/null
"$emend" render --format typescript "$out/typescript/thesis.tei.xml" -o "$out/typescript/book"
(cd "$out/typescript/book" && xelatex -interaction=nonstopmode -halt-on-error book.tex >/dev/null 2>&1) ||
  { echo "ocr_book: xelatex failed (see $out/typescript/book/book.log)" >&2; exit 1; }
book=$out/typescript/book
pdftotext -layout "$book/book.pdf" "$book/book.txt"
total=$(pdfinfo "$book/book.pdf" | sed -n 's/^Pages: *//p')
last=$total
[ "$sheets" = all ] || [ "$sheets" -ge "$total" ] || last=$sheets

# 2. The scan: one bilevel 300 dpi TIFF, a page per typescript page; and a
# small image of each page for the edition (facs/pNNNN.png). The pages are
# rasterised and degraded two at a time, then gathered into the TIFF in order.
step "scanning pages 1-$last of $total (300 dpi bilevel, specks, slight skew)"
seq 1 "$last" | xargs -P2 -I{} sh -c '
  p=$1; book=$2; out=$3; degrade=$4
  name=$(printf "p%04d" "$p")
  pdftoppm -r 300 -gray -f "$p" -l "$p" -png "$book/book.pdf" "$out/pages/clean-$name"
  clean=$(ls "$out/pages/clean-$name"*.png)
  "$degrade" "$clean" "$out/pages/$name.tif" --dpi 300 --skew -0.3 --exposure -1 --speckle 0.001 --seed "$p" --binary
  "$degrade" "$out/pages/$name.tif" "$out/facs/$name.png" --dpi 100
  rm -f "$clean"' sh {} "$book" "$out" "$degrade"
p=1
while [ "$p" -le "$last" ]; do
  name=$(printf 'p%04d' "$p")
  [ -f "$out/pages/$name.tif" ] || { echo "ocr_book: page $p was not scanned" >&2; exit 1; }
  "$degrade" "$out/pages/$name.tif" "$out/book.tif" --as-is --append
  rm -f "$out/pages/$name.tif"
  p=$((p + 1))
done

# 3. From the scan to the edition.
step "emend ocr (--jobs 2)"
s=$(now)
status=0
/usr/bin/time -f %M -o "$out/ocr-peak-kb" "$emend" ocr "$out/book.tif" -o "$out/ocr" --jobs 2 --no-progress ||
  status=$?
[ "$status" -eq 0 ] || [ "$status" -eq 5 ] || { echo "ocr_book: emend ocr failed ($status)" >&2; exit 1; }
python3 -c "print(round($(now) - $s, 1))" > "$out/ocr-seconds"
else
  step "reusing the typescript, the scan and the OCR in $out"
  book=$out/typescript/book
  total=$(pdfinfo "$book/book.pdf" | sed -n 's/^Pages: *//p')
  last=$(($(grep -c . "$out/ocr/book.pages.tsv") - 1))
fi
ocr_seconds=$(cat "$out/ocr-seconds")
ocr_peak="peak memory not recorded"
[ -s "$out/ocr-peak-kb" ] && ocr_peak="peak memory $(python3 -c "print(round($(tail -1 "$out/ocr-peak-kb") / 1024))") MiB"
step "emend correct, emend tei --pages --facs"
"$emend" correct "$out/ocr/book.txt" -o "$out/book.corrected.txt" --emendations "$out/book.emendations.tsv" 2>/dev/null
"$emend" tei "$out/ocr/book.txt" --emendations "$out/book.emendations.tsv" --pages "$out/ocr/book.pages.tsv" \
  --facs 'facs/p{n:4}.png' --metadata "$root/samples/thesis.meta" --profile "$root/bench/typescript.profile" \
  -o "$out/book.tei.xml" --report 2> "$out/tei-report.txt"
xmllint --noout --relaxng "$root/tei/emend-tei.rng" "$out/book.tei.xml"
tei_all=$root/../shared/schema/tei_all.rng
[ -f "$tei_all" ] || tei_all=/work/shared/schema/tei_all.rng
if [ -f "$tei_all" ] && command -v jing >/dev/null; then
  jing "$tei_all" "$out/book.tei.xml" && echo "$out/book.tei.xml validates against tei_all"
fi
step "HTML and PDF"
"$emend" render --format html "$out/book.tei.xml" -o "$out/site"
cp -r "$out/facs" "$out/site/facs"
"$emend" render --format latex "$out/book.tei.xml" -o "$out/book.tex"
# From no earlier pass's files, so that the passes counted are those a first build takes.
(cd "$out" && rm -f book.aux book.toc book.out book.[0-9]* book.*end book.eledsec* book.fdb_latexmk book.fls book.xdv book.pdf)
s=$(now)
(cd "$out" && FORCE_SOURCE_DATE=1 latexmk -xelatex -interaction=nonstopmode -halt-on-error book.tex >latexmk.out 2>&1) ||
  { echo "ocr_book: the edition's PDF failed (see $out/latexmk.out and $out/book.log)" >&2; exit 1; }
pdf_seconds=$(python3 -c "print(round($(now) - $s))")
pdf_passes=$(grep -c "^Run number [0-9]* of rule 'xelatex'" "$out/latexmk.out")
pdf_pages=$(pdfinfo "$out/book.pdf" | sed -n 's/^Pages: *//p')

# 4. The report.
{
  echo "ocr-book: PDF pages 1-$last of the synthetic typescript, 300 dpi bilevel; emend ocr $ocr_seconds s" \
       "($(python3 -c "print(round($last * 60 / $ocr_seconds, 1))") pages/min, --jobs 2;" \
       "$ocr_peak)"
  sed 's/^/  tei: /' "$out/tei-report.txt"
  echo "  pdf: $pdf_pages pages, settled in $pdf_passes XeLaTeX passes (latexmk), $pdf_seconds s"
  python3 "$root/bench/ocr_book_report.py" "$out/book.tei.xml" "$book/book.txt" "$book/truth" 1 "$last"
} | tee "$out/report.txt"
echo "edition: $out/book.tei.xml, $out/site/index.html, $out/book.pdf"
