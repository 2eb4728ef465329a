#!/usr/bin/env bash
# Benchmark of `emend render` on the whole bundled thesis: each format's
# time (median of RUNS) and the size of what it writes.
# Usage: bench/render_bench.sh [EMEND] [RUNS]   (PDF=0 in the environment skips the PDF)
set -euo pipefail
emend=${1:-build/cli/emend}
runs=${2:-5}
src=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
thesis="$src/samples/thesis-ocr.txt"
"$emend" correct "$thesis" -o "$work/thesis.txt" --emendations "$work/e.tsv"
"$emend" tei "$thesis" --emendations "$work/e.tsv" -o "$work/thesis.tei.xml"
echo "TEI: $(wc -c < "$work/thesis.tei.xml") bytes"

# Median wall time, in seconds, of running "$@" $runs times.
median_time() {
  local times=() start end
  for ((k = 0; k < runs; k++)); do
    start=$(date +%s.%N)
    "$@"
    end=$(date +%s.%N)
    times+=("$(awk "BEGIN { printf \"%.3f\", $end - $start }")")
  done
  echo "$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }') s   (runs: ${times[*]})"
}

## HTML: the static site (reading the TEI included: the whole emend run).
echo "== emend render --format html: whole thesis, $runs runs"
echo "median wall time: $(median_time "$emend" render --format html "$work/thesis.tei.xml" -o "$work/site")"
total=0
for page in "$work"/site/*; do
  bytes=$(wc -c < "$page")
  total=$((total + bytes))
  printf '  %-22s %9d bytes\n' "$(basename "$page")" "$bytes"
done
printf '  %-22s %9d bytes (%d files)\n' "total" "$total" "$(ls "$work/site" | wc -l)"
# What a reader loads: the pages with their stylesheet and script; the search
# page adds the library and the index; the TEI is a download.
pages=$(cat "$work"/site/*.html "$work"/site/edition.* | wc -c)
search=$(cat "$work"/site/minisearch.js "$work"/site/search-index.js 2>/dev/null | wc -c)
printf '  %-22s %9d bytes\n' "pages, css, js" "$pages" "search (library+index)" "$search" \
  "TEI download" "$(wc -c < "$work/site/thesis.tei.xml")"
if command -v gzip > /dev/null; then
  echo "  gzipped total: $(cat "$work"/site/* | gzip -9 | wc -c) bytes"
fi

## LaTeX: the .tex for XeLaTeX (reading the TEI included), then the PDF as
## `make pdf` builds it (latexmk from a clean folder; skipped without TeX Live).
echo "== emend render --format latex: whole thesis, $runs runs"
echo "median wall time: $(median_time "$emend" render --format latex "$work/thesis.tei.xml" -o "$work/thesis.tex")"
echo "  thesis.tex: $(wc -c < "$work/thesis.tex") bytes"
if [ "${PDF:-1}" = 0 ]; then
  echo "== PDF: skipped (PDF=0)"
elif command -v latexmk > /dev/null && command -v xelatex > /dev/null; then
  mkdir "$work/pdf" && cp "$work/thesis.tex" "$work/pdf/"
  echo "== PDF: latexmk -xelatex, from scratch (once)"
  start=$(date +%s.%N)
  status=0
  (cd "$work/pdf" && SOURCE_DATE_EPOCH=1075593600 FORCE_SOURCE_DATE=1 \
     latexmk -xelatex -interaction=nonstopmode -halt-on-error thesis.tex > latexmk.out 2>&1) || status=$?
  end=$(date +%s.%N)
  log="$work/pdf/thesis.log"
  echo "build time: $(awk "BEGIN { printf \"%.1f\", $end - $start }") s, latexmk exit $status, xelatex runs: $(grep -c "^Run number .* of rule 'xelatex'" "$work/pdf/latexmk.out" || true)"
  if command -v pdfinfo > /dev/null && [ -f "$work/pdf/thesis.pdf" ]; then
    echo "pages: $(pdfinfo "$work/pdf/thesis.pdf" | sed -n 's/^Pages: *//p'), $(wc -c < "$work/pdf/thesis.pdf") bytes"
  fi
  # reledmac sets each heading's line 3\paperwidth wide on purpose: those
  # (over 1000pt) are counted apart.
  echo "warnings: errors $(grep -c '^!' "$log" || true)," \
    "overfull hboxes $(grep -Ec '^Overfull \\hbox \(([0-9]{1,3})\.' "$log" || true)" \
    "(+ $(grep -Ec '^Overfull \\hbox \(([0-9]{4,})\.' "$log" || true) heading lines)," \
    "overfull vboxes $(grep -c '^Overfull \\vbox' "$log" || true)," \
    "underfull boxes $(grep -c '^Underfull' "$log" || true)," \
    "undefined references $(grep -Ec 'Reference .* undefined' "$log" || true)," \
    "missing characters $(grep -c 'Missing character' "$log" || true)"
else
  echo "== PDF: skipped (latexmk or xelatex not installed: scripts/install-deps.sh)"
fi
