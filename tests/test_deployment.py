"""docker-compose.yml and the production settings agree (CI has no Docker engine to try it)."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
SERVICES = COMPOSE["services"]


def test_compose_runs_web_worker_beat_redis_and_postgres():
    assert set(SERVICES) == {"web", "worker", "beat", "redis", "postgres"}


def test_web_worker_and_beat_share_one_definition():
    app_services = [SERVICES[name] for name in ("web", "worker", "beat")]
    for key in ("build", "image", "environment", "depends_on", "env_file"):
        assert all(service[key] == app_services[0][key] for service in app_services), key
    assert "gunicorn briefings.wsgi:application" in SERVICES["web"]["command"]
    assert SERVICES["worker"]["command"].startswith("celery -A briefings worker")
    assert SERVICES["beat"]["command"].startswith("celery -A briefings beat")


def test_every_service_has_a_health_check_and_apps_wait_for_healthy_backends():
    assert all("healthcheck" in service for service in SERVICES.values())
    depends = SERVICES["web"]["depends_on"]
    assert depends == {"postgres": {"condition": "service_healthy"}, "redis": {"condition": "service_healthy"}}


def test_compose_environment_is_what_the_settings_read():
    settings_source = (ROOT / "briefings" / "settings.py").read_text()
    env = SERVICES["web"]["environment"]
    for name in env:
        assert f'"{name}"' in settings_source, f"settings.py never reads {name}"
    for line in (ROOT / ".env.example").read_text().splitlines():
        if line and not line.startswith("#"):
            name = line.split("=", 1)[0]
            assert f'"{name}"' in settings_source or name.startswith("FAULTLINE_EDITOR"), f"settings.py never reads {name}"


def test_production_settings_use_postgres_and_redis_from_the_environment():
    code = (
        "import json, os; os.environ['DJANGO_SETTINGS_MODULE']='briefings.settings';"
        "from django.conf import settings as s;"
        "print(json.dumps([s.DATABASES['default']['ENGINE'], s.DATABASES['default']['NAME'],"
        " s.CELERY_BROKER_URL, s.CACHES['default']['BACKEND'], s.DEBUG, sorted(s.CELERY_BROKER_TRANSPORT_OPTIONS)]))"
    )
    env = {**os.environ, **SERVICES["web"]["environment"], "DJANGO_SECRET_KEY": "x", "FAULTLINE_REQUIRE_SECRET": "1"}
    env.pop("CELERY_BROKER_URL", None)
    output = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True, check=True).stdout
    engine, name, broker, cache, debug, transport = importlib.import_module("json").loads(output)
    assert engine == "django.db.backends.postgresql" and name == "faultline"
    assert broker == "redis://redis:6379/0"
    assert cache == "django.core.cache.backends.redis.RedisCache"
    assert debug is False
    assert "visibility_timeout" in transport


def test_production_refuses_to_start_without_a_secret_key():
    env = {**os.environ, "DJANGO_SECRET_KEY": "", "FAULTLINE_REQUIRE_SECRET": "1", "DJANGO_SETTINGS_MODULE": "briefings.settings"}
    result = subprocess.run(
        [sys.executable, "-c", "from django.conf import settings; settings.DEBUG"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0 and "DJANGO_SECRET_KEY must be set" in result.stderr


def test_production_static_files_are_hashed_and_precompressed(tmp_path):
    env = {**os.environ, "FAULTLINE_COMPRESSED_STATIC": "1", "STATIC_ROOT": str(tmp_path), "DJANGO_SECRET_KEY": "x"}
    subprocess.run([sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"], env=env, cwd=ROOT, check=True, timeout=300)
    bundles = list((tmp_path / "vendor" / "plotly").glob("plotly-geo.min.*.js.gz"))
    assert len(bundles) == 1 and bundles[0].stat().st_size < 520 * 1024
    assert (tmp_path / "staticfiles.json").exists()
