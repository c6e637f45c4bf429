# Inspector Desk — every chore has one entry point here.
#   make run     set up (venv, install, translations) and start the program
#   make test    set up and run the whole test suite headless
#   make lint    ruff + the core-imports-without-Qt check
#   make ts      refresh the .ts translation sources from the code
#   make bench   benchmarks (results go to docs/benchmarks.md by hand)
#   make stress  long randomized runs (not part of CI)

PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
BIN    := $(VENV)/bin
LANGS  := kk ru en
TS     := $(foreach l,$(LANGS),resources/i18n/inspector_desk_$(l).ts)
QM     := $(TS:.ts=.qm)
UI_SRC := $(shell find inspector_desk/ui -name '*.py' 2>/dev/null)

export QT_QPA_PLATFORM ?= offscreen

.PHONY: setup run test lint ts qm bench stress clean

setup: $(VENV)/.installed qm

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,server]'
	touch $@

qm: $(QM)

resources/i18n/%.qm: resources/i18n/%.ts $(VENV)/.installed
	$(BIN)/pyside6-lrelease -silent $< -qm $@

ts: $(VENV)/.installed
	$(BIN)/pyside6-lupdate -no-obsolete -locations none $(UI_SRC) -ts $(TS)

run: QT_QPA_PLATFORM =
run: setup
	$(BIN)/inspector-desk

test: setup
	$(BIN)/pytest -q -p no:cacheprovider

lint: setup
	$(BIN)/ruff check inspector_desk tests benchmarks
	$(PY) -m pytest -q -p no:cacheprovider tests/test_architecture.py

bench: setup
	$(PY) benchmarks/run_all.py

stress: setup
	INSPECTOR_DESK_STRESS=1 $(BIN)/pytest -q -p no:cacheprovider tests/sync/test_reliability.py

clean:
	rm -rf $(VENV) $(QM) .pytest_cache .ruff_cache
