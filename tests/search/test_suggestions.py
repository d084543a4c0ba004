"""Suggestions as you type: profession names first, then page titles; accents ignored."""

import pytest

pytestmark = pytest.mark.django_db


def suggest(client, url, text):
    response = client.get(url, {"q": text})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    return response.json()["suggestions"]


def test_profession_names_come_first_then_titles(client, corpus):
    items = suggest(client, "/fr/recherche/suggestions/", "kine")
    assert items[0] == {
        "label": "Kinésithérapeute",
        "detail": "",
        "url": corpus.fr["kinesitherapeute"].url,
        "kind": "profession",
    }
    assert [item["kind"] for item in items] == sorted(
        (item["kind"] for item in items), key="profession".__ne__
    )


def test_a_feminine_form_or_an_abbreviation_suggests_the_profession(client, corpus):
    labels = [item["label"] for item in suggest(client, "/fr/recherche/suggestions/", "educatrice spe")]
    assert labels[0] == "Éducateur spécialisé"
    assert "Aide-soignant" in [item["label"] for item in suggest(client, "/fr/recherche/suggestions/", "AS")]
    assert suggest(client, "/fr/recherche/suggestions/", "INFIRM")[0]["detail"] == "Infirmière"


def test_page_titles_follow(client, corpus):
    items = suggest(client, "/fr/recherche/suggestions/", "Exposition")
    assert {"label": "Exposition photo « J'aime mon métier »", "kind": "page"}.items() <= items[0].items()
    assert items[0]["detail"] == "Événement"


def test_dutch_suggestions_are_dutch_pages(client, corpus):
    items = suggest(client, "/nl/zoeken/suggesties/", "verpl")
    assert items[0]["label"] == "Verpleegkundige"
    assert all(item["url"].startswith("/nl/") for item in items)


@pytest.mark.parametrize("text", ["", "a", " ", "\x00", "'", "😀", "%", "*" * 500, "x" * 5000])
def test_short_or_odd_input_gives_an_empty_list_or_suggestions(client, corpus, text):
    response = client.get("/fr/recherche/suggestions/", {"q": text})
    assert response.status_code == 200
    assert isinstance(response.json()["suggestions"], list)


def test_suggestions_are_not_indexed_and_may_be_cached_briefly(client, corpus):
    response = client.get("/fr/recherche/suggestions/", {"q": "infi"})
    assert response["X-Robots-Tag"] == "noindex"
    assert "max-age=60" in response["Cache-Control"]
