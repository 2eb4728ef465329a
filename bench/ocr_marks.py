#!/usr/bin/env python3
"""How many of the typescript's raised note marks a reading kept as marks.

usage: ocr_marks.py GT_FILE OCR_FILE [GT_FILE OCR_FILE ...]

GT_FILE is a sheet of the synthetic typescript's truth (NNNN.txt: the printed
number, the body with each mark as digits glued to the word before it, a
blank line, then the notes, "N text"). A mark N counts as kept when the
reading has N glued to the end of a word or a punctuation mark (`camp5,`,
`Belgrade.2`, `compliance'49`): a non-digit, non-space character right
before it and no digit right after. Prints "KEPT TOTAL".
"""
import re
import sys


def marks(body):
    return re.findall(r'(?<=[^\s\d])(\d{1,3})(?!\d)', body)


def main(args):
    if len(args) < 2 or len(args) % 2:
        sys.exit(__doc__)
    kept = total = 0
    for gt_path, ocr_path in zip(args[::2], args[1::2]):
        parts = open(gt_path, encoding='utf-8').read().split('\n\n', 1)
        notes = [m.group(1) for m in re.finditer(r'^(\d+) ', parts[1] if len(parts) > 1 else '', re.M)]
        in_body = marks(parts[0])
        try:
            ocr = open(ocr_path, encoding='utf-8').read()
        except FileNotFoundError:
            ocr = ''
        read = marks(ocr)
        for n in notes:
            if n not in in_body:
                continue  # a note whose mark the typescript does not show (on another sheet)
            total += 1
            if n in read:
                kept += 1
                read.remove(n)
    print(kept, total)


if __name__ == '__main__':
    main(sys.argv[1:])
