"""The relevance set: what a visitor types, and the page that must be among the first three results.

Every case runs on SQLite and on PostgreSQL, except the word forms (plurals, feminine forms that
are not written on the sheet), which need PostgreSQL's stemming and are marked `postgres`.
Each test searches every case of its set and reports all the misses at once.
"""

import re

import pytest

from tests.search.conftest import search_url

pytestmark = pytest.mark.django_db

# (language, query, slug of a page expected in the top three)
RELEVANCE_SET = [
    # exact forms
    ("fr", "infirmier", "infirmier"),
    ("fr", "Kinésithérapeute", "kinesitherapeute"),
    ("fr", "comptable ASBL", "comptable-asbl"),
    ("fr", "travailleur social", "assistant-social"),
    ("fr", "Nadia", "nadia"),
    ("fr", "portes ouvertes", "portes-ouvertes-creche"),
    ("fr", "portes ouvertes", "kit-portes-ouvertes"),
    ("fr", "réseaux sociaux", "kit-reseaux-sociaux"),
    ("fr", "aide soignante nuit", "fatou"),
    ("nl", "verpleegkundige", "infirmier"),
    ("nl", "zorgkundige", "aide-soignant"),
    ("nl", "boekhouder vzw", "comptable-asbl"),
    ("nl", "Gent", "portes-ouvertes-creche"),
    ("nl", "opendeurdagen", "kit-portes-ouvertes"),
    ("nl", "campagne", "a-propos"),
    # case and missing accents
    ("fr", "INFIRMIÈRE", "infirmier"),
    ("fr", "infirmiere", "infirmier"),
    ("fr", "educatrice specialisee", "educateur-specialise"),
    ("fr", "liege", "seance-information-educateur"),
    ("fr", "kinesitherapeute", "kinesitherapeute"),
    ("nl", "VERPLEEGKUNDIGE", "infirmier"),
    ("nl", "patienten", "kinesitherapeute"),
    # feminine forms written on the sheet
    ("fr", "aide-soignante", "aide-soignant"),
    ("fr", "éducatrice", "educateur-specialise"),
    ("fr", "assistante sociale", "assistant-social"),
    ("nl", "opvoedster", "educateur-specialise"),
    ("nl", "kinderbegeleidster", "educateur-de-jeunes-enfants"),
    # abbreviations and variants entered on the sheets
    ("fr", "AS", "aide-soignant"),
    ("fr", "AS", "assistant-social"),
    ("fr", "EJE", "educateur-de-jeunes-enfants"),
    ("fr", "puer", "auxiliaire-de-puericulture"),
    ("fr", "kiné", "kinesitherapeute"),
    ("fr", "ETA", "moniteur-eta"),
    ("fr", "IRSG", "infirmier"),
    ("nl", "orthopedagoog", "educateur-specialise"),
    ("nl", "kine", "kinesitherapeute"),
    # moderators' synonyms
    ("fr", "garderie", "educateur-de-jeunes-enfants"),
    ("fr", "garderie", "portes-ouvertes-creche"),
    ("nl", "kribbe", "educateur-de-jeunes-enfants"),
    # promoted results (first place)
    ("fr", "formation", "se-former"),
    ("nl", "diploma", "se-former"),
]

# Word forms: only PostgreSQL's French and Dutch stemmers find them.
WORD_FORMS_SET = [
    ("fr", "éducatrices", "educateur-specialise"),
    ("fr", "kinésithérapeutes", "kinesitherapeute"),
    ("fr", "assistantes sociales", "assistant-social"),
    ("fr", "crèches", "educateur-de-jeunes-enfants"),
    ("fr", "soignantes", "aide-soignant"),
    ("nl", "verpleegkundigen", "infirmier"),
    ("nl", "kinderbegeleiders", "educateur-de-jeunes-enfants"),
    ("nl", "maatschappelijk werkers", "assistant-social"),
    ("nl", "opvoeders", "educateur-specialise"),
    ("nl", "gezinshelpers", "aide-familial"),
]

PROMOTED = {("fr", "formation"), ("nl", "diploma")}

RESULT_LINK = re.compile(r'<h2 class="search-result__title"><a href="([^"]+)">')


def top_urls(client, language, query, count=3):
    response = client.get(search_url(language), {"q": query})
    assert response.status_code == 200
    return RESULT_LINK.findall(response.content.decode())[:count]


def misses(client, corpus, cases):
    found = []
    for language, query, slug in cases:
        expected = getattr(corpus, language)[slug].url
        urls = top_urls(client, language, query, count=1 if (language, query) in PROMOTED else 3)
        if expected not in urls:
            found.append(f"{language} {query!r}: expected {expected} in {urls}")
    return found


def test_the_relevance_set_has_thirty_queries_in_french_and_dutch():
    queries = {(language, query) for language, query, _slug in RELEVANCE_SET + WORD_FORMS_SET}
    assert len(queries) >= 30
    assert {language for language, _query in queries} == {"fr", "nl"}


def test_every_query_of_the_relevance_set_finds_its_page_in_the_top_three(client, corpus):
    assert misses(client, corpus, RELEVANCE_SET) == []


@pytest.mark.postgres
def test_french_and_dutch_word_forms_find_their_page_in_the_top_three(client, corpus):
    assert misses(client, corpus, WORD_FORMS_SET) == []


def test_word_forms_are_not_found_without_stemming_on_sqlite(client, corpus, settings):
    """Documents what SQLite lacks (the reason for the PostgreSQL-only set): it folds accents and
    case, but "verpleegkundigen" does not find "verpleegkundige"."""
    from django.db import connection

    if connection.vendor == "postgresql":
        pytest.skip("PostgreSQL stems word forms")
    assert corpus.nl["infirmier"].url not in top_urls(client, "nl", "verpleegkundigen")


@pytest.mark.postgres
def test_the_one_statement_search_ranks_exactly_like_wagtails_backend(corpus):
    """search/backends.py writes its own SQL on PostgreSQL (PageSearch): for every query of the
    relevance sets, with all the words and with some of them, the same pages in the same order
    and the same count as Wagtail's database backend, and the same page titles for suggestions."""
    from django.utils import translation

    from wagtail.search.backends import get_search_backend
    from wagtail.search.query import PlainText

    from search import engine
    from search.text import folded_terms

    backend = get_search_backend()
    differences = []
    for language, text, _slug in RELEVANCE_SET + WORD_FORMS_SET:
        words = folded_terms(text)
        with translation.override(language):
            for operator in ("and", "or"):
                query = engine.build_query(words, language, operator=operator)
                expected = engine.base_queryset(language).search(query, order_by_relevance=True)
                total, pages = backend.search_pages(query, language, engine.content_type_ids(), (), 0, 50)
                if [page.pk for page in pages] != [
                    page.pk for page in expected[:50]
                ] or total != expected.count():
                    differences.append(f"{language} {text!r} ({operator})")
            prefix = " ".join(words)[:4]
            expected = engine.base_queryset(language).autocomplete(prefix)[:16]
            _total, pages = backend.autocomplete_pages(
                PlainText(prefix), language, engine.content_type_ids(), 16
            )
            if [page.pk for page in pages] != [page.pk for page in expected]:
                differences.append(f"{language} {prefix!r} (suggestions)")
    assert differences == []
