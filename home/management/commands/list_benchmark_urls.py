"""Print one URL per public page type and language, for `make bench`."""

from django.apps import apps
from django.core.management.base import BaseCommand

from wagtail.models import Page

PROJECT_APPS = ["home", "portraits", "fiches", "events"]


class Command(BaseCommand):
    help = "Print 'label path' lines: the most recent live page of each page type, per language."

    def handle(self, *args, **options):
        for app_label in PROJECT_APPS:
            for model in apps.get_app_config(app_label).get_models():
                if not issubclass(model, Page) or model._meta.abstract:
                    continue
                for language_code in ("fr", "nl"):
                    page = (
                        model.objects.live()
                        .filter(locale__language_code=language_code)
                        .order_by("-first_published_at")
                        .first()
                    )
                    if page is not None:
                        url = page.get_url()
                        self.stdout.write(f"{model.__name__}[{language_code}] {url}")
