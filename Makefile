# Two entry points on a fresh machine (Python >= 3.11 and make):
#   make demo   set up .venv and launch the app on fictional demo cases
#   make test   set up .venv and run every check CI runs
# (make run opens your own vault.)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: setup run demo test lint types content unit bench clean chromium

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

run: $(STAMP)
	$(BIN)/desistkit

demo: $(STAMP)
	$(BIN)/desistkit demo

lint: $(STAMP)
	$(BIN)/ruff check desistkit_tui tests benchmarks reliability
	$(BIN)/ruff format --check desistkit_tui tests benchmarks reliability

types: $(STAMP)
	$(BIN)/mypy --strict desistkit_tui tests benchmarks reliability

unit: $(STAMP)
	$(BIN)/python -m pytest -n 2 -q

content: $(STAMP)
	$(BIN)/desistkit locale check
	$(BIN)/desistkit deck check

# Debian's chromium for tests/web (demo --serve in a real browser); CI runs as root.
chromium:
	@command -v chromium >/dev/null || \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium)

# The test runner goes last, so its summary is CI's closing line.
test: lint types content chromium unit

bench: $(STAMP)
	$(BIN)/python -m benchmarks

clean:
	rm -rf $(VENV) dist build .mypy_cache .ruff_cache .pytest_cache

# The counted reliability suite (docs/reliability.md): one table, target | tries | held | failed.
# Takes many minutes; `.venv/bin/python -m reliability --quick` is the fast subset CI runs.
# The terminal matrix (issue 16): 6 TERMs x 2 locales x 2 sizes through a caseworker's
# round on a pseudo-terminal; prints the table (also run by `make unit`, which writes it to
# build/terminal-matrix.md).
.PHONY: terminal-matrix
terminal-matrix: $(STAMP)
	$(BIN)/python -m tests.tui.terminal_matrix

.PHONY: reliability
reliability: $(STAMP)
	$(BIN)/python -m reliability
