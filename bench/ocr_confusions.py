#!/usr/bin/env python3
"""What the character errors of an OCR reading are: a confusion table against
the ground truth.

usage: ocr_confusions.py [--top N] [--context] GT_FILE OCR_FILE [GT_FILE OCR_FILE ...]

Both texts are normalised as ocr_score.py does (NFC; form feeds, line ends
and runs of spaces read as one space), aligned character by character
(difflib, then each unequal stretch counted as its edit distance), and every
unequal stretch is printed as "truth -> reading" with how often it occurs and
how many character errors it costs, the costliest first. With --context each
row shows the first place it occurs. The total is the same error count that
ocr_score.py's CER divides.
"""
import collections
import difflib
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ocr_score import distance, normalise  # noqa: E402  (one definition of both)


def main(args):
    top, context = 40, False
    while args and args[0].startswith("--"):
        if args[0] == "--top":
            top = int(args[1])
            args = args[2:]
        elif args[0] == "--context":
            context = True
            args = args[1:]
        else:
            sys.exit(__doc__)
    if len(args) < 2 or len(args) % 2:
        sys.exit(__doc__)
    count, cost, where = collections.Counter(), collections.Counter(), {}
    chars = 0
    for gt_path, ocr_path in zip(args[::2], args[1::2]):
        gt = normalise(open(gt_path, encoding="utf-8").read())
        try:
            ocr = normalise(open(ocr_path, encoding="utf-8").read())
        except FileNotFoundError:
            ocr = ""
        chars += len(gt)
        matcher = difflib.SequenceMatcher(None, gt, ocr, autojunk=False)
        for op, i1, i2, j1, j2 in matcher.get_opcodes():
            if op == "equal":
                continue
            key = (gt[i1:i2], ocr[j1:j2])
            count[key] += 1
            cost[key] += distance(*key)
            where.setdefault(key, f"{gt_path}: ...{gt[max(0, i1 - 25):i2 + 25]}...")
    total = sum(cost.values())
    print(f"{total} character errors in {chars} characters ({100 * total / max(chars, 1):.2f} %)")
    print(f"{'cost':>5} {'times':>5}  truth -> reading")
    for key, c in sorted(cost.items(), key=lambda kv: (-kv[1], kv[0]))[:top]:
        line = f"{c:5} {count[key]:5}  {key[0]!r} -> {key[1]!r}"
        if context:
            line += "    " + where[key]
        print(line)


if __name__ == "__main__":
    main(sys.argv[1:])
