# firststop: two commands do all the set-up — `make serve` and `make test`.
# Both install what is missing (Python venv with pinned packages, pinned npm packages,
# Debian's chromium) and are quick when everything is already there.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP_PY := $(VENV)/.installed
STAMP_NPM := node_modules/.installed
CHROMIUM := /usr/bin/chromium
HOST ?= 127.0.0.1
PORT ?= 8000
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve site test lint bench setup clean

serve: setup ## Build and serve the demo site on http://127.0.0.1:8000 with live reload
	# Reloads on changes to content/, mkdocs.yml, the theme (overrides/) and every source a
	# feature declares (service records, areas and taxonomy, council.yaml, estimator rules).
	$(BIN)/mkdocs serve --strict --watch-theme --dev-addr $(HOST):$(PORT)

site: setup ## Build the site into site/ (mkdocs build --strict); a failed build leaves site/ as it was
	rm -rf site.partial
	$(BIN)/mkdocs build --strict --site-dir site.partial || { rm -rf site.partial; exit 1; }
	rm -rf site && mv site.partial site

test: setup $(CHROMIUM) ## Run the whole test suite: lint, JavaScript unit tests, pytest (browser tests included)
	$(BIN)/ruff check .
	npx --no-install eslint .
	npm test
	$(BIN)/pytest

lint: setup ## ruff (Python) and ESLint (JavaScript)
	$(BIN)/ruff check .
	npx --no-install eslint .

bench: setup $(CHROMIUM) ## Run the benchmarks and print a table of figures
	$(PY) -m benchmarks

setup: $(STAMP_PY) $(STAMP_NPM)

$(STAMP_PY): requirements.lock requirements.in pyproject.toml widgets/pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e . -e ./widgets
	touch $@

$(STAMP_NPM): package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

$(CHROMIUM):
	@echo "Installing Debian's chromium for the browser tests"
	if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium

clean:
	rm -rf site .pytest_cache
