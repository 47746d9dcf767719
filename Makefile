# Two-command quickstart: `make demo` and `make test` both build .venv/ on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= frontlines.db

.PHONY: demo test lint gate bench clean serve

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
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
	@echo "Browse: make serve, then open http://127.0.0.1:8000/ (map, timeline, series, articles)"

serve: $(STAMP)
	$(BIN)/frontlines serve --db $(DB)

test: $(STAMP)
	$(BIN)/ruff check src tests
	$(BIN)/mypy
	$(BIN)/frontlines gate --bench ../shared/bench --baseline eval/baseline.toml
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests
	$(BIN)/mypy

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm series.png

gate: $(STAMP)
	$(BIN)/frontlines gate --bench ../shared/bench --baseline eval/baseline.toml

bench: $(STAMP)
	$(BIN)/frontlines bench --n $(or $(N),500)
