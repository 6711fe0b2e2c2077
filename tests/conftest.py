"""Shared fixtures: the newsroom's personas and the real services some tests need.

A test that needs Redis, PostgreSQL, a worker process or chromium skips when the service is
missing on a developer's machine, and fails when CI=true (CI must never skip them).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlparse

import pytest
from django.conf import settings
from django.contrib.auth.models import Group

ROOT = Path(__file__).resolve().parent.parent
IN_CI = os.environ.get("CI", "").lower() == "true"
TEST_REDIS_URL = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/14"


def require(condition: bool, reason: str) -> None:
    """Skip on a developer machine, fail in CI, when a service a test needs is missing."""
    if condition:
        return
    if IN_CI:
        pytest.fail(f"required for CI: {reason}")
    pytest.skip(reason)


def port_open(host: str, port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex((host, port)) == 0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(autouse=True)
def _isolated_cache():
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


# --- personas --------------------------------------------------------------------------


def _user(django_user_model, username: str, groups: tuple[str, ...] = (), **extra):
    from conflicts.services.roles import roles_ensure

    roles_ensure()
    user = django_user_model.objects.create_user(username=username, password="correct horse battery", **extra)
    user.groups.add(*Group.objects.filter(name__in=groups))
    return user


@pytest.fixture
def editor(django_user_model):
    return _user(django_user_model, "editor", ("Editors",))


@pytest.fixture
def curator(django_user_model):
    return _user(django_user_model, "curator", ("Editors", "Curators"), is_staff=True)


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


# --- real services -----------------------------------------------------------------------


@pytest.fixture(autouse=True, scope="session")
def _in_memory_broker():
    """Jobs queued by ordinary tests stay in this process, never in a developer's queue."""
    with celery_broker("memory://"):
        yield


@pytest.fixture(scope="session")
def redis_url() -> str:
    parsed = urlparse(TEST_REDIS_URL)
    require(port_open(parsed.hostname or "127.0.0.1", parsed.port or 6379), f"Redis is not running at {TEST_REDIS_URL}")
    return TEST_REDIS_URL


@contextmanager
def celery_broker(url: str) -> Iterator[None]:
    """Point this process's task producer at `url` (the app caches its connection pools)."""
    from briefings.celery import app

    saved = app.conf.broker_url, app.conf.broker_transport_options

    def reset() -> None:
        from kombu import pools

        pools.reset()  # kombu keeps producer pools per connection, globally
        app._pool = None
        app.amqp._producer_pool = None

    app.conf.broker_url = url
    # Fail fast when the broker is down: the point of the outage test is that uploads still work.
    app.conf.broker_transport_options = {"socket_connect_timeout": 1, "socket_timeout": 2} if url.startswith("redis") else {}
    reset()
    try:
        yield
    finally:
        app.conf.broker_url, app.conf.broker_transport_options = saved
        reset()


def worker_database_url() -> str:
    """The URL of the test database pytest-django created, for worker processes."""
    db = settings.DATABASES["default"]
    if db["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{db['NAME']}"
    user = db.get("USER") or ""
    password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
    auth = f"{user}{password}@" if user else ""
    return f"postgres://{auth}{db.get('HOST') or '127.0.0.1'}:{db.get('PORT') or 5432}/{db['NAME']}"


class WorkerProcess:
    """A real `celery worker` (optionally with beat) in its own process group."""

    def __init__(self, broker_url: str, *, beat: bool = False, env: dict[str, str] | None = None) -> None:
        self.log = ROOT / "var" / "log" / f"test-worker-{os.getpid()}-{time.monotonic_ns()}.log"
        self.log.parent.mkdir(parents=True, exist_ok=True)
        command = [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "briefings",
            "worker",
            "--pool=prefork",
            "--concurrency=1",
            "--loglevel=INFO",
            "--without-gossip",
            "--without-mingle",
            "--without-heartbeat",
        ]
        if beat:
            command += ["--beat", "--schedule", str(self.log.with_suffix(".beat"))]
        child_env = {
            **os.environ,
            "DATABASE_URL": worker_database_url(),
            "CELERY_BROKER_URL": broker_url,
            "REDIS_URL": "",
            "CELERY_VISIBILITY_TIMEOUT": "5",
            "CELERY_UNACKED_RESTORE_INTERVAL": "1",
            "CELERY_TASK_SOFT_TIME_LIMIT": "3",
            "CELERY_TASK_TIME_LIMIT": "4",
            "FAULTLINE_SWEEP_INTERVAL": "1",
            "FAULTLINE_REQUEUE_QUEUED_AFTER": "2",
            "FAULTLINE_REQUEUE_EXTRACTING_AFTER": "6",
            **(env or {}),
        }
        self._log_file = self.log.open("wb")
        self.process = subprocess.Popen(
            command, cwd=ROOT, env=child_env, stdout=self._log_file, stderr=subprocess.STDOUT, start_new_session=True
        )

    def kill(self) -> None:
        """SIGKILL the whole worker: main process and pool children, no chance to clean up."""
        if self.process.poll() is None:
            os.killpg(self.process.pid, 9)
            self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, 15)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.kill()
        self._log_file.close()

    def output(self) -> str:
        return self.log.read_text(errors="replace")


@pytest.fixture
def start_worker(redis_url, transactional_db) -> Iterator:
    started: list[WorkerProcess] = []

    def start(broker_url: str = redis_url, **kwargs) -> WorkerProcess:
        worker = WorkerProcess(broker_url, **kwargs)
        started.append(worker)
        return worker

    with celery_broker(redis_url):
        yield start
    for worker in started:
        worker.stop()


@pytest.fixture
def default_data(transactional_db) -> None:
    """The gazetteer, topics and conflict a worker needs; transactional tests flush the migration's rows."""
    from tests.conflicts.public_data import ensure_defaults

    ensure_defaults()


def wait_for(predicate, *, timeout: float, interval: float = 0.2, message: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout}s waiting for {message}")


@pytest.fixture(scope="session")
def redis_server_binary() -> str:
    binary = shutil.which("redis-server")
    require(binary is not None, "redis-server is not installed")
    return binary
