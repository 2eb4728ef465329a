#!/usr/bin/env python3
"""Pages and notes of a TEI edition read from the synthetic typescript's scans,
against the typescript itself.

usage: ocr_book_report.py EDITION.tei.xml BOOK.txt TRUTH_DIR FIRST_PDF_PAGE LAST_PDF_PAGE

BOOK.txt is `pdftotext -layout` of the typeset book (book.pdf): its first line
on each page is the number printed there, the truth of what a scan shows.
TRUTH_DIR is the typescript's truth/ (NNNN.txt: the printed number, the body,
a blank line, the notes "n text"). The scanned pages are the PDF's pages
FIRST..LAST, in order, the k-th of them the k-th image (pb/@facs "...{k}...").

Prints:
  page breaks   scanned pages after the first: how many have a <pb/> linked to
                them (@facs), how many of those stand exactly where the page's
                text begins (its first words follow the <pb/>), and how many
                carry the number printed on the page
  notes         the typescript's notes on the scanned pages (page, number): how
                many the edition has with their text under the right page and
                number, as placeholders, or not at all
"""
import difflib
import os
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET

TEI = '{http://www.tei-c.org/ns/1.0}'


def fold(s):
    s = unicodedata.normalize('NFC', s).lower()
    return ''.join(c for c in s if c.isalnum())


def similar(a, b):
    return difflib.SequenceMatcher(None, a, b).ratio()


class Walk:
    """The edition in reading order: plain text, page breaks and notes."""

    def __init__(self):
        self.text = []        # pieces of the reading text
        self.length = 0
        self.breaks = []      # (offset, n, facs)
        self.notes = []       # (page n, note n, has text)
        self.page = ''

    def add(self, s):
        if s:
            self.text.append(s)
            self.length += len(s)

    def visit(self, node):
        tag = node.tag.replace(TEI, '')
        if tag == 'pb':
            self.page = node.get('n', '')
            self.breaks.append((self.length, self.page, node.get('facs', '')))
        elif tag == 'note':
            has_text = node.find(TEI + 'gap') is None and fold(''.join(node.itertext())) != ''
            self.notes.append((self.page, node.get('n', ''), has_text))
            self.add(node.tail)
            return
        elif tag == 'choice':
            corr, sic = node.find(TEI + 'corr'), node.find(TEI + 'sic')
            shown = sic if corr is not None and corr.get('subtype') == 'proposed' else corr
            self.add(''.join(shown.itertext()) if shown is not None else '')
            self.add(node.tail)
            return
        elif tag == 'teiHeader':
            return
        self.add(node.text)
        for child in node:
            self.visit(child)
        if tag in ('p', 'head', 'item', 'bibl'):
            self.add(' ')
        self.add(node.tail)


def main(args):
    if len(args) != 5:
        sys.exit(__doc__)
    tei, book, truth_dir, first, last = args[0], args[1], args[2], int(args[3]), int(args[4])
    pdf_pages = open(book, encoding='utf-8').read().split('\f')
    scanned = pdf_pages[first - 1:last]

    def printed(page):
        lines = [l.strip() for l in page.split('\n') if l.strip()]
        return (lines[0] if lines and lines[0].isdigit() else ''), lines[1:] if lines and lines[0].isdigit() else lines

    walk = Walk()
    walk.visit(ET.parse(tei).getroot().find(TEI + 'text'))
    text = ''.join(walk.text)
    by_image = {}
    for offset, n, facs in walk.breaks:
        m = re.search(r'(\d+)\D*$', facs)
        if m:
            by_image.setdefault(int(m.group(1)), []).append((offset, n))
    # Page breaks.
    expected_breaks = linked = exact = numbered = numbers_expected = 0
    wrong = []
    for k in range(2, len(scanned) + 1):
        number, lines = printed(scanned[k - 1])
        body = fold(' '.join(lines))[:40]
        if not body:
            continue
        expected_breaks += 1
        numbers_expected += bool(number)
        found = by_image.get(k)
        if not found:
            wrong.append(f'image {k} (page {number or "-"}): no <pb/>')
            continue
        linked += 1
        offset, n = found[0]
        after = fold(text[offset:offset + 120])[:len(body)]
        if similar(after[:30], body[:30]) >= 0.7:
            exact += 1
        else:
            wrong.append(f'image {k} (page {number or "-"}): <pb/> before "{text[offset:offset + 40].strip()}"')
        if number and n == number:
            numbered += 1
        elif number:
            wrong.append(f'image {k}: <pb n="{n}"/>, page {number} printed')
    # Notes: the typescript's on the scanned pages' numbers.
    pages = {printed(p)[0] for p in scanned} - {''}
    truth = set()
    for name in sorted(os.listdir(truth_dir)):
        if not name.endswith('.txt'):
            continue
        parts = open(os.path.join(truth_dir, name), encoding='utf-8').read().split('\n\n', 1)
        head = parts[0].split('\n', 1)[0].strip()
        if head not in pages or len(parts) < 2:
            continue
        for line in parts[1].split('\n'):
            m = re.match(r'(\d+) ', line)
            if m:
                truth.add((head, m.group(1)))
    edition = {(p, n): t for p, n, t in walk.notes}
    with_text = sum(1 for key in truth if edition.get(key) is True)
    placeholders = sum(1 for key in truth if edition.get(key) is False)
    elsewhere = sum(1 for key in truth if key not in edition and any(n == key[1] for _, n, _ in walk.notes))
    extra = sum(1 for key in edition if key[0] in pages and key not in truth)

    def pct(a, b):
        return f'{100 * a / b:.1f} %' if b else '-'

    print(f'scanned pages: {len(scanned)} (PDF pages {first}-{last}), {len(pages)} with a printed number')
    print(f'page breaks: {expected_breaks} expected after the first page; {linked} in the edition linked to '
          f'their image ({pct(linked, expected_breaks)}), {exact} exactly where the page begins '
          f'({pct(exact, expected_breaks)})')
    print(f'page numbers: {numbered} of {numbers_expected} printed numbers right on their <pb/> '
          f'({pct(numbered, numbers_expected)})')
    print(f'notes: {len(truth)} on the scanned pages; {with_text} found with text under the right page and '
          f'number ({pct(with_text, len(truth))}), {placeholders} kept as placeholders, {elsewhere} under another '
          f'page, {len(truth) - with_text - placeholders - elsewhere} missing; {extra} notes the typescript does not have')
    for w in wrong[:15]:
        print('  ' + w)
    if len(wrong) > 15:
        print(f'  ... and {len(wrong) - 15} more')


if __name__ == '__main__':
    main(sys.argv[1:])
