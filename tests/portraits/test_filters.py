"""Filters of the portrait index: combinable, kept in the address and in the pagination links,
bad input gives a normal page or a 404, never an error; filtered lists are not indexed."""

import datetime

import pytest

from django.utils import timezone

from fiches.factories import FichePageFactory
from home.localization import translate_from_glossary
from home.models import Campaign, Region, Sector
from portraits.factories import PortraitPageFactory
from tests.fiches.conftest import INDEX_GLOSSARY, fiche_glossary
from tests.portraits.conftest import DUTCH

pytestmark = pytest.mark.django_db


@pytest.fixture
def taxonomy(locales):
    return {
        "sante": Sector.objects.create(locale=locales.fr, name="Santé", slug="sante"),
        "petite-enfance": Sector.objects.create(
            locale=locales.fr, name="Petite enfance", slug="petite-enfance"
        ),
        "wallonie": Region.objects.create(locale=locales.fr, name="Wallonie", slug="wallonie"),
        "bruxelles": Region.objects.create(locale=locales.fr, name="Bruxelles", slug="bruxelles"),
        "semaine": Campaign.objects.create(
            locale=locales.fr, name="Semaine des métiers du soin", slug="semaine", start_date="2026-03-01"
        ),
    }


@pytest.fixture
def puericulteur(fiche):
    return FichePageFactory(parent=fiche.get_parent(), profession_name="Puériculteur", slug="puericulteur")


@pytest.fixture
def portraits(portrait_index, fiche, puericulteur, taxonomy):
    """Nadia: nurse, video, health, Wallonia, campaign; Karim: nurse, podcast, Brussels;
    Léa: childcare worker, article, early childhood, Wallonia, campaign."""
    now = timezone.now()
    nadia = PortraitPageFactory(
        parent=portrait_index,
        fiche=fiche,
        slug="nadia",
        first_name="Nadia",
        video=True,
        region=taxonomy["wallonie"],
        first_published_at=now,
    )
    nadia.sectors = [taxonomy["sante"]]
    nadia.campaigns = [taxonomy["semaine"]]
    nadia.save()
    karim = PortraitPageFactory(
        parent=portrait_index,
        fiche=fiche,
        slug="karim",
        first_name="Karim",
        podcast=True,
        region=taxonomy["bruxelles"],
        first_published_at=now - datetime.timedelta(days=1),
    )
    karim.sectors = [taxonomy["sante"]]
    karim.save()
    lea = PortraitPageFactory(
        parent=portrait_index,
        fiche=puericulteur,
        slug="lea",
        first_name="Léa",
        region=taxonomy["wallonie"],
        first_published_at=now - datetime.timedelta(days=2),
    )
    lea.sectors = [taxonomy["petite-enfance"]]
    lea.campaigns = [taxonomy["semaine"]]
    lea.save()
    return nadia, karim, lea


def names(response):
    return [portrait.first_name for portrait in response.context["portraits"]]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["Nadia", "Karim", "Léa"]),
        ("?profession=infirmier", ["Nadia", "Karim"]),
        ("?profession=puericulteur", ["Léa"]),
        ("?format=video", ["Nadia"]),
        ("?format=podcast", ["Karim"]),
        ("?format=article", ["Léa"]),
        ("?sector=sante", ["Nadia", "Karim"]),
        ("?region=wallonie", ["Nadia", "Léa"]),
        ("?campaign=semaine", ["Nadia", "Léa"]),
        ("?profession=infirmier&region=wallonie", ["Nadia"]),
        ("?profession=infirmier&format=podcast&sector=sante&region=bruxelles", ["Karim"]),
        ("?campaign=semaine&sector=petite-enfance&format=article", ["Léa"]),
        ("?profession=puericulteur&format=video", []),
    ],
)
def test_filters_combine_and_the_count_says_how_many_portraits_match(client, portraits, query, expected):
    response = client.get(f"/fr/portraits/{query}")

    assert response.status_code == 200
    assert names(response) == expected
    count = len(expected)
    assert f"{count} portrait{'s' if count > 1 else ''}" in response.text


def test_the_form_offers_the_choices_of_the_language_and_keeps_the_current_ones(client, portraits):
    response = client.get("/fr/portraits/?profession=infirmier&format=podcast")
    text = response.text

    assert '<form class="portrait-filters" method="get" action="/fr/portraits/"' in text
    assert '<option value="infirmier" selected>Infirmier</option>' in text
    assert '<option value="puericulteur">Puériculteur</option>' in text
    assert '<option value="podcast" selected>Podcast</option>' in text
    assert '<option value="wallonie">Wallonie</option>' in text
    assert '<option value="semaine">Semaine des métiers du soin</option>' in text
    assert '<option value="petite-enfance">Petite enfance</option>' in text
    assert 'href="/fr/portraits/">Effacer les filtres</a>' in text


def test_a_profession_without_portraits_is_not_offered(client, portraits, fiche):
    FichePageFactory(parent=fiche.get_parent(), profession_name="Assistant social", slug="assistant-social")

    assert 'value="assistant-social"' not in client.get("/fr/portraits/").text


