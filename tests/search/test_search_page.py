"""The search page over HTTP: language, type filter, count, extract, pagination, noindex, bad input."""

import re

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from fiches.factories import FichePageFactory
from search import query_log

pytestmark = pytest.mark.django_db

RESULT_LINK = re.compile(r'<h2 class="search-result__title"><a href="([^"]+)">')


def search_queries():
    """PostgreSQL: one statement (search/backends.py, PageSearch: the matches, their rank, the
    total, the pages shown and their indexed text). Wagtail's database backend elsewhere: the
    private sections, the count, the results, the indexed texts."""
    return 1 if connection.vendor == "postgresql" else 4


def result_urls(response):
    return RESULT_LINK.findall(response.content.decode())


def test_the_search_page_has_a_french_and_a_dutch_address():
    with translation.override("fr"):
        assert reverse("search") == "/fr/recherche/"
        assert reverse("search_suggestions") == "/fr/recherche/suggestions/"
    with translation.override("nl"):
        assert reverse("search") == "/nl/zoeken/"
        assert reverse("search_suggestions") == "/nl/zoeken/suggesties/"


def test_a_dutch_visitor_only_finds_dutch_pages(client, corpus):
    response = client.get("/nl/zoeken/", {"q": "kine"})
    urls = result_urls(response)
    assert corpus.nl["kinesitherapeute"].url in urls
    assert corpus.fr["kinesitherapeute"].url not in urls
    assert all(url.startswith("/nl/") for url in urls)
    assert response.context["outcome"].count == len(urls)


def test_a_french_visitor_does_not_find_dutch_words(client, corpus):
    response = client.get("/fr/recherche/", {"q": "verpleegkundige"})
    assert result_urls(response) == []
    assert "Aucun résultat pour cette recherche" in response.content.decode()


def test_the_page_says_how_many_results_and_shows_a_marked_extract(client, corpus):
    response = client.get("/fr/recherche/", {"q": "Nadia"})
    html = response.content.decode()
    assert "1 résultat pour « Nadia »" in html
    assert "<mark>Nadia</mark> soigne à domicile" in html
    assert "Portrait</p>" in html


def test_the_type_filter_keeps_one_kind_of_content(client, corpus):
    every = result_urls(client.get("/fr/recherche/", {"q": "portes ouvertes"}))
    assert corpus.fr["portes-ouvertes-creche"].url in every
    assert corpus.fr["kit-portes-ouvertes"].url in every

    response = client.get("/fr/recherche/", {"q": "portes ouvertes", "type": "kits"})
    assert result_urls(response) == [corpus.fr["kit-portes-ouvertes"].url]
    assert '<a href="?q=portes%20ouvertes&amp;type=kits" aria-current="true">Kits partenaires</a>' in (
        response.content.decode()
    )


def test_an_unknown_type_searches_everything(client, corpus):
    response = client.get("/fr/recherche/", {"q": "portes ouvertes", "type": "'; DROP TABLE"})
    assert response.status_code == 200
    assert len(result_urls(response)) == 2


def test_a_promoted_result_comes_first_and_says_so(client, corpus):
    response = client.get("/fr/recherche/", {"q": "Formation"})
    html = response.content.decode()
    assert result_urls(response)[0] == corpus.fr["se-former"].url
    assert "Recommandé" in html
    # The French promotion is not shown to a Dutch visitor.
    assert corpus.fr["se-former"].url not in result_urls(client.get("/nl/zoeken/", {"q": "formation"}))


def test_results_are_paginated_ten_by_ten(client, homes):
    from fiches.factories import FicheIndexPageFactory

    index = FicheIndexPageFactory(parent=homes.fr)
    for number in range(23):
        FichePageFactory(parent=index, profession_name=f"Accompagnateur de randonnée {number:02d}")

    first = client.get("/fr/recherche/", {"q": "randonnée"})
    assert "23 résultats" in first.content.decode()
    assert len(result_urls(first)) == 10
    assert "Page 1 sur 3" in first.content.decode()
    assert 'href="?q=randonn%C3%A9e&amp;page=2" rel="next"' in first.content.decode()

    third = client.get("/fr/recherche/", {"q": "randonnée", "page": "3"})
    assert len(result_urls(third)) == 3
    assert '<ol class="search-results" start="21">' in third.content.decode()
    pages = [result_urls(client.get("/fr/recherche/", {"q": "randonnée", "page": n})) for n in "123"]
    assert len({url for page in pages for url in page}) == 23

    assert result_urls(client.get("/fr/recherche/", {"q": "randonnée", "page": "999"})) == result_urls(third)
    assert result_urls(client.get("/fr/recherche/", {"q": "randonnée", "page": "abc"})) == result_urls(first)


def test_results_pages_are_not_indexed(client, corpus):
    response = client.get("/fr/recherche/", {"q": "infirmier"})
    assert response.context["seo_noindex"] is True
    assert response["X-Robots-Tag"] == "noindex"
    assert '<meta name="robots" content="noindex' in response.content.decode()


