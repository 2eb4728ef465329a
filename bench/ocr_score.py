#!/usr/bin/env python3
"""Character and word error rates of OCR text against ground truth.

usage: ocr_score.py GT_FILE OCR_FILE [GT_FILE OCR_FILE ...]
Prints "CER WER" in percent, summed over all pairs (errors over reference
length). Both texts are compared as one stream: NFC, form feeds and line ends
and runs of spaces read as one space, so page layout does not count.
"""
import sys, unicodedata


def normalise(text):
    text = unicodedata.normalize("NFC", text).replace("\f", " ")
    return " ".join(text.split())


def distance(a, b):
    if len(a) < len(b):
        a, b = b, a
    prev = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        cur = [i]
        for j, y in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x != y)))
        prev = cur
    return prev[-1]


def main(args):
    if len(args) < 2 or len(args) % 2:
        sys.exit(__doc__)
    chars = char_errors = words = word_errors = 0
    for gt_path, ocr_path in zip(args[::2], args[1::2]):
        with open(gt_path, encoding="utf-8") as f:
            gt = normalise(f.read())
        try:
            with open(ocr_path, encoding="utf-8") as f:
                ocr = normalise(f.read())
        except FileNotFoundError:
            ocr = ""
        chars += len(gt)
        char_errors += distance(gt, ocr)
        words += len(gt.split())
        word_errors += distance(gt.split(), ocr.split())
    print("%.2f %.2f" % (100.0 * char_errors / max(chars, 1), 100.0 * word_errors / max(words, 1)))


if __name__ == "__main__":
    main(sys.argv[1:])
