#!/usr/bin/env bash
# Serve Faultline with a Celery worker (and its beat, for the sweeper) beside it.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=.venv/bin/python
mkdir -p var/log
"$PYTHON" -m celery -A briefings worker --beat --loglevel=INFO --concurrency=2 \
  --schedule var/celerybeat-schedule >var/log/worker.log 2>&1 &
WORKER=$!
trap 'kill "$WORKER" 2>/dev/null || true; wait "$WORKER" 2>/dev/null || true' EXIT INT TERM
broker=$("$PYTHON" -c 'import os; os.environ.setdefault("DJANGO_SETTINGS_MODULE","briefings.settings"); import django; django.setup(); from django.conf import settings; print(settings.CELERY_BROKER_URL.split("@")[-1])')
echo "Worker started (pid $WORKER, broker $broker, log var/log/worker.log)."
echo "Faultline: http://${HOST:-127.0.0.1}:${PORT:-8000}/desk/  (public pages at /en/ and /ar/)"
"$PYTHON" manage.py runserver "${HOST:-127.0.0.1}:${PORT:-8000}"
