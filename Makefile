# Two commands: `make run` sets everything up and starts Boussole; `make test` sets everything up and runs the tests.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# The stamp is keyed on the dependency files: a second `make test` with nothing changed installs nothing.
DEPS_HASH := $(shell cat pyproject.toml scripts/system-deps.sh 2>/dev/null | sha256sum | cut -c1-16)
STAMP := $(VENV)/.installed-$(DEPS_HASH)
HOST ?= 127.0.0.1

.PHONY: run test install ingest serve ui check lint typecheck eval bench clean

install: $(STAMP)

$(STAMP): pyproject.toml scripts/system-deps.sh
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --disable-pip-version-check torch==2.13.0
	$(BIN)/pip install -q --disable-pip-version-check -e '.[dev,postgres]'
	bash scripts/system-deps.sh
	@rm -f $(VENV)/.installed-*; touch $@

ingest: install
	$(BIN)/boussole ingest corpus

run: install ingest
	bash scripts/run.sh $(HOST)

check: install
	$(BIN)/boussole corpus check

lint: install
	$(BIN)/ruff check common assistant ingest evals ui tests bench
	$(BIN)/mypy common assistant ingest evals ui

test: install
	$(BIN)/boussole corpus check
	$(BIN)/ruff check common assistant ingest evals ui tests bench
	$(BIN)/mypy common assistant ingest evals ui
	$(BIN)/python -m pytest
	$(BIN)/boussole eval --gate --fast

eval: install
	$(BIN)/boussole eval

clean:
	rm -rf .boussole tests/artifacts
