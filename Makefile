# Pipewright: `make up` to run it, `make test` to test it. Nothing else is needed.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
NPM ?= npm
FRONTEND_SOURCES := $(shell find frontend/src -type f 2>/dev/null) frontend/vite.config.ts frontend/package.json

.PHONY: up test install install-dev frontend frontend-test setup lint typecheck pytest bench clean

$(VENV)/.installed: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements-dev.txt sdk/pyproject.toml $(VENV)/.installed
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

frontend/node_modules/.installed: frontend/package.json frontend/package-lock.json
	cd frontend && $(NPM) ci --no-audit --no-fund --loglevel=error
	touch $@

static/frontend/pipewright.js: frontend/node_modules/.installed $(FRONTEND_SOURCES)
	cd frontend && $(NPM) run build

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev
frontend: static/frontend/pipewright.js

# Migrate, load the built-in modules, the demo user and the sample pipelines.
setup: install frontend
	$(PY) manage.py migrate --noinput
	$(PY) manage.py sync_modules
	$(PY) manage.py seed_demo

up: setup
	$(PY) manage.py up

lint: install-dev frontend/node_modules/.installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	cd frontend && $(NPM) run --silent lint

typecheck: install-dev frontend/node_modules/.installed
	$(VENV)/bin/mypy designer runner api sdk/pipewright
	cd frontend && $(NPM) run --silent typecheck

pytest: install-dev frontend
	$(PY) -m pytest

frontend-test: frontend/node_modules/.installed
	cd frontend && $(NPM) run --silent test

# Every tier: static checks and front-end unit tests (side by side, two at a time: they
# share nothing and each keeps a core busy), then unit, integration and e2e. pytest runs
# two workers, each with its own database, Redis database, data directory and live stack,
# handed a test file at a time (tests/conftest.py).
test: install-dev frontend
	$(MAKE) --no-print-directory -j2 --output-sync=target lint typecheck frontend-test
	$(PY) -m pytest -n 2 --dist loadgroup

bench: install-dev frontend
	@command -v wrk >/dev/null || apt-get install -y -qq wrk >/dev/null 2>&1 || echo "wrk is not installed (apt-get install wrk): bench/endpoints.py leaves out its wrk line"
	$(PY) bench/run.py
	$(PY) bench/engine.py
	$(PY) bench/schedules.py
	$(PY) bench/endpoints.py
	$(PY) bench/trigger.py

clean:
	rm -rf $(VENV) frontend/node_modules static/frontend var
