"""The agenda, events, the kit index and kits cost the same SQL queries however many pages exist."""

import pytest

from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.images import get_image_model

from events import demo_files
from events.factories import EventPageFactory, PartnerKitPageFactory, days_from_now
from events.models import EventPage
from fiches.factories import FicheIndexPageFactory, FichePageFactory

pytestmark = pytest.mark.django_db

# Once the shared cache holds the site, the route, the navigation and the footer (home/caching.py).
AGENDA_QUERIES_AFTER_A_CHANGE = 15
AGENDA_QUERIES = 1  # the page itself: the filter options, the page of events and the form are cached
FEED_QUERIES = 2
EVENT_QUERIES_AFTER_A_CHANGE = 20
EVENT_QUERIES = 2
KIT_INDEX_QUERIES_AFTER_A_CHANGE = 12
KIT_INDEX_QUERIES = 1
KIT_QUERIES_AFTER_A_CHANGE = 15
KIT_QUERIES = 1


@pytest.fixture
def photo():
    return get_image_model().objects.create(
        title="Visite", file=ContentFile(demo_files.make_visual_png(800, 450, "Visite"), name="visite.png")
    )


def warm_up(client, url):
    """The first request creates image renditions; what is measured is every later visit."""
    assert client.get(url).status_code == 200


@pytest.mark.parametrize("count", [10, 200])
def test_the_agenda_costs_the_same_queries_for_10_or_200_events(
    agenda, brussels, photo, assert_page_queries, count
):
    for _ in range(count):
        EventPageFactory(parent=agenda.fr, region=brussels.fr, image=photo)

    response = assert_page_queries(
        agenda.fr.url, after_a_change=AGENDA_QUERIES_AFTER_A_CHANGE, then=AGENDA_QUERIES
    )

    assert response.content.decode().count('<article class="event-card') == min(count, 20)


@pytest.mark.parametrize("count", [10, 200])
def test_the_filtered_agenda_and_its_archive_cost_the_same_queries_for_10_or_200_events(
    agenda, brussels, photo, assert_page_queries, count
):
    sheets = FicheIndexPageFactory(parent=agenda.fr.get_parent())
    nurse = FichePageFactory(parent=sheets, title="Infirmier", slug="infirmier")
    for n in range(count):
        event = EventPageFactory(
            parent=agenda.fr,
            region=brussels.fr,
            image=photo,
            # Every other event is over: the agenda and the archive both have half of them.
            start=days_from_now((n + 1) * (-1) ** n),
            end=days_from_now((n + 1) * (-1) ** n, hour=17),
        )
        event.professions = [nurse]
        event.save()
    filtered = agenda.fr.url + "?region=bruxelles&profession=infirmier&kind=open_day&page=2"
    archive = agenda.fr.url + "archive/?region=bruxelles"
    filtered_response = assert_page_queries(
        filtered, after_a_change=AGENDA_QUERIES_AFTER_A_CHANGE, then=AGENDA_QUERIES
    )
    archive_response = assert_page_queries(
        archive, after_a_change=AGENDA_QUERIES_AFTER_A_CHANGE, then=AGENDA_QUERIES
    )

    assert "event-card" in filtered_response.content.decode()
    assert "event-card" in archive_response.content.decode()


def test_the_agenda_feed_costs_the_same_queries_for_10_or_200_events(
    client, agenda, django_assert_num_queries
):
    counts = []
    for total in (10, 200):
        while EventPage.objects.count() < total:
            EventPageFactory(parent=agenda.fr)
        client.get(agenda.fr.url + "calendar/")
        with CaptureQueriesContext(connection) as queries:
            response = client.get(agenda.fr.url + "calendar/")
        assert response.content.decode().count("BEGIN:VEVENT") == total
        counts.append(len(queries))

    assert counts[0] == counts[1] == FEED_QUERIES


@pytest.mark.parametrize("count", [1, 25])
def test_an_event_costs_the_same_queries_whatever_the_size_of_the_site(
    agenda, homes, brussels, care_week, photo, assert_page_queries, count
):
    sheets = FicheIndexPageFactory(parent=homes.fr)
    fiches = [FichePageFactory(parent=sheets, title=f"Métier {n}", slug=f"metier-{n}") for n in range(count)]
    for _ in range(count):
        EventPageFactory(parent=agenda.fr, campaign=care_week.fr)  # in the week's programme
    event = EventPageFactory(
        parent=agenda.fr, region=brussels.fr, campaign=care_week.fr, image=photo, kind="themed_week"
    )
    event.professions = fiches
    event.save()

    response = assert_page_queries(event.url, after_a_change=EVENT_QUERIES_AFTER_A_CHANGE, then=EVENT_QUERIES)

    content = response.content.decode()
    assert content.count('<li><a href="/fr/') >= count
    assert content.count("<li><time datetime=") == count


@pytest.mark.parametrize("count", [1, 15])
def test_the_kit_index_costs_the_same_queries_for_few_or_many_kits(
    kit_index, photo, assert_page_queries, count
):
    for _ in range(count):
        PartnerKitPageFactory(parent=kit_index.fr, listing_image=photo)

    response = assert_page_queries(
        kit_index.fr.url, after_a_change=KIT_INDEX_QUERIES_AFTER_A_CHANGE, then=KIT_INDEX_QUERIES
    )

    assert response.content.decode().count('class="kit-card"') == count


@pytest.mark.parametrize("count", [1, 15])
def test_a_kit_costs_the_same_queries_whatever_the_size_of_the_site(
    kit_index, photo, assert_page_queries, count
):
    for _ in range(count):
        PartnerKitPageFactory(parent=kit_index.fr)
    kit = PartnerKitPageFactory(
        parent=kit_index.fr,
        assets=[
            ("visual", {"title": "Visuel carré", "image": photo}),
            ("logo", {"title": "Logo", "image": photo}),
            ("post", {"title": "Texte", "text": "Nos portes sont ouvertes.", "hashtags": "#JaimeMonMetier"}),
        ],
    )
    response = assert_page_queries(kit.url, after_a_change=KIT_QUERIES_AFTER_A_CHANGE, then=KIT_QUERIES)

    assert 'class="asset"' in response.content.decode()
