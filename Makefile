# One task runner: CI calls `make test` verbatim.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export GEONEWS_DB ?= $(CURDIR)/data/geonews.db
export STREAMLIT_SERVER_PORT ?= 8501

.PHONY: setup run test test-fast test-deps-postgres test-deps-browser lint typecheck fmt bench store clean

# the install also compiles the geoparser's C scanner and the export's splice checks, so it
# reruns when they change
$(STAMP): pyproject.toml dashboard/places/_runs.c dashboard/_export_splice.c
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,postgres]'
	touch $(STAMP)

dashboard/static/.vendored: $(STAMP)
	$(BIN)/python -m dashboard vendor-assets
	touch $@

setup: $(STAMP) dashboard/static/.vendored

store: setup
	$(BIN)/python -m dashboard build-store --if-missing

run: store
	$(BIN)/python -m streamlit run dashboard/app.py --server.port $(STREAMLIT_SERVER_PORT)

test: setup lint test-deps-postgres test-deps-browser
	GEONEWS_REQUIRE_POSTGRES=1 $(BIN)/python -m pytest -q

# the store tests start a throwaway PostgreSQL server (tests/pg.py) from Debian's binaries
test-deps-postgres:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; \
	  else echo "the tests need PostgreSQL: sudo apt-get install postgresql" >&2; exit 1; fi; }

# the browser tests need Debian's chromium; only `make test` installs it (as root), `make run` never
test-deps-browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then \
	    DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null; \
	  else \
	    echo "make test needs Debian's chromium: run 'sudo apt-get install chromium fonts-dejavu-core' (or make test-fast)" >&2; exit 1; \
	  fi; }

test-fast: setup
	$(BIN)/python -m pytest -q -m "not e2e"

lint: setup
	$(BIN)/ruff check dashboard tests bench
	$(BIN)/ruff format --check dashboard tests bench
	$(BIN)/mypy

fmt: setup
	$(BIN)/ruff format dashboard tests bench
	$(BIN)/ruff check --fix dashboard tests bench

bench: setup
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	$(BIN)/python bench/geoparse.py
	$(BIN)/python bench/map_render.py

clean:
	rm -rf $(VENV) dashboard/static/leaflet dashboard/static/basemap dashboard/static/.vendored
	rm -f dashboard/places/_runs.*.so dashboard/_export_splice.*.so
