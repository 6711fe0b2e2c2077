"""In CI the suite must run on the real services, never silently on the embedded defaults."""

from __future__ import annotations

import os

import pytest
from django.db import connection

from tests.conftest import IN_CI, require


@pytest.mark.services
def test_ci_runs_on_postgresql(db):
    require(connection.vendor == "postgresql" or not IN_CI, "CI must set DATABASE_URL to PostgreSQL")
    if not IN_CI and connection.vendor != "postgresql":
        pytest.skip("developer run on SQLite")
    with connection.cursor() as cursor:
        cursor.execute("SELECT version()")
        assert "PostgreSQL" in cursor.fetchone()[0]


@pytest.mark.services
def test_ci_has_a_real_redis(redis_url):
    import redis

    client = redis.Redis.from_url(redis_url, socket_connect_timeout=1)
    assert client.ping() is True
    assert IN_CI is False or os.environ.get("REDIS_URL"), "CI must set REDIS_URL"
