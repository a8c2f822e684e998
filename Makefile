# Two commands on a fresh machine with Python 3.11+: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1:8000

# Pinned versions live in requirements/ (see `make lock`): installs take exactly those, then
# the project itself without its dependencies, so nothing unpinned slips in.
LOCKS ?= requirements
COMPILE = $(BIN)/uv pip compile pyproject.toml --quiet --universal --python-version 3.11 \
	--custom-compile-command "make lock"

.PHONY: faults run test sweep lint format bench concurrency clean lock upgrade lock-check

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: requirements/main.txt pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements/main.txt
	$(BIN)/pip install --quiet --no-deps -e .
	touch $@

$(VENV)/.installed-dev: requirements/dev.txt pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements/dev.txt
	$(BIN)/pip install --quiet --no-deps -e .
	touch $@ $(VENV)/.installed

# uv resolves the pins; the dev lock pins it too, this only bootstraps a venv without it.
$(BIN)/uv: | $(BIN)/python
	$(BIN)/pip install --quiet uv

## Pin what pyproject.toml asks for in requirements/: run it after changing dependencies
## (pins already there stay unless pyproject.toml rules them out)
lock: | $(BIN)/uv
	$(COMPILE) $(UPGRADE) --extra postgres --extra dev -o $(LOCKS)/dev.txt
	$(COMPILE) -c $(LOCKS)/dev.txt --extra postgres -o $(LOCKS)/postgres.txt
	$(COMPILE) -c $(LOCKS)/dev.txt -o $(LOCKS)/main.txt

## Move every pin to the newest release pyproject.toml allows
upgrade:
	$(MAKE) --no-print-directory lock UPGRADE=--upgrade

## Fail if requirements/ is not what `make lock` makes of pyproject.toml (CI runs it)
lock-check: | $(VENV)/.installed-dev
	rm -rf $(VENV)/lock-check && cp -r requirements $(VENV)/lock-check
	$(MAKE) --no-print-directory lock LOCKS=$(VENV)/lock-check
	diff -r -I '^ *# *-c ' requirements $(VENV)/lock-check || \
	  { echo "requirements/ is out of date with pyproject.toml: run 'make lock' and commit it." >&2; exit 1; }

## Run the product with demo data on SQLite at http://$(HOST), with a task worker and the
## scheduler beside the web server (docs/tasks.md); Ctrl-C stops all three
run: $(VENV)/.installed
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py seed_demo
	$(BIN)/python manage.py db_worker --queue-name '*' & \
	$(BIN)/python manage.py schedule --every 60 > /dev/null & \
	trap 'kill $$(jobs -p) 2>/dev/null' EXIT INT TERM; \
	$(BIN)/python manage.py runserver $(HOST)

## Install the development dependencies and run the whole test suite
## (on TEST_WORKERS processes: pytest-xdist, each with its own database and live server)
TEST_WORKERS ?= 2
test: $(VENV)/.installed-dev
	$(BIN)/pytest -n $(TEST_WORKERS) $(PYTEST_ARGS)

## The calendar sweep: the date-sensitive tests with the clock at each moment of
## tests/support/sweep.py (or only MOMENTS="a b"), one pytest run per moment
MOMENTS ?= $(shell $(BIN)/python -c "from tests.support.sweep import MOMENTS; print(*MOMENTS)" 2>/dev/null)
sweep: $(VENV)/.installed-dev
	@set -e; for moment in $(MOMENTS); do \
	  echo "=== the clock at $$moment"; \
	  FUZZ_EXAMPLES=$${FUZZ_EXAMPLES:-10} $(BIN)/pytest -q -n $(TEST_WORKERS) --moment=$$moment; \
	done

## ruff, then mypy with django-stubs (configured in pyproject.toml)
lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: $(VENV)/.installed-dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

## Median server time of each main page at 20 and 2,000 applications
bench: $(VENV)/.installed-dev
	$(BIN)/python bench/run.py

## A held write lock and killed workers: reads go on, nothing lost or doubled
faults: $(VENV)/.installed
	$(BIN)/python scripts/faults.py lock --workers 4 --threads 4
	$(BIN)/python scripts/faults.py kill --workers 4 --threads 4
	$(BIN)/python scripts/faults.py full --workers 4 --threads 4

## Several gunicorn workers and clients writing at once: nothing may be lost
concurrency: $(VENV)/.installed
	$(BIN)/python scripts/concurrency.py --workers 4 --clients 8 --requests 25

clean:
	rm -rf $(VENV) db.sqlite3 db.sqlite3-* staticfiles .pytest_cache .ruff_cache .mypy_cache
