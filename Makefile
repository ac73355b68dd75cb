# notedeck — every target sets itself up from nothing (python3 + make are all it needs).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
RUNTIME := $(VENV)/.runtime-installed
DEV     := $(VENV)/.dev-installed
NOTES  ?= notes
DECKS  ?= decks

.PHONY: decks test lint quality bench fuzz preview check clean help

help:
	@echo "make decks    build $(NOTES)/ into $(DECKS)/ (sets itself up first)"
	@echo "make test     run the whole test suite (sets itself up first)"
	@echo "make check    report unanswered questions and other skipped items"
	@echo "make quality  card quality against blind labels and grades, in and out of sample"
	@echo "make bench    speed and memory ratios on a vault of real notes (and a synthetic one)"
	@echo "make fuzz     10,000 generated notes through the whole pipeline"
	@echo "make lint     ruff + mypy"

$(RUNTIME): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[sync]'
	touch $@

$(DEV): $(RUNTIME)
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

decks: $(RUNTIME)
	$(BIN)/notedeck build $(NOTES) --out $(DECKS)

check: $(RUNTIME)
	$(BIN)/notedeck check $(NOTES)

test: $(DEV)
	$(BIN)/python -m pytest
	$(BIN)/ruff check src tests scripts
	$(BIN)/mypy

lint: $(DEV)
	$(BIN)/ruff check src tests scripts
	$(BIN)/mypy

quality: $(DEV)
	$(BIN)/python scripts/quality.py

bench: $(DEV)
	$(BIN)/python scripts/bench.py

fuzz: $(DEV)
	$(BIN)/python scripts/fuzz.py

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache .mypy_cache .ruff_cache .hypothesis
	rm -rf $(DECKS)/*.apkg $(DECKS)/.notedeck-state
