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
#   make ocr-book   the synthetic typescript's scan (SHEETS=40 first pages, or all) through
#                   ocr, correct, tei, HTML and PDF in out/ocr-book/, with a report;
#                   OCR_BOOK_REUSE=1 keeps the last run's scan and OCR, redoes the rest
#   make review     list the flagged emendations; REVIEW="--accept 1" records a decision
#   make check      TEI validation, dictionary lint and regression lists
#   make test       build and run every test (CTest), then the unit tests and a
#                   whole-thesis pipeline under AddressSanitizer and UBSan (build-asan/)
#   make fuzz       the libFuzzer harnesses, FUZZ_SECONDS (60) each (clang, build-fuzz/)
#   make format-check  the C++ sources against .clang-format (clang-format --dry-run -Werror)
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

SOURCES := CMakeLists.txt $(shell find core correct tei render ocr cli include api -type f \
             \( -name '*.cpp' -o -name '*.hpp' -o -name '*.css' -o -name '*.js' \
                -o -name '*.cmake' -o -name CMakeLists.txt \) 2>/dev/null)
DICTIONARIES := $(wildcard dictionaries/*.txt)
CLEAN_TEXT := $(wildcard samples/corpus/*.txt)
TEI := $(OUT)/thesis.tei.xml
SITE := $(OUT)/site/.emend-generated

.PHONY: FORCE all deps build correct tei html latex pdf ocr ocr-book review eval check test test-sanitized fuzz bench bench-book bench-tests format-check clean
.DELETE_ON_ERROR:

all: $(TEI) $(SITE) $(OUT)/thesis.pdf $(OUT)/site/thesis.pdf
	@echo "edition: $(TEI), $(OUT)/site/index.html, $(OUT)/thesis.pdf"

deps:
	@sh scripts/install-deps.sh

# Two makes at once (two terminals, an editor's and a script's) must not run
# CMake in one build folder together: that truncates objects. Each build step
# holds an advisory lock (flock, util-linux) on a file in the build folder;
# the second one waits and then finds the work done.
LOCK = mkdir -p $(BUILD) && flock $(BUILD)/.emend-build.lock

$(BUILD)/CMakeCache.txt:
	@sh scripts/install-deps.sh
	$(LOCK) sh -c 'test -f $@ || cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release'

# cmake --build is itself incremental; this rule only runs it when a source changed.
$(EMEND): $(SOURCES) | $(BUILD)/CMakeCache.txt
	$(LOCK) cmake --build $(BUILD) -j $(JOBS)
	@touch $@

build: deps $(BUILD)/CMakeCache.txt
	$(LOCK) cmake --build $(BUILD) -j $(JOBS)

# Correction: reruns when the OCR text, the dictionaries, the clean text, the
# editors' decisions or emend change.
$(OUT)/thesis.txt $(OUT)/thesis.emendations.tsv &: $(THESIS) $(DICTIONARIES) $(CLEAN_TEXT) $(DECISIONS) $(EMEND)
	@mkdir -p $(OUT)
	$(EMEND) correct $(THESIS) -o $(OUT)/thesis.txt --emendations $(OUT)/thesis.emendations.tsv \
	  --decisions $(DECISIONS) --lexicon-cache $(OUT)/lexicon.cache
	$(EMEND) eval samples/gold/dev $(OUT)/thesis.txt

$(TEI): $(OUT)/thesis.emendations.tsv $(THESIS) $(METADATA) $(PROFILE) $(STRUCTURE) $(DICTIONARIES) $(EMEND)
	$(EMEND) tei $(THESIS) --emendations $(OUT)/thesis.emendations.tsv --metadata $(METADATA) \
	  --profile $(PROFILE) --structure-decisions $(STRUCTURE) -o $@ --report

# The static HTML edition: open out/site/index.html, or serve the folder.
# The site's marker lists its pages; one deleted by hand makes it out of date.
# The renderer writes the pages and the TEI; the emendations file is copied
# in beside them, and `make` (all) copies the PDF in too, so that the
# index's download links resolve.
SITE_PAGES := $(addprefix $(OUT)/site/,$(shell sed -n 's/^file: //p' $(SITE) 2>/dev/null))
SITE_MISSING := $(filter-out $(wildcard $(SITE_PAGES)),$(SITE_PAGES))
$(SITE): $(TEI) $(EMEND) $(if $(SITE_MISSING),FORCE)
	$(EMEND) render --format html $(TEI) -o $(OUT)/site
	cp $(OUT)/thesis.emendations.tsv $(OUT)/site/

$(OUT)/site/thesis.pdf: $(OUT)/thesis.pdf $(SITE)
	cp $(OUT)/thesis.pdf $@

$(OUT)/thesis.tex: $(TEI) $(EMEND)
	$(EMEND) render --format latex $(TEI) -o $@

# XeLaTeX through latexmk: reledmac needs several runs (three for the thesis,
# about 12 s of CPU); XeTeX's memory in huge pages (scripts/xelatex-env.sh).
$(OUT)/thesis.pdf: $(OUT)/thesis.tex
	@echo "pdf: latexmk -xelatex (several runs, under a minute)..."
	. $(CURDIR)/scripts/xelatex-env.sh && cd $(OUT) && FORCE_SOURCE_DATE=1 latexmk -xelatex -silent -interaction=nonstopmode -halt-on-error thesis.tex

FORCE:

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
	$(EMEND) review $(THESIS) --emendations $(OUT)/thesis.emendations.tsv --decisions $(DECISIONS) \
	  --structure --profile $(PROFILE) --structure-decisions $(STRUCTURE) $(REVIEW)

eval: $(OUT)/thesis.txt
	$(EMEND) eval samples/gold/dev $(OUT)/thesis.txt --baseline tests/quality-baseline.txt \
	  --emendations $(OUT)/thesis.emendations.tsv

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
	$(MAKE) test-sanitized

# The unit and CLI tests and one whole-thesis pipeline again, in a second
# build folder with AddressSanitizer and UBSan (EMEND_SANITIZE=ON): any report
# fails. The OCR, PDF and browser tests are not repeated there. -O1 -g1 (line
# tables for the reports, asserts on) compiles in half the time of -O2 -g.
ASAN_BUILD ?= build-asan
ASAN_LOCK = mkdir -p $(ASAN_BUILD) && flock $(ASAN_BUILD)/.emend-build.lock
# Hunspell's one never-freed table is suppressed (tests/lsan.supp); anything
# else leaked, any ASan or UBSan report, fails.
SANITIZER_ENV = LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 \
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 ASAN_OPTIONS=detect_leaks=1
test-sanitized: $(BUILD)/CMakeCache.txt
	$(ASAN_LOCK) sh -c 'test -f $(ASAN_BUILD)/CMakeCache.txt || \
	  cmake -S . -B $(ASAN_BUILD) -DEMEND_SANITIZE=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	    "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1"'
	$(ASAN_LOCK) cmake --build $(ASAN_BUILD) -j $(JOBS) --target emend emend_tests emend_cli_tests
	$(SANITIZER_ENV) $(ASAN_BUILD)/tests/emend_tests
	$(SANITIZER_ENV) $(ASAN_BUILD)/tests/emend_cli_tests
	$(SANITIZER_ENV) tests/sanitized_pipeline.sh $(ASAN_BUILD)/cli/emend $(CURDIR) $(ASAN_BUILD)/pipeline

# libFuzzer harnesses (tests/fuzz/), built with clang in build-fuzz/ and run
# one after another for FUZZ_SECONDS each; findings land in build-fuzz/tests/fuzz/.
FUZZ_BUILD ?= build-fuzz
FUZZ_SECONDS ?= 60
FUZZERS := tei_render emendations decisions word_list corrector
fuzz: $(BUILD)/CMakeCache.txt
	mkdir -p $(FUZZ_BUILD) && flock $(FUZZ_BUILD)/.emend-build.lock sh -c 'test -f $(FUZZ_BUILD)/CMakeCache.txt || \
	  cmake -S . -B $(FUZZ_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ -DEMEND_FUZZ=ON'
	flock $(FUZZ_BUILD)/.emend-build.lock cmake --build $(FUZZ_BUILD) -j $(JOBS) --target emend_fuzzers
	for f in $(FUZZERS); do \
	  mkdir -p $(FUZZ_BUILD)/tests/fuzz/corpus/$$f && \
	  dict=; test -f tests/fuzz/$$f.dict && dict=-dict=tests/fuzz/$$f.dict; \
	  $(FUZZ_BUILD)/tests/fuzz/fuzz_$$f $$dict -max_total_time=$(FUZZ_SECONDS) -timeout=30 -rss_limit_mb=4096 \
	    -artifact_prefix=$(FUZZ_BUILD)/tests/fuzz/ $(FUZZ_BUILD)/tests/fuzz/corpus/$$f tests/fuzz/corpus/$$f || exit 1; \
	done

# Also the CTest format_check, so part of `make test` and CI.
format-check:
	scripts/format-check.sh

bench: build
	bench/correct_bench.sh $(EMEND)
	bench/tei_bench.sh $(EMEND)
	bench/render_bench.sh $(EMEND)

# The test phase: ctest -j2's wall time and CPU (RUNS runs), then each test
# alone by CPU (the whole machine's, Chromium's processes included).
RUNS ?= 1
bench-tests: build
	bench/test_phase.sh $(BUILD) $(RUNS)

# The synthetic book read back from its scans (SHEETS sheets, or all).
SHEETS ?= 16
bench-book: build
	bench/synthetic_book.sh $(BUILD) $(SHEETS)

# The synthetic typescript's scan (its first OCR_SHEETS pages, or all) to
# TEI, HTML and PDF in out/ocr-book/, with a report of the pages and notes
# recovered against the typescript (out/ocr-book/report.txt).
OCR_SHEETS ?= $(if $(filter command line,$(origin SHEETS)),$(SHEETS),40)
ocr-book: build
	bench/ocr_book.sh $(BUILD) $(OCR_SHEETS) $(OUT)/ocr-book

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) $(FUZZ_BUILD) $(OUT)
