"""Portraits of professionals: articles, videos and podcasts."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortraitsConfig(AppConfig):
    name = "portraits"
    verbose_name = _("Portraits")
