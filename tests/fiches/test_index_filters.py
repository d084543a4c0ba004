"""Filters of the A–Z list of profession sheets: sector, shortage, regulated; combinable, in the
address; bad values give an empty list, never an error; filtered lists are not indexed."""

import pytest

from fiches.factories import FichePageFactory
from home.models import Sector

pytestmark = pytest.mark.django_db


@pytest.fixture
def sheets(fiche_indexes, locales):
    health = Sector.objects.create(locale=locales.fr, name="Santé", slug="sante")
    childhood = Sector.objects.create(locale=locales.fr, name="Petite enfance", slug="petite-enfance")
    made = {}
    for name, sectors, shortage, regulated in (
        ("Infirmier", [health], True, True),
        ("Aide-soignant", [health], True, False),
        ("Puériculteur", [health, childhood], False, True),
        ("Accueillant d'enfants", [childhood], False, False),
    ):
        sheet = FichePageFactory(
            parent=fiche_indexes.fr, profession_name=name, is_shortage=shortage, is_regulated=regulated
        )
        sheet.sectors = sectors
        sheet.save_revision().publish()
        made[name] = sheet
    return made


def listed(response):
    return [
        fiche.profession_name for group in response.context["letter_groups"].groups for fiche in group.fiches
    ]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["Accueillant d'enfants", "Aide-soignant", "Infirmier", "Puériculteur"]),
        ("?sector=sante", ["Aide-soignant", "Infirmier", "Puériculteur"]),
        ("?sector=petite-enfance", ["Accueillant d'enfants", "Puériculteur"]),
        ("?shortage=1", ["Aide-soignant", "Infirmier"]),
        ("?regulated=1", ["Infirmier", "Puériculteur"]),
        ("?sector=sante&shortage=1&regulated=1", ["Infirmier"]),
        ("?sector=petite-enfance&regulated=1", ["Puériculteur"]),
        ("?sector=petite-enfance&shortage=1", []),
    ],
)
def test_filters_combine_and_the_count_follows(client, sheets, query, expected):
    response = client.get(f"/fr/metiers/{query}")

    assert response.status_code == 200
    assert listed(response) == expected
    assert response.context["fiche_count"] == len(expected)


def test_the_form_keeps_the_current_choices(client, sheets):
    text = client.get("/fr/metiers/?sector=sante&shortage=1").text

    assert '<form class="fiche-filters" method="get" action="/fr/metiers/"' in text
    assert '<option value="sante" selected>Santé</option>' in text
    assert '<option value="petite-enfance">Petite enfance</option>' in text
    assert 'name="shortage" value="1" checked' in text
    assert 'name="regulated" value="1">' in text
    assert "Effacer les filtres" in text


@pytest.mark.parametrize(
    "query",
    [
        "?sector=nowhere",
        "?sector=%00",
        "?sector=" + "s" * 3000,
        "?shortage=maybe",
        "?regulated=%ff",
        "?shortage=1&sector=%27",
    ],
)
def test_unknown_or_malformed_values_give_an_empty_list_with_a_message(client, sheets, query):
    response = client.get(f"/fr/metiers/{query}")

    assert response.status_code == 200
    assert listed(response) == []
    assert "Aucune fiche métier ne correspond à ces filtres" in response.text


@pytest.mark.parametrize("query", ["?sector=", "?shortage=&regulated=", "?foo=bar&&="])
def test_empty_or_unknown_parameters_are_ignored(client, sheets, query):
    response = client.get(f"/fr/metiers/{query}")

    assert response.status_code == 200
    assert len(listed(response)) == 4
    assert response.context["seo_noindex"] is False


def test_a_filtered_list_is_not_indexed_and_points_at_the_plain_list(client, sheets):
    response = client.get("/fr/metiers/?shortage=1")

    assert response.context["seo_noindex"] is True
    assert response.context["canonical_url"] == "http://localhost/fr/metiers/"


def test_the_dutch_list_filters_by_the_same_sector_slugs(client, sheets, translate_fiche, locales):
    Sector.objects.get(slug="sante").copy_for_translation(locales.nl).save()
    for sheet in sheets.values():
        translate_fiche(sheet)

    response = client.get("/nl/metiers/?sector=sante&shortage=1")

    assert response.status_code == 200
    assert listed(response) == ["Aide-soignant (NL)", "Infirmier (NL)"]