def test_pagination_keeps_the_filters(client, portrait_index, fiche, taxonomy):
    now = timezone.now()
    for number in range(16):
        PortraitPageFactory(
            parent=portrait_index,
            fiche=fiche,
            slug=f"p{number}",
            first_name=f"Prénom{number}",
            region=taxonomy["wallonie"] if number % 7 else None,
            first_published_at=now - datetime.timedelta(days=number),
        )

    first = client.get("/fr/portraits/?region=wallonie&format=article")
    second = client.get("/fr/portraits/?region=wallonie&format=article&page=2")

    assert len(first.context["portraits"]) == 12
    assert "13 portraits" in first.text  # 16 less the three without region
    assert 'href="/fr/portraits/?region=wallonie&amp;format=article&amp;page=2"' in first.text
    assert names(second) == ["Prénom15"]
    assert 'rel="prev" href="/fr/portraits/?region=wallonie&amp;format=article"' in second.text


@pytest.mark.parametrize(
    "query",
    [
        "?profession=inconnu",
        "?sector=nowhere&region=atlantis",
        "?format=hologram",
        "?campaign=%00",
        "?profession=%27%3B%20DROP%20TABLE",
        "?sector=" + "x" * 5000,
        "?region=%ff%fe",
        "?profession=infirmier&profession=%00",
    ],
)
def test_unknown_or_malformed_filter_values_give_an_empty_list(client, portraits, query):
    response = client.get(f"/fr/portraits/{query}")

    assert response.status_code == 200
    assert names(response) == []
    assert "Aucun portrait ne correspond à ces filtres" in response.text


@pytest.mark.parametrize(
    "query", ["?page=&format=", "?=&&=x", "?foo=bar", "?format=&page=1", "?page=1&page=1"]
)
def test_empty_or_unknown_parameters_are_ignored(client, portraits, query):
    response = client.get(f"/fr/portraits/{query}")

    assert response.status_code == 200
    assert names(response) == ["Nadia", "Karim", "Léa"]


@pytest.mark.parametrize("number", ["abc", "0", "-3", "1e3", "%00"])
def test_a_bad_page_number_with_filters_is_not_found(client, portraits, number):
    assert client.get(f"/fr/portraits/?format=video&page={number}").status_code == 404


def test_a_page_past_the_end_of_a_filtered_list_shows_its_last_page(client, portraits):
    response = client.get("/fr/portraits/?format=video&page=40")

    assert response.status_code == 200
    assert names(response) == ["Nadia"]


@pytest.mark.parametrize("query", ["?format=video", "?sector=sante&page=1", "?region=nowhere"])
def test_a_filtered_list_is_not_indexed_and_points_at_the_plain_listing(client, portraits, query):
    response = client.get(f"/fr/portraits/{query}")

    assert response.context["seo_noindex"] is True
    assert response.context["canonical_url"] == "http://localhost/fr/portraits/"  # the site's address


def test_the_plain_listing_is_indexed_and_canonical_to_itself(client, portrait_index, fiche):
    for number in range(13):
        PortraitPageFactory(parent=portrait_index, fiche=fiche, slug=f"p{number}")

    first = client.get("/fr/portraits/")
    second = client.get("/fr/portraits/?page=2")

    assert first.context["seo_noindex"] is False
    assert first.context["canonical_url"] == "http://localhost/fr/portraits/"
    assert second.context["seo_noindex"] is False
    assert second.context["canonical_url"] == "http://localhost/fr/portraits/?page=2"


def test_the_listing_advertises_its_feeds(client, portraits):
    text = client.get("/fr/portraits/").text

    assert 'type="application/rss+xml" href="http://localhost/fr/portraits/rss/"' in text
    assert 'type="application/rss+xml" href="http://localhost/fr/portraits/podcast/"' in text


def test_the_dutch_listing_filters_by_the_same_slugs(client, portraits, translate, locales, taxonomy):
    nadia, karim, lea = portraits
    for sector in ("sante", "petite-enfance"):
        taxonomy[sector].copy_for_translation(locales.nl).save()
    translate_from_glossary(nadia.fiche.get_parent(), locales.nl, INDEX_GLOSSARY)
    for sheet in (nadia.fiche, lea.fiche):
        translate_from_glossary(sheet, locales.nl, fiche_glossary(sheet))
    translate(nadia.get_parent())
    for portrait in portraits:
        translate_from_glossary(portrait, locales.nl, {**DUTCH, portrait.title: f"{portrait.title} (NL)"})

    health = client.get("/nl/portraits/?sector=sante")
    nurses = client.get("/nl/portraits/?profession=infirmier&format=podcast")

    assert health.status_code == 200
    assert sorted(names(health)) == ["Karim", "Nadia"]  # newest Dutch publication first
    assert names(nurses) == ["Karim"]
    assert '<option value="infirmier">Infirmier (NL)</option>' in health.text
