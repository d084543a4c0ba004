import pytest

from django.core.cache import cache
from django.db import connection

from tests.search.corpus import build_corpus


@pytest.fixture(autouse=True)
def clear_cache():
    """The search vocabulary and the query counts live in the cache: each test starts empty."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def postgres_only(request):
    if request.node.get_closest_marker("postgres") and connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL (word forms are stemmed by its text-search configurations)")


@pytest.fixture
def corpus(homes):
    return build_corpus(homes)


def search_url(language):
    return {"fr": "/fr/recherche/", "nl": "/nl/zoeken/"}[language]
