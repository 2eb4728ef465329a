#!/bin/sh
# The OCR stage's figures on the sample pages (samples/pages), same pages,
# same run: CER and WER against the ground truth for plain Tesseract (English
# only, the original OCR's setting; English + Serbo-Croatian + Russian),
# emend ocr, and emend ocr followed by emend correct, on clean and degraded
# pages; both binarisations; pages per minute of emend ocr on all cores
# against one tesseract process per page with OMP_THREAD_LIMIT=1.
#
#   bench/ocr_bench.sh [BUILD_DIR]      (default build-ocr, else build)
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build-ocr}
[ -x "$build/cli/emend" ] || build=$root/build
emend=$build/cli/emend
score=$root/bench/ocr_score.py
pages=$root/samples/pages
jobs=$(nproc)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
export OMP_THREAD_LIMIT=1

clean=$(ls "$pages"/p*-clean.tif)
degraded=$(ls "$pages"/p*-degraded.png)
all="$clean $degraded"
count=$(echo $all | wc -w)
now() { date +%s.%N; }
name() { basename "$1" | sed 's/\.[a-z]*$//'; }

# tesseract LANGS DIR: one process per page, one after the other.
tesseract_pages() {
  mkdir -p "$out/$2"
  for image in $all; do
    tesseract "$image" "$out/$2/$(name "$image")" -l "$1" >/dev/null 2>&1
  done
}

# Scores DIR over a page set: "CER WER".
scores() {
  args=""
  for image in $2; do args="$args $pages/$(name "$image").gt.txt $out/$1/$(name "$image").txt"; done
  # shellcheck disable=SC2086
  python3 "$score" $args
}

tesseract_pages eng tess-eng
t0=$(now)
tesseract_pages eng+hrv+rus tess-multi
t1=$(now)
# shellcheck disable=SC2086
"$emend" ocr $all -o "$out/emend" --jobs "$jobs" --no-progress
t2=$(now)
# shellcheck disable=SC2086
"$emend" ocr $all -o "$out/emend-sauvola" --jobs "$jobs" --no-progress --binarization sauvola
mkdir -p "$out/corrected"
for image in $all; do
  n=$(name "$image")
  "$emend" correct "$out/emend/$n.txt" -o "$out/corrected/$n.txt"
done

printf '%-44s %14s %14s\n' "setting ($count pages: 4 clean, 4 degraded)" "clean CER/WER" "degraded CER/WER"
for row in "tesseract -l eng:tess-eng" "tesseract -l eng+hrv+rus:tess-multi" \
           "emend ocr (otsu, the default):emend" "emend ocr --binarization sauvola:emend-sauvola" \
           "emend ocr + emend correct:corrected"; do
  label=${row%%:*}; dir=${row#*:}
  printf '%-44s %6s%% %6s%% %6s%% %6s%%\n' "$label" \
    $(scores "$dir" "$clean" | sed 's/ /% /; s/%$//') $(scores "$dir" "$degraded")
done | sed 's/%% /% /g'
python3 - "$t0" "$t1" "$t2" "$count" "$jobs" <<'PY'
import sys
t0, t1, t2 = (float(x) for x in sys.argv[1:4]); n = int(sys.argv[4]); jobs = sys.argv[5]
single = n * 60 / (t1 - t0); ours = n * 60 / (t2 - t1)
print(f"speed: tesseract -l eng+hrv+rus, one process per page, OMP_THREAD_LIMIT=1: "
      f"{single:.1f} pages/min ({t1 - t0:.1f} s)")
print(f"speed: emend ocr --jobs {jobs}: {ours:.1f} pages/min ({t2 - t1:.1f} s): {ours / single:.2f}x")
PY
