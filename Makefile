# Two commands set a fresh machine up: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip

.PHONY: demo test lint docs bench clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

# Reinstall only when the packaging metadata changes.
$(VENV)/.installed: setup.cfg pyproject.toml | $(PY)
	$(PIP) install --quiet -e .
	touch $@

$(VENV)/.installed-dev: setup.cfg pyproject.toml | $(PY)
	$(PIP) install --quiet -e ".[dev]"
	touch $@ $(VENV)/.installed

demo: $(VENV)/.installed
	$(PY) -m framing demo --out demo-output

test: $(VENV)/.installed-dev
	$(PY) -m ruff check framing tests benchmarks
	$(PY) -m pytest

docs: $(VENV)/.installed-dev
	$(PY) -m sphinx -W --keep-going -b html docs docs/_build/html

bench: $(VENV)/.installed
	$(PY) benchmarks/bench_text.py

clean:
	rm -rf $(VENV) docs/_build demo-output .pytest_cache .hypothesis
