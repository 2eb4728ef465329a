# The editors' front door. CMake is the one source of truth for the build;
# this file wraps it and the emend CLI. Every stage is a file that depends on
# its inputs, so a stage reruns only when they change, and `make -j` is safe.
#
#   make            install what is missing, build, and make the whole edition
#                   from samples/: out/thesis.tei.xml, out/site/, out/thesis.pdf
#   make correct    out/thesis.txt and out/thesis.emendations.tsv (+ dev-gold scores)
#   make tei        out/thesis.tei.xml          make html   out/site/
#   make latex      out/thesis.tex              make pdf    out/thesis.pdf
#   make ocr        re-read page images (PAGES=..., default samples/scans/*) into out/ocr/
#   make review     list the flagged emendations; REVIEW="--accept 1" records a decision
#   make check      TEI validation, dictionary lint and regression lists
#   make test       build and run every test (CTest)
#   make clean      remove build/ and out/
BUILD ?= build
OUT ?= out
JOBS ?= 2
EMEND := $(BUILD)/cli/emend
THESIS ?= samples/thesis-ocr.txt
DECISIONS ?= samples/thesis.decisions.tsv
METADATA ?= samples/thesis.meta
PROFILE ?= samples/thesis.profile
STRUCTURE ?= samples/thesis.structure.tsv
PAGES ?= $(wildcard samples/scans/*.png samples/scans/*.tif samples/scans/*.tiff)
REVIEW ?=
# Fixed dates in what is built (the PDF's), so two builds of one commit are
# the same bytes: the thesis's date, unless the caller sets another.
export SOURCE_DATE_EPOCH ?= 1075593600

SOURCES := CMakeLists.txt $(shell find core correct tei render ocr cli -type f \
             \( -name '*.cpp' -o -name '*.hpp' -o -name '*.css' -o -name '*.js' \
                -o -name '*.cmake' -o -name CMakeLists.txt \) 2>/dev/null)
DICTIONARIES := $(wildcard dictionaries/*.txt)
CLEAN_TEXT := $(wildcard samples/corpus/*.txt)
TEI := $(OUT)/thesis.tei.xml
SITE := $(OUT)/site/.emend-generated

.PHONY: all deps build correct tei html latex pdf ocr review eval check test bench clean
.DELETE_ON_ERROR:

all: $(TEI) $(SITE) $(OUT)/thesis.pdf $(OUT)/site/thesis.pdf
	@echo "edition: $(TEI), $(OUT)/site/index.html, $(OUT)/thesis.pdf"

deps:
	@sh scripts/install-deps.sh

$(BUILD)/CMakeCache.txt:
	@sh scripts/install-deps.sh
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release

# cmake --build is itself incremental; this rule only runs it when a source changed.
$(EMEND): $(SOURCES) | $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)
	@touch $@

build: deps $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)

# Correction: reruns when the OCR text, the dictionaries, the clean text, the
# editors' decisions or emend change.
$(OUT)/thesis.txt $(OUT)/thesis.emendations.tsv &: $(THESIS) $(DICTIONARIES) $(CLEAN_TEXT) $(DECISIONS) $(EMEND)
	@mkdir -p $(OUT)
	$(EMEND) correct $(THESIS) -o $(OUT)/thesis.txt --emendations $(OUT)/thesis.emendations.tsv \
	  --decisions $(DECISIONS)
	$(EMEND) eval samples/gold/dev $(OUT)/thesis.txt

$(TEI): $(OUT)/thesis.emendations.tsv $(THESIS) $(METADATA) $(PROFILE) $(STRUCTURE) $(DICTIONARIES) $(EMEND)
	$(EMEND) tei $(THESIS) --emendations $(OUT)/thesis.emendations.tsv --metadata $(METADATA) \
	  --profile $(PROFILE) --structure-decisions $(STRUCTURE) -o $@ --report

# The static HTML edition: open out/site/index.html, or serve the folder.
# The renderer writes the pages and the TEI; the emendations file is copied
# in beside them, and `make` (all) copies the PDF in too, so that the
# index's download links resolve.
$(SITE): $(TEI) $(EMEND)
	$(EMEND) render --format html $(TEI) -o $(OUT)/site
	cp $(OUT)/thesis.emendations.tsv $(OUT)/site/

$(OUT)/site/thesis.pdf: $(OUT)/thesis.pdf $(SITE)
	cp $(OUT)/thesis.pdf $@

$(OUT)/thesis.tex: $(TEI) $(EMEND)
	$(EMEND) render --format latex $(TEI) -o $@

# XeLaTeX through latexmk: reledmac needs several runs (about two minutes).
$(OUT)/thesis.pdf: $(OUT)/thesis.tex
	@echo "pdf: latexmk -xelatex (several runs, about two minutes)..."
	cd $(OUT) && FORCE_SOURCE_DATE=1 latexmk -xelatex -silent -interaction=nonstopmode -halt-on-error thesis.tex

correct: $(OUT)/thesis.txt
tei: $(TEI)
html: $(SITE)
latex: $(OUT)/thesis.tex
pdf: $(OUT)/thesis.pdf

# Re-OCR of page images, when there are any: one text and hOCR per image.
ocr: $(EMEND)
ifeq ($(strip $(PAGES)),)
	@echo "ocr: no page images (put them in samples/scans/ or give PAGES=...); nothing to do"
else
	$(EMEND) ocr $(PAGES) -o $(OUT)/ocr --jobs $(JOBS)
endif

# The flagged emendations, most frequent first; record a decision with
# make review REVIEW="--accept 1" (or --reject ID, --read K=TEXT, --next-is noun).
review: $(OUT)/thesis.emendations.tsv
	$(EMEND) review $(THESIS) --emendations $(OUT)/thesis.emendations.tsv --decisions $(DECISIONS) $(REVIEW)

eval: $(OUT)/thesis.txt
	$(EMEND) eval samples/gold/dev $(OUT)/thesis.txt --baseline tests/quality-baseline.txt

# The TEI against the project's schema (and the TEI Consortium's tei_all when
# ../shared has it), and the dictionaries.
TEI_ALL := $(wildcard ../shared/schema/tei_all.rng)
check: $(TEI) $(EMEND)
	xmllint --noout --relaxng tei/emend-tei.rng $(TEI)
ifneq ($(TEI_ALL),)
	jing $(TEI_ALL) $(TEI)
	@echo "$(TEI) is valid against tei_all"
endif
	$(EMEND) dict lint
	$(EMEND) dict test

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

bench: build
	bench/correct_bench.sh $(EMEND)
	bench/tei_bench.sh $(EMEND)
	bench/render_bench.sh $(EMEND)

clean:
	rm -rf $(BUILD) $(OUT)
