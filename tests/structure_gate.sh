#!/usr/bin/env bash
# The structure gate: builds the thesis TEI as `make` does and scores its notes
# and pages against the structure ground truth (samples/gold/structure, a copy
# of ../shared/gold/structure) with ../shared/tools/score-structure; fails when
# a figure is worse than tests/structure-baseline.txt. Exit 77 (skipped) when
# the scorer or python3 is absent. EDITION holds the thesis as tests/thesis_edition.sh
# makes it. Usage: structure_gate.sh SOURCE_DIR EDITION WORK_DIR
set -euo pipefail
src=$1 edition=$2 work=$3
scorer="$src/../shared/tools/score-structure"
[ -f "$scorer" ] && command -v python3 > /dev/null || { echo "no score-structure or python3: skipped"; exit 77; }
rm -rf "$work" && mkdir -p "$work"
python3 "$scorer" "$src/samples/gold/structure" "$edition/thesis.tei.xml" "$edition/thesis.txt" --json > "$work/score.json"
# The scorer's list of misplaced notes and pages only when the gate fails: it
# reads the whole TEI again.
list() { python3 "$scorer" "$src/samples/gold/structure" "$edition/thesis.tei.xml" "$edition/thesis.txt" --list; }
if python3 - "$work/score.json" "$src/tests/structure-baseline.txt" <<'PY'
import json, sys
score = json.load(open(sys.argv[1]))
worse = []
for line in open(sys.argv[2]):
    line = line.split('#')[0].strip()
    if not line:
        continue
    key, value = [x.strip() for x in line.split(':')]
    part, name = key.split('.')
    have, want = score.get(part, {}).get(name, 0), float(value)
    lower_is_better = name in ('note_text_in_body', 'marks_in_body', 'pb_wrong')
    if (have > want) if lower_is_better else (have < want):
        worse.append(f'{key}: {have} (baseline {value})')
    print(f'{key}: {have} (baseline {value})')
if worse:
    print('worse than the baseline: ' + '; '.join(worse))
    sys.exit(1)
PY
then :; else list; exit 1; fi
