# discrepancy: `make help` lists the targets. Every target sets itself up on a fresh machine.
.DEFAULT_GOAL := help
SHELL := /bin/bash

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: help setup test test-fast fuzz report screenshots lab lint format bench clean

help: ## Show the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/^([a-z-]+):.*## (.*)/  make \1\t\2/' | expand -t 20

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(BIN)/python requirements.txt requirements-dev.txt pyproject.toml
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 --display-name "Python 3 (discrepancy)" >/dev/null
	touch $(STAMP)

setup: $(STAMP) ## Create .venv and install the pinned requirements and the package (once)
	@# the package's bytecode, written here because some machines forbid writing it at import
	@# (PYTHONDONTWRITEBYTECODE): each process, and each report's kernel, then skips compiling it (~0.3 s)
	@$(BIN)/python -m compileall -q discrepancy

test: setup ## Run every test, the slow notebook ones included
	$(BIN)/python -m pytest

fuzz: setup ## Fuzz the loader, the CLI, the CSV writer and the batch file with a large budget (minutes)
	DISCREPANCY_FUZZ_EXAMPLES=5000 $(BIN)/python -m pytest tests/test_fuzz.py -q

test-fast: setup ## Run the tests not marked slow
	$(BIN)/python -m pytest -m "not slow"

report: setup ## Render the default reports (reports.yaml) into reports/ and print their paths
	$(BIN)/python -m discrepancy validate
	$(BIN)/python -m discrepancy batch reports.yaml

screenshots: setup ## Render the default report and screenshot it in headless Chromium (1280 px, 400 px, print)
	$(BIN)/python -m discrepancy render notebooks/01-discrepancy-report.ipynb -o reports/screenshots/report.html
	$(BIN)/python tools/screenshots.py reports/screenshots/report.html reports/screenshots

lab: setup ## Open JupyterLab on notebooks/ (its kernels allocate as the command does: discrepancy/allocator.py)
	ARROW_DEFAULT_MEMORY_POOL=$${ARROW_DEFAULT_MEMORY_POOL:-system} MALLOC_ARENA_MAX=$${MALLOC_ARENA_MAX:-2} \
		$(BIN)/jupyter lab notebooks/

lint: setup ## Check style with ruff
	$(BIN)/ruff check discrepancy tests benchmarks tools
	$(BIN)/ruff format --check discrepancy tests benchmarks tools

format: setup ## Format the code with ruff
	$(BIN)/ruff format discrepancy tests benchmarks tools
	$(BIN)/ruff check --fix discrepancy tests benchmarks tools

bench: setup ## Run the benchmarks and record their figures in benchmarks/results/
	$(BIN)/python benchmarks/bench_normalize.py
	$(BIN)/python benchmarks/bench_compare.py
	$(BIN)/python benchmarks/bench_render.py
	$(BIN)/python benchmarks/bench_batch.py
	$(BIN)/python benchmarks/bench_limits.py
	$(BIN)/python benchmarks/bench_extract.py

clean: ## Remove the virtual environment and rendered output
	rm -rf $(VENV) reports/normalized reports/screenshots reports/*.html reports/*.ipynb reports/*.json
