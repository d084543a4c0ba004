# Vocations: `make run` serves the demo site, `make test` runs every check CI runs.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
TEST_ENV := DJANGO_SETTINGS_MODULE=cms.settings.test

.DEFAULT_GOAL := help
.PHONY: help run install install-dev migrate demo test lint format messages bench clean

help: ## List the commands
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-12s %s\n", $$1, $$2}'

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.installed-runtime: requirements.txt | $(PY)
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(PY)
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@ $(VENV)/.installed-runtime

install: $(VENV)/.installed-runtime ## Create .venv and install the runtime dependencies

# The HTML and accessibility checkers of tests/a11y/ (vnu-jar, axe-core), pinned in package-lock.json.
# --ignore-scripts: vnu-jar's postinstall would download a Java runtime; the system's Java 17 runs it.
node_modules/.installed: package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund
	touch $@

install-dev: $(VENV)/.installed-dev node_modules/.installed ## Install the test and lint dependencies too (Python and npm)

migrate: install ## Apply the database migrations (creates the French and Dutch locales)
	$(MANAGE) migrate --no-input

demo: install ## Migrate, load the demo content when the database is empty, create the demo accounts
	$(MANAGE) prepare_dev_site

run: demo ## Install, migrate, load the demo content and serve the site at http://127.0.0.1:8000 (with the scheduler)
	$(MANAGE) run_dev_server 127.0.0.1:8000

test: install-dev ## Django checks, migrations check, ruff and the pytest suite (on DATABASE_URL, else SQLite)
	$(TEST_ENV) $(MANAGE) check --fail-level WARNING
	$(TEST_ENV) $(MANAGE) makemigrations --check --dry-run
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/pytest

lint: install-dev ## ruff check and format check only
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install-dev ## Format Python with ruff and templates with djhtml
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .
	find cms home portraits fiches events search -name '*.html' -path '*templates*' | xargs $(VENV)/bin/djhtml

messages: install-dev ## Extract the French and Dutch strings and compile them
	$(MANAGE) makemessages --locale fr --locale nl --ignore '.venv/*' --ignore 'tests/*'
	$(MANAGE) compilemessages --ignore '.venv/*'

bench: install-dev ## Benchmark every public page type, then search on 10,000 pages (docs/benchmarks.md, docs/search.md)
	bash scripts/bench.sh
	bash scripts/bench_search.sh

clean: ## Remove the virtualenv, the SQLite database and collected files
	rm -rf $(VENV) node_modules db.sqlite3 staticfiles .test-media .pytest_cache
