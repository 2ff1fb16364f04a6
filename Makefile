# The two entry points of the README: `make demo` and `make test`.
# Both create the virtual environment in .venv on first use.
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin

.PHONY: demo test lint bench

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $@

demo: $(VENV)/.installed
	DATA_DIR="$(CURDIR)/data" $(BIN)/crmbot demo

test: $(VENV)/.installed
	PATH="$(abspath $(BIN)):$$PATH" tests/run-suite

lint: $(VENV)/.installed
	$(BIN)/ruff check bot extractors storage tests benchmarks
	$(BIN)/mypy

bench: $(VENV)/.installed
	$(BIN)/python benchmarks/bench_extract.py
