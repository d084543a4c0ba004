"""The sheet index and each sheet cost a fixed number of SQL queries, however many sheets exist."""

import pytest

from fiches.factories import FichePageFactory
from home.models import Region, Sector

pytestmark = pytest.mark.django_db

# Once the shared cache holds the site, the route, the navigation and the footer (home/caching.py).
INDEX_QUERIES = 3  # the sheets, and the sectors of the filter form
FILTERED_INDEX_QUERIES = 3
SHEET_QUERIES = 8
DUTCH_SHEET_QUERIES = 10


def make_sheets(index, count, locales):
    sectors = [
        Sector.objects.create(locale=locales.fr, name=name, slug=slug)
        for slug, name in (("sante", "Santé"), ("social", "Social"))
    ]
    region = Region.objects.create(locale=locales.fr, name="Wallonie", slug="wallonie")
    sheets = []
    for number in range(count):
        sheet = FichePageFactory(parent=index, profession_name=f"Métier {number:03d}", is_shortage=True)
        sheet.sectors = sectors
        sheet.shortage_regions = [region]
        sheet.save_revision().publish()
        sheets.append(sheet)
    return sheets


def add_published_sheets(index, count, sectors, start=0):
    """`count` live sheets in both sectors, saved without revisions (fast enough for 200)."""
    for number in range(start, start + count):
        sheet = FichePageFactory(
            parent=index, profession_name=f"Métier {number:03d}", is_shortage=number % 2 == 0
        )
        sheet.sectors = sectors
        sheet.save()


@pytest.mark.parametrize(
    ("url", "queries"),
    [("/fr/metiers/", INDEX_QUERIES), ("/fr/metiers/?sector=sante&shortage=1", FILTERED_INDEX_QUERIES)],
)
def test_index_costs_the_same_queries_with_10_or_200_sheets(
    client, fiche_indexes, locales, django_assert_num_queries, url, queries
):
    sectors = [
        Sector.objects.create(locale=locales.fr, name=name, slug=slug)
        for slug, name in (("sante", "Santé"), ("social", "Social"))
    ]
    add_published_sheets(fiche_indexes.fr, 10, sectors)
    client.get(url)  # warm the site-root cache shared by every request
    with django_assert_num_queries(queries):
        client.get(url)

    add_published_sheets(fiche_indexes.fr, 190, sectors, start=10)
    client.get(url)
    with django_assert_num_queries(queries):
        response = client.get(url)

    assert response.content.decode().count('class="fiche-card"') == (200 if url == "/fr/metiers/" else 100)


@pytest.mark.parametrize("count", [3, 30])
def test_sheet_query_count_does_not_grow_with_the_number_of_sheets(
    client, fiche_indexes, locales, django_assert_num_queries, count
):
    sheet = make_sheets(fiche_indexes.fr, count, locales)[0]
    client.get(sheet.url)

    with django_assert_num_queries(SHEET_QUERIES):
        response = client.get(sheet.url)

    assert "Wallonie" in response.content.decode()


@pytest.mark.parametrize("count", [3, 30])
def test_dutch_sheet_query_count_does_not_grow_with_the_number_of_sheets(
    client, fiche_indexes, locales, translate_fiche, django_assert_num_queries, count
):
    sheet = make_sheets(fiche_indexes.fr, count, locales)[0]
    dutch = translate_fiche(sheet)
    client.get(dutch.url)

    with django_assert_num_queries(DUTCH_SHEET_QUERIES):
        response = client.get(dutch.url)

    assert "Métier 000 (NL)" in response.content.decode()
