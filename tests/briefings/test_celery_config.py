"""A misspelled Celery setting silently does nothing: check every name is real."""

from __future__ import annotations

from celery.app.defaults import NAMESPACES, flatten
from django.conf import settings
from kombu.transport.redis import Channel

from briefings.celery import app

CELERY_KEYS = {key for key, _ in flatten(NAMESPACES)}


def test_every_celery_setting_is_a_real_celery_option():
    names = [name for name in dir(settings) if name.startswith("CELERY_")]
    unknown = [name for name in names if name.removeprefix("CELERY_").lower() not in CELERY_KEYS]
    assert names and not unknown, f"not Celery options: {unknown}"


def test_redis_transport_options_are_real_kombu_options(settings):
    options = settings.REDIS_TRANSPORT_OPTIONS
    assert set(options) <= set(Channel.from_transport_options)
    # A dead worker's job comes back within about a minute, never while a live job runs.
    assert settings.CELERY_TASK_TIME_LIMIT < options["visibility_timeout"] <= 75
    assert options["unacked_restore_interval"] * options["unacked_restore_throttle"] <= 10


def test_filesystem_transport_options_are_real_kombu_options(settings):
    from kombu.transport.filesystem import Channel as FilesystemChannel

    assert set(settings.FILESYSTEM_TRANSPORT_OPTIONS) <= set(dir(FilesystemChannel))


def test_the_app_runs_jobs_reliably():
    conf = app.conf
    assert conf.task_acks_late is True
    assert conf.task_reject_on_worker_lost is True
    assert conf.worker_prefetch_multiplier == 1
    assert 0 < conf.task_soft_time_limit < conf.task_time_limit
    assert conf.task_serializer == "json" and conf.accept_content == ["json"]
    assert "sweep-stuck-articles" in conf.beat_schedule
    import briefings.tasks  # noqa: F401 - what autodiscovery imports when a worker starts

    assert conf.beat_schedule["sweep-stuck-articles"]["task"] in app.tasks
    assert "briefings.tasks.extract_article" in app.tasks


def test_worker_start_up_does_not_import_heavy_libraries():
    import subprocess
    import sys

    code = (
        "import sys, django, os; os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'briefings.settings'); django.setup();"
        "from briefings.celery import app; app.loader.import_default_modules(); import briefings.tasks;"
        "print(sorted(m for m in ('plotly', 'numpy', 'pandas', 'dateparser', 'docx', 'pypdf') if m in sys.modules))"
    )
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert output.strip() == "[]"


def test_extraction_retries_only_a_briefly_unreachable_database_with_capped_backoff():
    from django.db import InterfaceError, OperationalError

    from briefings.tasks import extract_article

    assert set(extract_article.autoretry_for) == {OperationalError, InterfaceError}
    assert extract_article.retry_backoff and extract_article.retry_backoff_max <= 60
    assert extract_article.max_retries == 6
