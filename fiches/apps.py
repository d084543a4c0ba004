"""Profession sheets: the job, training, prospects and pay."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FichesConfig(AppConfig):
    name = "fiches"
    verbose_name = _("Profession sheets")
