# Two entry points do all set-up on a fresh clone: `make demo` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo serve test lint setup clean

$(STAMP): pyproject.toml Makefile
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "need $(PYTHON) on PATH"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[model,dev,distributed]"
	touch $(STAMP)

setup: $(STAMP)

DB ?= multipolar.duckdb

demo: $(STAMP)
	$(BIN)/multipolar ingest examples/ --db $(DB)
	$(BIN)/multipolar status --db $(DB)
	$(BIN)/multipolar events --db $(DB) --limit 40
	$(BIN)/multipolar relations RUS CHN --db $(DB)
	$(BIN)/multipolar relations USA IRN --db $(DB)
	$(BIN)/multipolar relations IND PAK --db $(DB)
	$(BIN)/multipolar blocs --db $(DB)
	@echo
	@echo "Dashboard and HTTP API: make serve   (= $(BIN)/multipolar serve --db $(DB)), then open http://127.0.0.1:8000/"

serve: $(STAMP)
	test -f $(DB) || $(BIN)/multipolar ingest examples/ --db $(DB)
	$(BIN)/multipolar serve --db $(DB)

test: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy
	$(BIN)/python -m pytest -q -n 2

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy

clean:
	rm -rf $(VENV) multipolar.duckdb
