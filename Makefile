# Two commands: `make run` and `make test`. Everything else is set up by them.
# Dependencies come from the hashed lock files (requirements.lock for the app,
# requirements-test.lock for the app and its tests); `make lock` refreshes them after a
# change to pyproject.toml, keeping every other pin (`make lock LOCK_FLAGS=--upgrade` moves
# everything to the newest versions allowed).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
LOCK := requirements.lock
TEST_LOCK := requirements-test.lock
LOCK_FLAGS ?=
# Resolved for every platform and for Python 3.11 and later, so one lock serves every host.
COMPILE := $(BIN)/python -m uv pip compile pyproject.toml --universal --python-version 3.11 \
	--generate-hashes --custom-compile-command "make lock" --quiet $(LOCK_FLAGS)

.PHONY: run test typecheck lint bench install clean browsers lock translations

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Every package is checked against its hash; the app itself is then added without
# dependencies (they are all in the lock).
$(STAMP): pyproject.toml $(LOCK) | $(BIN)/python
	$(BIN)/python -m pip install --quiet --require-hashes -r $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $@

$(TEST_STAMP): pyproject.toml $(LOCK) $(TEST_LOCK) | $(BIN)/python
	$(BIN)/python -m pip install --quiet --require-hashes -r $(TEST_LOCK)
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP) $@

# The test lock is constrained by the app's, so both install the same versions.
lock: | $(BIN)/python
	$(BIN)/python -m pip install --quiet "uv>=0.5"
	$(COMPILE) -o $(LOCK)
	$(COMPILE) --extra test -c $(LOCK) -o $(TEST_LOCK)

# The staff screens' translations: each catalogue (translations/<language>/LC_MESSAGES/
# messages.po) is compiled to the .mo Flask-Babel reads. The .mo files are built, not
# committed, so a .po edit is always what runs.
MO := $(patsubst %.po,%.mo,$(wildcard translations/*/LC_MESSAGES/messages.po))

translations/%.mo: translations/%.po | $(STAMP)
	$(BIN)/pybabel compile --statistics -i $< -o $@

translations: $(MO)

install: $(STAMP) $(MO)

run: $(STAMP) $(MO)
	$(BIN)/python -m alumni.devserver

# Browser tests skip themselves without chromium, so a failed install is a warning, not a stop.
# The script does nothing when chromium and a Devanagari font are both there.
browsers:
	@./scripts/install-chromium \
		|| echo "warning: could not install chromium or a Devanagari font; browser tests may be skipped" >&2

# mypy --strict on the files [tool.mypy] in pyproject.toml names (alumni/domain/ for now).
typecheck: $(TEST_STAMP)
	$(BIN)/python -m mypy

# ruff with the rules [tool.ruff] in pyproject.toml selects, over the whole tree.
lint: $(TEST_STAMP)
	$(BIN)/python -m ruff check .

test: lint typecheck $(TEST_STAMP) $(MO) browsers
	$(BIN)/python -m pytest -n 2 $(PYTEST_ARGS)

bench: $(TEST_STAMP)
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) .pytest_cache
