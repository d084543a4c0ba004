from types import SimpleNamespace

import pytest

from django.core.cache import cache
from django.utils import translation

from wagtail.models import Locale

from home.caching import bump_content_version, local_memory
from home.factories import build_bilingual_site


@pytest.fixture
def locales(db):
    # get_or_create: browser tests flush the database, migrations' rows included.
    return SimpleNamespace(
        fr=Locale.objects.get_or_create(language_code="fr")[0],
        nl=Locale.objects.get_or_create(language_code="nl")[0],
    )


@pytest.fixture
def homes(locales):
    """The French home page as the site root, and its live Dutch translation."""
    french, dutch = build_bilingual_site()
    return SimpleNamespace(fr=french, nl=dutch)


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Uploaded files go to a temporary folder, never to the project's media."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def default_language(settings):
    """Each test starts in French, the source language: a request in Dutch in an earlier test
    leaves Dutch active in the thread otherwise."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def empty_cache():
    """Cached routes and navigation (home/caching.py) never leak from one test into the next,
    whose database was rolled back."""
    cache.clear()
    local_memory.clear()


@pytest.fixture
def assert_page_queries(client, django_assert_num_queries):
    """Assert the exact number of queries of a page: on its first view after a content change,
    when every cached fragment is rendered again (home/templatetags/fragment_tags.py), then on the
    views that follow. Returns the last response."""

    def check(url, *, after_a_change, then):
        client.get(url)  # the renditions of new images are made on the first view
        bump_content_version()  # as any edit does
        with django_assert_num_queries(after_a_change):
            client.get(url)
        with django_assert_num_queries(then):
            return client.get(url)

    return check
