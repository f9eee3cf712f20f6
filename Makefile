# local-power notebooks. Two commands on a fresh machine: `make report`, `make test`.
# Every target creates the environment (.venv/) first if it is missing; a second
# run with an unchanged lock installs nothing.
SHELL := /bin/bash
PYTHON ?= python3
UV_HOME := .tools/uv
UV := $(UV_HOME)/bin/uv
PY := .venv/bin/python
STAMP := .venv/.installed-stamp
SEEDS ?= seeds
DATA ?= data
REPORTS ?= reports
JOBS ?= 2
export PYTHONHASHSEED := 0
export UV_PYTHON_DOWNLOADS := never

.PHONY: help env data report test test-fast lab quality classifier bench bench-report bench-ports classroom strip chromium clean distclean

help:  ## list the targets
	@grep -E '^[a-z-]+:.*##' $(MAKEFILE_LIST) | sed 's/:.*##/\t/' | expand -t 16

$(UV):
	$(PYTHON) -m venv $(UV_HOME)
	$(UV_HOME)/bin/pip install --quiet --require-hashes -r .ci/uv-requirements.txt

$(STAMP): pyproject.toml uv.lock | $(UV)
	$(UV) sync --frozen --compile-bytecode --all-extras --python $(PYTHON)
	@touch $@

env: $(STAMP)  ## create/refresh .venv from uv.lock (nothing to do when up to date)

data: env  ## build the tables from $(SEEDS) into $(DATA)/
	$(PY) -m analysis build $(SEEDS) --out $(DATA)

report: env  ## build tables, run every notebook, write figures/ and reports/ (HTML)
	$(PY) -m analysis report --seeds $(SEEDS) --out $(REPORTS) --data $(DATA) --jobs $(JOBS)

chromium:  ## install Debian's chromium for the browser test if it is missing
	@bash scripts/ensure-chromium.sh

test: env data chromium  ## the whole test suite (unit, property, notebooks, browser)
	PYTHONPATH=$(CURDIR)$${PYTHONPATH:+:$$PYTHONPATH} $(PY) -m pytest tests --nbval-lax --nbval-current-env notebooks -p no:cacheprovider

test-fast: env  ## unit tests only, no notebooks or browser
	$(PY) -m pytest tests -m "not browser" -p no:cacheprovider

lab: env data  ## open JupyterLab in the project environment
	.venv/bin/jupyter lab notebooks

quality: env  ## precision/recall/F1 of extraction on the annotated fixture articles
	$(PY) -m benchmarks.quality

classifier: env  ## retrain the action-type classifier on the annotated fixtures (then run make quality)
	$(PY) -m analysis.extract.classifier --articles tests/fixtures/articles --gold tests/fixtures/gold

bench: env  ## build speed, scaling, cache and import-time benchmarks
	$(PY) -m benchmarks.bench_build

bench-report: env  ## report regeneration time against the notebook-execution floor
	$(PY) -m benchmarks.bench_report

bench-ports: env  ## port clashes between parallel kernels, without and with the report's port slots
	$(PY) -m benchmarks.bench_ports

classroom: env  ## student copies of the classroom notebooks in handout/
	$(PY) -m analysis classroom --out handout

strip: env  ## strip volatile outputs/metadata from committed notebooks
	$(PY) scripts/strip_notebooks.py notebooks

clean:  ## remove generated data and reports
	rm -rf $(DATA) $(REPORTS) handout .pytest_cache

distclean: clean  ## also remove the environment
	rm -rf .venv .tools
