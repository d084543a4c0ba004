"""Searches are counted in the cache and written to the report in batches, never one by one."""

import pytest

from django.core.management import call_command

from search import query_log
from search.models import SearchQueryLog

pytestmark = pytest.mark.django_db


def test_searches_wait_in_the_cache_until_the_flush_command_writes_them(client, corpus, settings):
    settings.SEARCH_LOG_BATCH_SIZE = 1000
    for query in ["Infirmière", "infirmière", "garderie", "zzz introuvable"]:
        client.get("/fr/recherche/", {"q": query})
    client.get("/nl/zoeken/", {"q": "verpleegkundige"})
    client.get("/fr/recherche/", {"q": "infirmière", "page": "2"})  # a further page is not a new search
    client.get("/fr/recherche/", {"q": ""})  # nothing typed: nothing counted
    assert SearchQueryLog.objects.count() == 0
    assert query_log.pending() == 5

    call_command("flush_search_log", stdout=open("/dev/null", "w"))

    rows = {(row.language, row.query_string): row for row in SearchQueryLog.objects.all()}
    assert set(rows) == {
        ("fr", "infirmière"),
        ("fr", "garderie"),
        ("fr", "zzz introuvable"),
        ("nl", "verpleegkundige"),
    }
    assert rows[("fr", "infirmière")].hits == 2
    assert rows[("fr", "infirmière")].hits_without_results == 0
    assert rows[("fr", "zzz introuvable")].hits_without_results == 1
    assert query_log.pending() == 0


def test_a_second_flush_adds_to_the_counts_and_never_counts_twice(client, corpus, settings):
    settings.SEARCH_LOG_BATCH_SIZE = 1000
    client.get("/fr/recherche/", {"q": "kiné"})
    assert query_log.flush() == 1
    assert query_log.flush() == 0
    client.get("/fr/recherche/", {"q": "kiné"})
    client.get("/fr/recherche/", {"q": "KINÉ"})
    assert query_log.flush() == 2
    assert SearchQueryLog.objects.get(language="fr", query_string="kiné").hits == 3


def test_the_request_that_fills_a_batch_writes_it(client, corpus, settings):
    settings.SEARCH_LOG_BATCH_SIZE = 3
    client.get("/fr/recherche/", {"q": "puer"})
    client.get("/fr/recherche/", {"q": "puer"})
    assert SearchQueryLog.objects.count() == 0
    client.get("/fr/recherche/", {"q": "EJE"})
    assert {(row.query_string, row.hits) for row in SearchQueryLog.objects.all()} == {("puer", 2), ("eje", 1)}


def test_a_flush_already_running_elsewhere_is_not_repeated(client, corpus, settings):
    from django.core.cache import cache

    settings.SEARCH_LOG_BATCH_SIZE = 1000
    client.get("/fr/recherche/", {"q": "puer"})
    cache.add(query_log.LOCK_KEY, 1)
    assert query_log.flush() == 0
    cache.delete(query_log.LOCK_KEY)
    assert query_log.flush() == 1
