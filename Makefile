# Faultline: `make run` serves the product with a worker beside it; `make test` runs the tests.
PY ?= python3
VENV := .venv
PYTHON := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat requirements.txt | cksum | cut -d' ' -f1)
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install setup worker beat check-python browser messages lint bench score clean

check-python:
	@$(PY) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' || { \
	  echo "Faultline needs Python 3.12 or newer; '$(PY)' is $$($(PY) --version 2>&1)."; \
	  echo "Install 3.12 (pyenv install 3.12 picks it up from .python-version) or run: make PY=python3.12 ..."; exit 1; }

$(STAMP): requirements.txt
	@$(MAKE) --no-print-directory check-python
	@[ -x $(PYTHON) ] && $(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' || { rm -rf $(VENV); $(PY) -m venv $(VENV); }
	$(PYTHON) -m pip install --quiet --upgrade pip
	$(PYTHON) -m pip install --quiet -r requirements.txt
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

install: $(STAMP)

setup: install
	$(PYTHON) manage.py migrate --noinput
	$(PYTHON) manage.py load_defaults
	$(PYTHON) manage.py collectstatic --noinput --verbosity 0
	$(PYTHON) manage.py ensure_editor

run: setup
	HOST=$(HOST) PORT=$(PORT) bash scripts/run.sh

worker: install
	$(PYTHON) -m celery -A briefings worker --loglevel=INFO

beat: install
	$(PYTHON) -m celery -A briefings beat --loglevel=INFO

# Debian's chromium drives the browser tests; never a browser download.
browser:
	@[ -x /usr/bin/chromium ] || { command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ] && \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || \
	  echo "Browser tests need Debian's chromium: sudo apt-get install chromium"; }

# Regenerate the compiled Arabic catalogue (the .mo is committed; this needs gettext).
messages: install
	@command -v msgfmt >/dev/null || { command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ] && \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gettext >/dev/null) || \
	  echo "Compiling translations needs gettext: sudo apt-get install gettext"; }
	$(PYTHON) manage.py makemessages -l ar --ignore=.venv --ignore=node_modules --no-obsolete
	$(PYTHON) manage.py compilemessages -l ar --ignore=.venv

test: install browser
	$(PYTHON) -m pytest

lint: install
	$(VENV)/bin/ruff check .

bench: install
	$(PYTHON) bench/extraction.py
	$(PYTHON) bench/public_pages.py

score: install
	$(PYTHON) ../shared/tools/score_extraction.py --project . ../shared/corpus

clean:
	rm -rf var/broker var/log test-artifacts
