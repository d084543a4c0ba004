"""The sheet index and each sheet cost a fixed number of SQL queries, however many sheets exist."""

import pytest

from fiches.factories import FichePageFactory
from home.models import Region, Sector

pytestmark = pytest.mark.django_db

# Once the shared cache holds the site, the route, the navigation and the footer (home/caching.py).
# The list is a cached fragment per combination of filters: rendered again after a change only.
INDEX_QUERIES = 1
# A sheet's first view after any content change renders its cached fragments again.
SHEET_QUERIES_AFTER_A_CHANGE = 19
SHEET_QUERIES = 1
DUTCH_SHEET_QUERIES_AFTER_A_CHANGE = 22
DUTCH_SHEET_QUERIES = 1


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
    ("url", "queries_after_a_change"),
    [("/fr/metiers/", 13), ("/fr/metiers/?sector=sante&shortage=1", 13)],
)
def test_index_costs_the_same_queries_with_10_or_200_sheets(
    fiche_indexes, locales, assert_page_queries, url, queries_after_a_change
):
    sectors = [
        Sector.objects.create(locale=locales.fr, name=name, slug=slug)
        for slug, name in (("sante", "Santé"), ("social", "Social"))
    ]
    add_published_sheets(fiche_indexes.fr, 10, sectors)
    assert_page_queries(url, after_a_change=queries_after_a_change, then=INDEX_QUERIES)

    add_published_sheets(fiche_indexes.fr, 190, sectors, start=10)
    response = assert_page_queries(url, after_a_change=queries_after_a_change, then=INDEX_QUERIES)

    assert response.content.decode().count('class="fiche-card"') == (200 if url == "/fr/metiers/" else 100)


@pytest.mark.parametrize("count", [3, 30])
def test_sheet_query_count_does_not_grow_with_the_number_of_sheets(
    fiche_indexes, locales, assert_page_queries, count
):
    sheet = make_sheets(fiche_indexes.fr, count, locales)[0]

    response = assert_page_queries(sheet.url, after_a_change=SHEET_QUERIES_AFTER_A_CHANGE, then=SHEET_QUERIES)

    assert "Wallonie" in response.content.decode()


@pytest.mark.parametrize("count", [3, 30])
def test_dutch_sheet_query_count_does_not_grow_with_the_number_of_sheets(
    fiche_indexes, locales, translate_fiche, assert_page_queries, count
):
    sheet = make_sheets(fiche_indexes.fr, count, locales)[0]
    dutch = translate_fiche(sheet)

    response = assert_page_queries(
        dutch.url, after_a_change=DUTCH_SHEET_QUERIES_AFTER_A_CHANGE, then=DUTCH_SHEET_QUERIES
    )

    assert "Métier 000 (NL)" in response.content.decode()
