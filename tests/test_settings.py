"""Configuration comes from the environment: database, secrets, production safety."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from django.db import connection

PROJECT = Path(__file__).resolve().parent.parent
# Variables of the test run itself that a fresh process must not inherit.
CALLER_ONLY = {"DATABASE_CONN_MAX_AGE", "DATABASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE", "DJANGO_SETTINGS_MODULE"}


def run_python(code, settings_module, **env):
    environment = {key: value for key, value in os.environ.items() if key not in CALLER_ONLY}
    environment.pop("SECRET_KEY", None)
    environment.pop("ALLOWED_HOSTS", None)
    environment.update(env, DJANGO_SETTINGS_MODULE=settings_module)
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=PROJECT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def database_settings(**env):
    code = (
        "from django.conf import settings; d = settings.DATABASES['default'];"
        "print(d['ENGINE']); print(d['NAME']); print(d.get('HOST', ''))"
    )
    result = run_python(code, "cms.settings.dev", **env)
    assert result.returncode == 0, result.stderr
    return result.stdout.split("\n")


def test_the_embedded_sqlite_file_is_the_default_database():
    engine, name, _host, _ = database_settings()

    assert engine == "django.db.backends.sqlite3"
    assert name == str(PROJECT / "db.sqlite3")


def test_database_url_selects_postgresql_through_psycopg():
    engine, name, host, _ = database_settings(DATABASE_URL="postgres://postgres@db.internal:5432/vocations")

    assert engine == "django.db.backends.postgresql"
    assert name == "vocations"
    assert host == "db.internal"


@pytest.mark.django_db
def test_the_suite_runs_on_the_database_that_database_url_names():
    expected = "postgresql" if os.environ.get("DATABASE_URL", "").startswith("postgres") else "sqlite"

    assert connection.vendor == expected
    if expected == "postgresql":
        assert connection.Database.__name__ == "psycopg"


def test_production_refuses_to_start_without_a_secret_key():
    result = run_python(
        "import django; django.setup()", "cms.settings.production", ALLOWED_HOSTS="vocations.be"
    )

    assert result.returncode != 0
    assert "Set the SECRET_KEY environment variable" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = run_python("import django; django.setup()", "cms.settings.production", SECRET_KEY="x" * 60)

    assert result.returncode != 0
    assert "Set the ALLOWED_HOSTS environment variable" in result.stderr


def test_production_passes_the_deployment_checklist():
    environment = {key: value for key, value in os.environ.items() if key not in CALLER_ONLY}
    environment.update(
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        SECRET_KEY="production-like-key-" + "k7#Qx9!vT2@mL4$wZ8^nR6&" * 3,
        ALLOWED_HOSTS="jaimemonmetier.be",
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=PROJECT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_redis_url_switches_the_cache_to_redis():
    code = "from django.conf import settings; print(settings.CACHES['default']['BACKEND'])"
    result = run_python(code, "cms.settings.dev", REDIS_URL="redis://127.0.0.1:6379/1")

    assert result.stdout.strip() == "django.core.cache.backends.redis.RedisCache"


def test_without_redis_every_process_shares_a_file_cache(tmp_path):
    """Workers, cron's publish_scheduled and the dev server's scheduler see one content version."""
    code = (
        "from django.conf import settings; c = settings.CACHES['default']; print(c['BACKEND'], c['LOCATION'])"
    )
    result = run_python(code, "cms.settings.dev", REDIS_URL="", CACHE_DIR=str(tmp_path))

    assert result.stdout.split() == ["django.core.cache.backends.filebased.FileBasedCache", str(tmp_path)]


@pytest.mark.parametrize(("given", "expected"), [(None, "60 True"), ("0", "0 True")])
def test_production_keeps_database_connections_unless_told_otherwise(given, expected):
    code = (
        "import django; django.setup(); from django.conf import settings; "
        "db = settings.DATABASES['default']; print(db['CONN_MAX_AGE'], db['CONN_HEALTH_CHECKS'])"
    )
    env = {"SECRET_KEY": "x" * 60, "ALLOWED_HOSTS": "vocations.be"}
    if given is not None:
        env["DATABASE_CONN_MAX_AGE"] = given
    result = run_python(code, "cms.settings.production", **env)

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == expected
