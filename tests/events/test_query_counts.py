"""The agenda, events, the kit index and kits cost the same SQL queries however many pages exist."""

import pytest

from django.core.files.base import ContentFile

from wagtail.images import get_image_model

from events import demo_files
from events.factories import EventPageFactory, PartnerKitPageFactory
from fiches.factories import FicheIndexPageFactory, FichePageFactory

pytestmark = pytest.mark.django_db

# Once the shared cache holds the site, the route, the navigation and the footer (home/caching.py).
AGENDA_QUERIES = 6
EVENT_QUERIES = 8
KIT_INDEX_QUERIES = 3
KIT_QUERIES = 3


@pytest.fixture
def photo():
    return get_image_model().objects.create(
        title="Visite", file=ContentFile(demo_files.make_visual_png(800, 450, "Visite"), name="visite.png")
    )


def warm_up(client, url):
    """The first request creates image renditions; what is measured is every later visit."""
    assert client.get(url).status_code == 200


@pytest.mark.parametrize("count", [1, 25])
def test_the_agenda_costs_the_same_queries_for_few_or_many_events(
    client, agenda, brussels, photo, django_assert_num_queries, count
):
    for _ in range(count):
        EventPageFactory(parent=agenda.fr, region=brussels.fr, image=photo)
    warm_up(client, agenda.fr.url)

    with django_assert_num_queries(AGENDA_QUERIES):
        response = client.get(agenda.fr.url)

    assert response.content.decode().count('<article class="event-card') == min(count, 20)


@pytest.mark.parametrize("count", [1, 25])
def test_an_event_costs_the_same_queries_whatever_the_size_of_the_site(
    client, agenda, homes, brussels, care_week, photo, django_assert_num_queries, count
):
    sheets = FicheIndexPageFactory(parent=homes.fr)
    fiches = [FichePageFactory(parent=sheets, title=f"Métier {n}", slug=f"metier-{n}") for n in range(count)]
    for _ in range(count):
        EventPageFactory(parent=agenda.fr)
    event = EventPageFactory(
        parent=agenda.fr, region=brussels.fr, campaign=care_week.fr, image=photo, kind="themed_week"
    )
    event.professions = fiches
    event.save()
    warm_up(client, event.url)

    with django_assert_num_queries(EVENT_QUERIES):
        response = client.get(event.url)

    assert response.content.decode().count('<li><a href="/fr/') >= count


@pytest.mark.parametrize("count", [1, 15])
def test_the_kit_index_costs_the_same_queries_for_few_or_many_kits(
    client, kit_index, photo, django_assert_num_queries, count
):
    for _ in range(count):
        PartnerKitPageFactory(parent=kit_index.fr, listing_image=photo)
    warm_up(client, kit_index.fr.url)

    with django_assert_num_queries(KIT_INDEX_QUERIES):
        response = client.get(kit_index.fr.url)

    assert response.content.decode().count('class="kit-card"') == count


@pytest.mark.parametrize("count", [1, 15])
def test_a_kit_costs_the_same_queries_whatever_the_size_of_the_site(
    client, kit_index, photo, django_assert_num_queries, count
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
    warm_up(client, kit.url)

    with django_assert_num_queries(KIT_QUERIES):
        response = client.get(kit.url)

    assert 'class="asset"' in response.content.decode()
