# Two entry points on a fresh machine (Python >= 3.11 and make):
#   make demo   set up .venv and launch the app
#   make test   set up .venv and run every check CI runs
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: setup demo run test lint types unit bench wheel clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

demo: $(STAMP)  ## the fictional demo (once it exists)
	$(BIN)/desistkit demo

run: $(STAMP)
	$(BIN)/desistkit

lint: $(STAMP)
	$(BIN)/ruff check desistkit_tui tests benchmarks
	$(BIN)/ruff format --check desistkit_tui tests benchmarks

types: $(STAMP)
	$(BIN)/mypy --strict desistkit_tui

unit: $(STAMP)
	$(BIN)/python -m pytest -n 2 -q

test: lint types unit
	$(BIN)/desistkit locale check
	$(BIN)/desistkit deck check

bench: $(STAMP)
	$(BIN)/python -m benchmarks

clean:
	rm -rf $(VENV) dist build .mypy_cache .ruff_cache .pytest_cache
