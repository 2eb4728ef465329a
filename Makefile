# The editors' front door. CMake is the one source of truth for the build;
# this file only wraps it and the emend CLI.
BUILD ?= build
OUT ?= out
EMEND = $(BUILD)/cli/emend
THESIS = samples/thesis-ocr.txt
JOBS ?= 2

.PHONY: all deps build correct tei html latex pdf eval test bench clean

# make: install what is missing, build, correct the bundled thesis, encode it as TEI.
all: tei

deps:
	@sh scripts/install-deps.sh

$(BUILD)/CMakeCache.txt: | deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release

build: deps $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)

correct: build
	@mkdir -p $(OUT)
	$(EMEND) correct $(THESIS) -o $(OUT)/thesis.txt --emendations $(OUT)/thesis.emendations.tsv
	@echo "wrote $(OUT)/thesis.txt and $(OUT)/thesis.emendations.tsv"
	$(EMEND) eval samples/gold/dev $(OUT)/thesis.txt

tei: correct
	$(EMEND) tei $(THESIS) --emendations $(OUT)/thesis.emendations.tsv -o $(OUT)/thesis.tei.xml
	@echo "wrote $(OUT)/thesis.tei.xml"

# The static HTML edition (open $(OUT)/site/index.html, or serve the folder).
html: tei
	$(EMEND) render --format html $(OUT)/thesis.tei.xml -o $(OUT)/site
	@echo "wrote $(OUT)/site/"

# The LaTeX edition, and its PDF: XeLaTeX through latexmk (reledmac needs
# several runs; 1.5 to 2.5 minutes for the thesis). SOURCE_DATE_EPOCH fixes the
# PDF's dates, so the same .tex gives the same PDF bytes.
PDF_EPOCH ?= 1075593600
latex: tei
	$(EMEND) render --format latex $(OUT)/thesis.tei.xml -o $(OUT)/thesis.tex
	@echo "wrote $(OUT)/thesis.tex"

pdf: latex
	cd $(OUT) && SOURCE_DATE_EPOCH=$(PDF_EPOCH) FORCE_SOURCE_DATE=1 \
	  latexmk -xelatex -silent -interaction=nonstopmode -halt-on-error thesis.tex
	@echo "wrote $(OUT)/thesis.pdf"

eval: correct

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

bench: build
	bench/correct_bench.sh $(EMEND)

clean:
	rm -rf $(BUILD) $(OUT)
