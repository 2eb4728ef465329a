# The shape of the synthetic typescript (emend render --format typescript) as
# Tesseract reads it back, for `emend tei` in `make ocr-book` (bench/ocr_book.sh).
# The thesis's headings and notes; its own line widths: a monospaced face,
# body lines of 60-78 characters, notes in smaller type up to about 95; and
# no trailing spaces (Tesseract writes none), so line ends come from widths.
# tei/profile.hpp describes each key.
# "key: value", one per line; a key left out keeps its default. Another thesis
# needs another profile, not other code.

# ---- Headings: a line equal to one of these opens the part.
abstract_heading: ABSTRACT
contents_heading: TABLE OF CONTENTS
introduction_heading: INTRODUCTION
conclusions_heading: CONCLUSIONS
bibliography_heading: BIBLIOGRAPHY
# A chapter heading is this word and a roman numeral: "CHAPTER IV".
chapter_word: CHAPTER
# Section headings ("II.3 The Impasse") are at most this many characters.
max_section_heading_width: 80

# ---- Notes.
# Divisions that number their notes afresh from 1 (introduction, chapter, conclusions).
note_series: introduction chapter conclusions
# How far a note's printed number may run ahead of the one expected (notes lost between).
max_note_skip: 12

# ---- Line widths in characters (code points) of the trimmed OCR line.
# A full line of footnote text is at least this wide (the body's are 70-89).
note_width: 84
# Body lines shorter than this end a paragraph.
short_line: 60
# A body line shorter than this that ends with a full stop or a closing mark ends its paragraph.
paragraph_end_width: 60
# A line shorter than this, stopping at "that", a colon or a comma, may introduce a block quotation.
quotation_intro_width: 60
# A block quotation runs at most this many lines.
max_quotation_lines: 30

# ---- Pages: double-spaced typescript, notes single-spaced in smaller type.
# Body lines on a page without notes.
body_lines_per_page: 25
# Body lines a page loses for each line of its footnotes.
body_lines_per_note_line: 0.25
# How far a page may stray from that (one standard deviation, in lines).
page_lines_spread: 2
# Tesseract leaves no trailing space after any line.
trailing_space_marks_line_ends: no
