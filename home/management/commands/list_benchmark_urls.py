"""Print one URL per public page type and language, for `make bench`."""

from urllib.parse import quote

from django.apps import apps
from django.core.management.base import BaseCommand
from django.urls import NoReverseMatch, reverse
from django.utils import translation

from wagtail.models import Page

PROJECT_APPS = ["home", "portraits", "fiches", "events"]
LANGUAGES = ("fr", "nl")

# Sub-pages of routable pages and filtered listings, measured as page types of their own.
EXTRA_ROUTES = {
    "PortraitIndexPage": [
        ("filtered", "?format=podcast&page=1"),
        ("rss", "rss/"),
        ("podcast", "podcast/"),
    ],
    "EventIndexPage": [("archive", "archive/"), ("ical", "calendar/")],
    "EventPage": [("ics", "calendar/")],
}
SEARCH_QUERY = {"fr": "infirmière", "nl": "verpleegkundige"}


class Command(BaseCommand):
    help = (
        "Print 'label path' lines: the first live page of each page type per language (the demo "
        "content's own pages come before the synthetic ones of --scale), its sub-routes, the search."
    )

    def handle(self, *args, **options):
        for app_label in PROJECT_APPS:
            for model in apps.get_app_config(app_label).get_models():
                if not issubclass(model, Page) or model._meta.abstract:
                    continue
                for language_code in LANGUAGES:
                    page = (
                        model.objects.live()
                        .filter(locale__language_code=language_code)
                        .order_by("first_published_at", "pk")
                        .first()
                    )
                    if page is None:
                        continue
                    url = page.get_url()
                    self.stdout.write(f"{model.__name__}[{language_code}] {url}")
                    for label, suffix in EXTRA_ROUTES.get(model.__name__, []):
                        self.stdout.write(f"{model.__name__}:{label}[{language_code}] {url}{suffix}")
        for language_code in LANGUAGES:
            with translation.override(language_code):
                try:
                    search = reverse("search")
                except NoReverseMatch:
                    continue
            self.stdout.write(f"search[{language_code}] {search}?q={quote(SEARCH_QUERY[language_code])}")
        self.stdout.write("sitemap.xml /sitemap.xml")
