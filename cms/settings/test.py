"""Tests: fast hasher, plain static storage, local-memory cache, immediate tasks, locmem e-mail."""

import os
from pathlib import Path

from .base import *  # noqa: F403
from .base import DATABASES

DEBUG = False
SECRET_KEY = "test-only-insecure-key"
ALLOWED_HOSTS = ["localhost", "127.0.0.1", "testserver"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
WAGTAILADMIN_BASE_URL = "http://testserver"

# SQLite tests run in memory unless DATABASE_URL names another database.
if not os.environ.get("DATABASE_URL"):
    DATABASES["default"]["TEST"] = {"NAME": ":memory:"}

MEDIA_ROOT = Path(os.environ.get("TEST_MEDIA_ROOT", BASE_DIR / ".test-media"))  # noqa: F405

# Static files are served by the test server itself; whitenoise is for production.
MIDDLEWARE = [entry for entry in MIDDLEWARE if entry != "whitenoise.middleware.WhiteNoiseMiddleware"]  # noqa: F405
