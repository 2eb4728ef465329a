#!/bin/sh
# The path from scans to edition on a whole synthetic book: the thesis's own
# edition set again as a typescript (emend render --format typescript: one
# sheet per typescript page, its number on top, raised note marks, notes at
# the foot), rasterised at 300 dpi and degraded two ways (a grey scan; a
# bilevel scan with specks, as UMI delivers), then read back. Prints, in one
# run, the CER of plain tesseract and of emend (ocr, then ocr + correct)
# against the typescript's text, how many raised note marks each kept
# (bench/ocr_marks.py), pages per minute of emend ocr --jobs 2
# against one tesseract process per page run two at a time (xargs -P2), and
# peak memory. No page image is kept.
#
#   bench/synthetic_book.sh [BUILD_DIR] [SHEETS]
#
# SHEETS: how many sheets, spread evenly over the book (default 16), or "all"
# (the whole book, about 350 sheets: an hour or more on two cores).
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
sheets=${2:-16}
emend=$build/cli/emend
degrade=$build/ocr/degrade_page
score=$root/bench/ocr_score.py
[ -x "$emend" ] && [ -x "$degrade" ] || { echo "synthetic_book: build emend and degrade_page first (make build)" >&2; exit 1; }
for tool in xelatex pdftoppm pdftotext tesseract python3; do
  command -v $tool >/dev/null || { echo "synthetic_book: $tool is missing (scripts/install-deps.sh)" >&2; exit 1; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export OMP_THREAD_LIMIT=1
now() { date +%s.%N; }

# 1. The edition, made as make makes it, and its typescript.
"$emend" correct "$root/samples/thesis-ocr.txt" -o "$work/thesis.txt" --emendations "$work/thesis.tsv" \
  --decisions "$root/samples/thesis.decisions.tsv" 2>/dev/null
"$emend" tei "$root/samples/thesis-ocr.txt" --emendations "$work/thesis.tsv" --metadata "$root/samples/thesis.meta" \
  --profile "$root/samples/thesis.profile" --structure-decisions "$root/samples/thesis.structure.tsv" \
  -o "$work/thesis.tei.xml" 2>/dev/null
"$emend" render --format typescript "$work/thesis.tei.xml" -o "$work/book"
t0=$(now)
(cd "$work/book" && xelatex -interaction=nonstopmode -halt-on-error book.tex >/dev/null 2>&1) ||
  { echo "synthetic_book: xelatex failed (see book.log)" >&2; exit 1; }
t1=$(now)
pdftotext -layout "$work/book/book.pdf" "$work/book/book.txt"

# 2. Which PDF page is which sheet, by the number printed on top: a sheet
# that ran over onto a second page (its number printed twice) is left out, as
# are sheets without a number. (Paired by number, not by walking sheets and
# pages together: truth/pages.tsv may leave out a sheet, e.g. an empty
# contents page, and a walk then loses step at the first run-over.)
python3 - "$work/book" "$sheets" > "$work/chosen.tsv" <<'PY'
import sys
folder, want = sys.argv[1], sys.argv[2]
pages = open(folder + "/book.txt", encoding="utf-8").read().split("\f")[:-1]
rows = [l.rstrip("\n").split("\t") for l in open(folder + "/truth/pages.tsv", encoding="utf-8")][1:]
heads = [next((l.strip() for l in p.split("\n") if l.strip()), "") for p in pages]
where = {}
for i, h in enumerate(heads):
    where.setdefault(h, []).append(i + 1)
pairs = [(int(sheet), where[number][0], number) for sheet, number, _ in rows
         if number and len(where.get(number, [])) == 1]
if want != "all":
    n = int(want)
    step = max(1, len(pairs) // n)
    pairs = pairs[::step][:n]
for sheet, pdf_page, number in pairs:
    print(f"{sheet}\t{pdf_page}\t{number}")
PY
count=$(wc -l < "$work/chosen.tsv")
echo "== synthetic book: $(grep -c . "$work/book/truth/pages.tsv") sheets typeset in $(python3 -c "print(round($t1 - $t0, 1))") s" \
     "($(pdfinfo "$work/book/book.pdf" 2>/dev/null | sed -n 's/^Pages: *//p') PDF pages); reading $count of them"

# 3. The scans: 300 dpi grey, then a grey and a bilevel variant of each.
mkdir -p "$work/grey" "$work/bilevel" "$work/truth"
while IFS="$(printf '\t')" read -r sheet pdf number; do
  name=$(printf 'p%04d' "$sheet")
  cp "$work/book/truth/$(printf '%04d' "$sheet").txt" "$work/truth/$name.txt"
  pdftoppm -r 300 -gray -f "$pdf" -l "$pdf" -png "$work/book/book.pdf" "$work/clean"
  clean=$(ls "$work"/clean*.png)
  "$degrade" "$clean" "$work/grey/$name.png" --dpi 300 --skew 0.5 --noise 10 --shade 0.15 --speckle 0.0003 --seed "$sheet"
  "$degrade" "$clean" "$work/bilevel/$name.tif" --dpi 300 --skew -0.3 --exposure -1 --speckle 0.001 --seed "$sheet" --binary
  rm -f "$clean"
done < "$work/chosen.tsv"

# 4. The readings. tesseract: one process per page, two at a time.
for kind in grey bilevel; do
  for langs in eng eng+hrv+rus; do
    mkdir -p "$work/$kind-tess-$langs"
    s=$(now)
    ls "$work/$kind"/* | xargs -P2 -I{} sh -c 'f={}; b=$(basename "$f");
      /usr/bin/time -f %M -o "$0/${b%.*}.rss" tesseract "$f" "$0/${b%.*}" -l "$1" >/dev/null 2>&1' \
      "$work/$kind-tess-$langs" "$langs"
    echo "$(python3 -c "print($(now) - $s)")" > "$work/$kind-tess-$langs.time"
  done
  s=$(now)
  /usr/bin/time -v "$emend" ocr "$work/$kind"/* -o "$work/$kind-emend" --jobs 2 --no-progress 2> "$work/$kind-emend.timev" >/dev/null ||
    { echo "synthetic_book: emend ocr failed on the $kind pages" >&2; cat "$work/$kind-emend.timev" >&2; exit 1; }
  echo "$(python3 -c "print($(now) - $s)")" > "$work/$kind-emend.time"
  mkdir -p "$work/$kind-corrected"
  for f in "$work/$kind-emend"/*.txt; do
    "$emend" correct "$f" -o "$work/$kind-corrected/$(basename "$f")" 2>/dev/null
  done
done

# 5. The figures.
cer() {  # DIR: "CER WER" over the chosen pages (scored once, then remembered)
  if [ ! -f "$1.score" ]; then
    args=""
    for t in "$work/truth"/*.txt; do args="$args $t $1/$(basename "$t")"; done
    # shellcheck disable=SC2086
    python3 "$score" $args > "$1.score"
  fi
  cat "$1.score"
}
printf '%-38s %16s %16s\n' "setting ($count sheets)" "grey CER/WER" "bilevel CER/WER"
for row in "tesseract -l eng:tess-eng" "tesseract -l eng+hrv+rus:tess-eng+hrv+rus" "emend ocr:emend" \
           "emend ocr + emend correct:corrected"; do
  label=${row%%:*}; dir=${row#*:}
  printf '%-38s %7s%% %6s%% %7s%% %6s%%\n' "$label" $(cer "$work/grey-$dir") $(cer "$work/bilevel-$dir")
done
marks() {  # DIR: "KEPT TOTAL", the typescript's raised note marks read as marks
  args=""
  for t in "$work/truth"/*.txt; do args="$args $t $1/$(basename "$t")"; done
  # shellcheck disable=SC2086
  python3 "$root/bench/ocr_marks.py" $args
}
printf '%-38s %16s %16s\n' "raised note marks kept" "grey" "bilevel"
for row in "tesseract -l eng+hrv+rus:tess-eng+hrv+rus" "emend ocr:emend" "emend ocr + emend correct:corrected"; do
  label=${row%%:*}; dir=${row#*:}
  printf '%-38s %16s %16s\n' "$label" "$(marks "$work/grey-$dir" | tr ' ' /)" "$(marks "$work/bilevel-$dir" | tr ' ' /)"
done
for kind in grey bilevel; do
  tt=$(cat "$work/$kind-tess-eng+hrv+rus.time") te=$(cat "$work/$kind-emend.time")
  mem=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/$kind-emend.timev")
  tmem=$(cat "$work/$kind-tess-eng+hrv+rus"/*.rss | sort -n | tail -1)
  python3 -c "
n = $count; tt = $tt; te = $te
print(f'speed, $kind: tesseract -l eng+hrv+rus, xargs -P2: {n * 60 / tt:.1f} pages/min; '
      f'emend ocr --jobs 2: {n * 60 / te:.1f} pages/min ({tt / te:.2f}x)')
print(f'peak memory, $kind: emend ocr --jobs 2 (one process, two engines) {$mem / 1024:.0f} MiB; '
      f'one tesseract process {$tmem / 1024:.0f} MiB (two at a time: about {2 * $tmem / 1024:.0f} MiB)')"
done
# The issue's target: emend (ocr + correct) at most half the CER of the best plain tesseract setting.
for kind in grey bilevel; do
  best=$( (cer "$work/$kind-tess-eng"; cer "$work/$kind-tess-eng+hrv+rus") | awk '{ print $1 }' | sort -g | head -1)
  ours=$(cer "$work/$kind-corrected" | awk '{ print $1 }')
  python3 -c "
best, ours = $best, $ours
ratio = ours / best if best > 0 else float('inf')
print(f'target, $kind: emend ocr + correct {ours:.2f}% CER against the best plain tesseract {best:.2f}%: '
      f'{ratio:.2f} of it ({\"met\" if ratio <= 0.5 else \"not met\"}: at most 0.50)')"
done