def test_an_empty_search_shows_the_form_and_an_invitation(client, corpus):
    response = client.get("/fr/recherche/")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="search-q-page"' in html
    assert "Cherchez dans les portraits" in html
    assert result_urls(response) == []


@pytest.fixture
def one_sheet(homes):
    from fiches.factories import FicheIndexPageFactory

    index = FicheIndexPageFactory(parent=homes.fr)
    return FichePageFactory(parent=index, profession_name="Infirmier", slug="infirmier")


@pytest.mark.parametrize(
    "query",
    [
        "",
        " ",
        "a" * 1000,
        "infirmier " * 120,
        "' OR 1=1 --",
        "'; DROP TABLE wagtailcore_page; --",
        '"infirmier"',
        "infirm*",
        ".*[(+?{\\",
        "$(rm -rf /)",
        "%_%",
        "NEAR(aide soignant)",
        "aide AND NOT soignant OR",
        "😀🏥 infirmière 👩‍⚕️",
        "infir\x00mier",
        "\x00",
        "\x07\x1b[31m\x7f",
        "<script>alert('x')</script>",
        "&amp;&lt;",
        "\u202eeimrifni",
        "ｉｎｆｉｒｍｉｅｒ",
    ],
)
def test_any_input_gives_a_normal_page(client, one_sheet, query):
    response = client.get("/fr/recherche/", {"q": query, "page": query, "type": query})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert" not in html
    assert "\x00" not in html
    assert "<h1>Recherche</h1>" in html


def test_a_query_with_metacharacters_still_finds_its_words(client, one_sheet):
    """Quotes, operators and brackets separate words; they are never query syntax."""
    assert result_urls(client.get("/fr/recherche/", {"q": "«infirmier»!"})) == [one_sheet.url]
    response = client.get("/fr/recherche/", {"q": '"infirmier"*) OR (1=1'})
    assert result_urls(response) == [one_sheet.url]
    assert response.context["outcome"].broadened


def test_a_search_writes_nothing_to_the_database(client, corpus, settings):
    settings.SEARCH_LOG_BATCH_SIZE = 1000
    client.get("/fr/recherche/", {"q": "infirmier"})
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/fr/recherche/", {"q": "aide soignante"})
    assert response.status_code == 200
    writes = [
        q["sql"] for q in queries if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))
    ]
    assert writes == []
    assert query_log.pending() == 2


def test_the_search_page_costs_a_fixed_number_of_queries(client, corpus, settings, django_assert_num_queries):
    settings.SEARCH_LOG_BATCH_SIZE = 1000
    client.get("/fr/recherche/", {"q": "infirmier"})  # warm the caches (site root, vocabulary)
    with django_assert_num_queries(search_queries()):
        client.get("/fr/recherche/", {"q": "aide"})


def test_pages_in_a_private_section_and_unpublished_pages_are_not_found(client, homes):
    from wagtail.models import PageViewRestriction

    from fiches.factories import FicheIndexPageFactory

    public = FicheIndexPageFactory(parent=homes.fr, slug="metiers")
    private = FicheIndexPageFactory(parent=homes.fr, slug="intranet")
    shown = FichePageFactory(parent=public, profession_name="Souffleur de verre", slug="souffleur")
    hidden = FichePageFactory(parent=private, profession_name="Souffleur de verre", slug="souffleur-prive")
    withdrawn = FichePageFactory(parent=public, profession_name="Souffleur de verre", slug="souffleur-retire")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    withdrawn.unpublish()

    response = client.get("/fr/recherche/", {"q": "souffleur"})
    assert result_urls(response) == [shown.url]
    assert hidden.url not in response.content.decode()
    assert response.context["outcome"].count == 1
    assert [
        item["url"] for item in client.get("/fr/recherche/suggestions/", {"q": "souff"}).json()["suggestions"]
    ] == [shown.url]


def test_a_page_after_the_promoted_results_is_neither_lost_nor_shown_twice(client, homes):
    """Ten results per page, the promoted one first: the second page starts with the tenth result."""
    from wagtail.contrib.search_promotions.models import Query, SearchPromotion

    from fiches.factories import FicheIndexPageFactory

    index = FicheIndexPageFactory(parent=homes.fr)
    sheets = [FichePageFactory(parent=index, profession_name=f"Luthier {number:02d}") for number in range(12)]
    SearchPromotion.objects.create(query=Query.get("luthier"), page=sheets[5], sort_order=0)

    first = result_urls(client.get("/fr/recherche/", {"q": "luthier"}))
    second = result_urls(client.get("/fr/recherche/", {"q": "luthier", "page": "2"}))
    assert first[0] == sheets[5].url
    assert len(first) == 10 and len(second) == 2
    assert sorted(first + second) == sorted(sheet.url for sheet in sheets)
