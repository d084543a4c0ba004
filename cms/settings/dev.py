"""Development: debug on, console e-mail, an obviously fake key, media served by Django."""

import os

from .base import *  # noqa: F403
from .base import env_list

DEBUG = True
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-insecure-key-never-use-in-production")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# runserver serves static files from the apps in development; whitenoise is for production.
MIDDLEWARE = [entry for entry in MIDDLEWARE if entry != "whitenoise.middleware.WhiteNoiseMiddleware"]  # noqa: F405
