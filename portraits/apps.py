"""Portraits of professionals: articles, videos and podcasts."""

from django.apps import AppConfig
from django.db.models.signals import pre_save
from django.utils.translation import gettext_lazy as _


class PortraitsConfig(AppConfig):
    name = "portraits"
    verbose_name = _("Portraits")

    def ready(self):
        from wagtailmedia.models import get_media_model

        from portraits.consent import install_publish_guard
        from portraits.media import fill_duration_from_file

        # Every publishing path (button, workflow, schedule, bulk, code) checks the consent.
        install_publish_guard()

        pre_save.connect(
            fill_duration_from_file, sender=get_media_model(), dispatch_uid="portraits_media_duration"
        )
