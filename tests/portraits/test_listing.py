"""The index lists live portraits of its language, newest first, twelve a page, at a fixed cost."""

import datetime

import pytest
import wagtail_factories

from django.utils import timezone

from portraits.factories import PortraitPageFactory

pytestmark = pytest.mark.django_db


def add_portraits(index, fiche, count, start=0):
    now = timezone.now()
    return [
        PortraitPageFactory(
            parent=index,
            fiche=fiche,
            title=f"Portrait {number}",
            slug=f"portrait-{number}",
            first_name=f"Prénom{number}",
            first_published_at=now - datetime.timedelta(days=number),
        )
        for number in range(start, start + count)
    ]


def test_the_index_shows_its_introduction_and_the_newest_portraits_first(client, portrait_index, fiche):
    add_portraits(portrait_index, fiche, 3)
    PortraitPageFactory(
        parent=portrait_index, fiche=fiche, slug="brouillon", first_name="Brouillon", live=False
    )

    response = client.get("/fr/portraits/")

    assert response.status_code == 200
    text = response.text
    assert "ils racontent pourquoi ils aiment leur métier" in text
    assert text.index("Prénom0") < text.index("Prénom1") < text.index("Prénom2")
    assert "Brouillon" not in text


def test_the_dutch_index_lists_only_dutch_portraits(client, make_portrait, translate):
    translate(make_portrait())
    make_portrait(first_name="Karim", slug="karim")

    response = client.get("/nl/portraits/")

    assert response.status_code == 200
    assert "Nadia" in response.text
    assert "Karim" not in response.text


def test_the_index_shows_twelve_portraits_a_page(client, portrait_index, fiche):
    add_portraits(portrait_index, fiche, 13)

    first = client.get("/fr/portraits/").text
    second = client.get("/fr/portraits/?page=2").text

    assert first.count('class="portrait-card"') == 12
    assert second.count('class="portrait-card"') == 1 and "Prénom12" in second
    assert 'href="/fr/portraits/?page=2"' in first


@pytest.mark.parametrize("number", ["abc", "0", "-1", "1.5"])
def test_a_page_number_that_is_not_a_positive_whole_number_is_not_found(client, portrait_index, number):
    assert client.get(f"/fr/portraits/?page={number}").status_code == 404


def test_a_page_number_past_the_end_shows_the_last_page(client, portrait_index, fiche):
    add_portraits(portrait_index, fiche, 13)

    response = client.get("/fr/portraits/?page=99")

    assert response.status_code == 200
    assert response.context["portraits"].number == 2


def test_an_empty_index_invites_visitors_to_come_back(client, portrait_index):
    response = client.get("/fr/portraits/")
    assert response.status_code == 200
    assert len(response.context["portraits"].object_list) == 0
    assert "Les premiers portraits arrivent. Revenez bientôt !" in response.content.decode()


INDEX_QUERIES_AFTER_A_CHANGE = 14
INDEX_QUERIES = 1  # the same with 10 or 200 portraits
FILTERED_INDEX_QUERIES = 1
# A portrait's first view after any content change renders its cached fragments again; the views
# that follow read them from the cache (home/templatetags/fragment_tags.py).
DETAIL_QUERIES_AFTER_A_CHANGE = 23  # the route, the navigation and the footer again too
DETAIL_QUERIES = 2


def add_many(index, fiche, count, start=0):
    """`count` portraits sharing one photo (fast to make), half of them in Wallonia."""
    from home.models import Region

    region = Region.objects.get_or_create(locale_id=index.locale_id, slug="wallonie", name="Wallonie")[0]
    photo = wagtail_factories.ImageFactory()
    for number in range(start, start + count):
        PortraitPageFactory(
            parent=index,
            fiche=fiche,
            photo=photo,
            slug=f"portrait-{number}",
            region=region if number % 2 else None,
        )


@pytest.mark.parametrize(
    ("url", "queries"),
    [
        ("/fr/portraits/", INDEX_QUERIES),
        ("/fr/portraits/?region=wallonie&format=article&profession=infirmier&page=2", FILTERED_INDEX_QUERIES),
    ],
)
def test_the_index_costs_the_same_queries_with_10_or_200_portraits(
    portrait_index, fiche, assert_page_queries, url, queries
):
    add_many(portrait_index, fiche, 10)
    assert_page_queries(url, after_a_change=INDEX_QUERIES_AFTER_A_CHANGE, then=queries)

    add_many(portrait_index, fiche, 190, start=10)
    assert_page_queries(url, after_a_change=INDEX_QUERIES_AFTER_A_CHANGE, then=queries)


def test_a_portrait_costs_the_same_queries_with_10_or_200_portraits_and_events(
    make_portrait, portrait_index, fiche, assert_page_queries, locales, homes
):
    from events.factories import EventIndexPageFactory, EventPageFactory
    from home.models import Campaign, Region, Sector

    region = Region.objects.create(locale=locales.fr, name="Bruxelles", slug="bruxelles")
    portrait = make_portrait(video=True, region=region)
    portrait.sectors = [Sector.objects.create(locale=locales.fr, name="Santé", slug="sante")]
    portrait.campaigns = [
        Campaign.objects.create(
            locale=locales.fr, name="J'aime mon métier", slug="j", start_date="2026-03-01"
        )
    ]
    portrait.save()
    agenda = EventIndexPageFactory(parent=homes.fr)

    def add_events(count):
        for _number in range(count):
            event = EventPageFactory(parent=agenda)
            event.professions = [fiche]
            event.save_revision().publish()

    add_many(portrait_index, fiche, 10)
    add_events(2)
    assert_page_queries(portrait.url, after_a_change=DETAIL_QUERIES_AFTER_A_CHANGE, then=DETAIL_QUERIES)

    add_many(portrait_index, fiche, 190, start=10)
    add_events(10)
    assert_page_queries(portrait.url, after_a_change=DETAIL_QUERIES_AFTER_A_CHANGE, then=DETAIL_QUERIES)
