# Two entry points on a fresh machine (Python >= 3.10 and make):
#   make demo   set up .venv and launch the app on fictional demo cases
#   make test   set up .venv and run every check CI runs
# (make run opens your own vault.)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: setup run demo test test-pythons lint types content unit bench clean lock wheelhouse chromium

# Every package comes from the hashed lock (requirements-dev.txt, written by `make lock`), the
# app itself is installed from this folder with the locked build backend: nothing floats.
$(STAMP): pyproject.toml requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements-dev.txt
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
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

# The oldest and the newest supported Python run the unit tests (tests/unit: the core, no
# TUI) in their own venvs, installed from the same lock; the full suite runs on $(PYTHON).
# The app is not installed there: pytest imports it from the checkout (pythonpath in
# pyproject.toml). An interpreter is looked for as python3.X, then in pyenv; missing, it is skipped with a
# warning on a developer's machine and is an error in CI (CI=true).
PYTHONS ?= 3.10 3.13
# On the other Pythons, the core unit tests less what cannot differ between versions and
# costs the most time (PDF layout, byte-flip and truncation sweeps, the shipped-content
# checks, the age/scrypt round trips, lock timeouts): the full suite runs them on $(PYTHON),
# and CI stays under ten minutes.
OTHER_PYTHONS_SKIP ?= not export and not tamper and not flip and not truncation and not shipped and not interrupted and not consent_print and not age
find_python = $(firstword $(foreach p,python$(1) $(wildcard $(HOME)/.pyenv/versions/$(1).*/bin/python$(1)),$(shell $(p) -c 'print("$(p)")' 2>/dev/null)))
venv_of = .venv$(subst .,,$(1))

.venv3%/.installed: pyproject.toml requirements-test.txt
	@py="$(call find_python,3.$*)"; \
	if [ -z "$$py" ]; then \
	  echo "make: no Python 3.$* found (python3.$* or pyenv)" >&2; \
	  if [ -n "$$CI" ]; then exit 1; fi; exit 0; \
	fi; \
	set -ex; rm -rf .venv3$*; "$$py" -m venv .venv3$*; \
	.venv3$*/bin/python -m pip install --quiet --require-hashes --no-deps -r requirements-test.txt; \
	touch $@

test-pythons: $(foreach v,$(PYTHONS),$(call venv_of,$(v))/.installed)
	@for v in $(PYTHONS); do \
	  venv=.venv$$(echo $$v | tr -d .); \
	  if [ ! -f $$venv/.installed ]; then echo "make: skipped Python $$v (not installed)"; continue; fi; \
	  echo "unit tests on Python $$v:"; \
	  $(NICE) $$venv/bin/python -m pytest -n 2 -q -p no:cacheprovider tests/unit -k "$(OTHER_PYTHONS_SKIP)" || exit 1; \
	done

# The checks and the other Pythons' venvs are made two at a time (mypy is CPU, a venv mostly
# disk); then the other Pythons' unit tests run beside the full suite, at a lower priority
# (nice): the suite's workers wait on terminals, timers and fsync about a third of the time,
# and the other Pythons' tests take that room without slowing the suite's own timing. Each
# target's output is printed whole when it ends; the full suite ends last, so its summary is
# CI's closing line.
test:
	$(MAKE) -j2 lint types content chromium $(foreach v,$(PYTHONS),$(call venv_of,$(v))/.installed)
	$(MAKE) -j2 --output-sync=target test-pythons NICE="nice -n 15" unit

# Regenerate the lock files after a change of dependencies in pyproject.toml (one command;
# needs PyPI). One universal lock for Python 3.10-3.13 with hashes, installed by plain pip.
# UPGRADE=1 moves every pin to the newest release the ranges allow; otherwise pins are kept.
LOCK_FLAGS = --universal --python-version 3.10 --generate-hashes --custom-compile-command "make lock" --quiet $(if $(UPGRADE),--upgrade)
# uv comes from the lock too (in .venv after `make setup`); else from PATH.
UV = $(firstword $(wildcard $(BIN)/uv) uv)
lock:
	$(UV) pip compile pyproject.toml $(LOCK_FLAGS) -o requirements.txt
	$(UV) pip compile pyproject.toml --extra test $(LOCK_FLAGS) -o requirements-test.txt
	$(UV) pip compile pyproject.toml --extra dev $(LOCK_FLAGS) -o requirements-dev.txt

# An offline install: one folder with the app's wheel and every runtime dependency's wheel
# from the lock (hash-checked), for Python $(PY) on Linux x86_64 with glibc >= 2.28 (RHEL 8+,
# Debian 10+, Ubuntu 20.04+; WHEEL_PLATFORMS for another machine). Needs that Python here
# (its pip evaluates the lock's markers) and PyPI; the server then needs neither
# (README, Offline install). The lock and a SHA256SUMS file go in the folder too.
PY ?= 3.11
WHEELHOUSE ?= wheelhouse
WHEEL_PLATFORMS ?= manylinux_2_28_x86_64 manylinux_2_17_x86_64 manylinux2014_x86_64
wheelhouse: $(STAMP)
	@py="$(call find_python,$(PY))"; [ -n "$$py" ] || { echo "make: no Python $(PY) found" >&2; exit 1; }; \
	set -e; rm -rf "$(WHEELHOUSE)"; mkdir -p "$(WHEELHOUSE)"; \
	"$$py" -m pip download --quiet --disable-pip-version-check --require-hashes --no-deps \
	  --only-binary=:all: --python-version $(PY) --implementation cp \
	  $(foreach p,$(WHEEL_PLATFORMS),--platform $(p)) -r requirements.txt -d "$(WHEELHOUSE)"; \
	$(BIN)/python -m pip wheel --quiet --no-deps --no-build-isolation -w "$(WHEELHOUSE)" .; \
	cp requirements.txt "$(WHEELHOUSE)/"; \
	cd "$(WHEELHOUSE)" && sha256sum *.whl > SHA256SUMS; \
	echo "$(WHEELHOUSE): $$(ls *.whl | wc -l) wheels, $$(du -sh . | cut -f1) for Python $(PY)"

bench: $(STAMP)
	$(BIN)/python -m benchmarks

clean:
	rm -rf $(VENV) .venv3* dist build wheelhouse .mypy_cache .ruff_cache .pytest_cache

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
