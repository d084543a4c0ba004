"""Every events page type has a factory, and the demo loader builds a believable, translated agenda."""

import io

import pytest

from django.core.management import call_command
from django.utils import timezone

from events import factories
from events.models import EventIndexPage, EventPage, PartnerKitIndexPage, PartnerKitPage
from fiches.models import FichePage

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("factory", "model"),
    [
        (factories.EventIndexPageFactory, EventIndexPage),
        (factories.PartnerKitIndexPageFactory, PartnerKitIndexPage),
    ],
)
def test_every_index_page_type_has_a_factory(homes, factory, model):
    page = factory(parent=homes.fr)

    assert isinstance(page, model) and page.live


def test_every_detail_page_type_has_a_factory_that_builds_a_valid_page(agenda, kit_index):
    event = factories.EventPageFactory(parent=agenda.fr)
    online = factories.EventPageFactory(parent=agenda.fr, online=True)
    kit = factories.PartnerKitPageFactory(parent=kit_index.fr)

    event.full_clean()
    online.full_clean()
    kit.full_clean()
    assert event.end > event.start > timezone.now()
    assert online.venue_name == "" and online.online_link
    assert kit.assets[0].block_type == "post"


def load_demo(scale=0):
    call_command("load_demo_content", scale=scale, stdout=io.StringIO())


def test_the_demo_builds_a_translated_agenda_with_a_themed_week_and_two_kits(client):
    load_demo()

    french_events = EventPage.objects.filter(locale__language_code="fr").live()
    assert french_events.count() >= 8
    assert EventPage.objects.filter(locale__language_code="nl").live().count() == french_events.count()
    assert all(event.end > timezone.now() for event in french_events)
    week = french_events.get(kind=EventPage.Kind.THEMED_WEEK)
    assert week.campaign.slug == "semaine-des-metiers-du-soin"
    assert french_events.filter(campaign=week.campaign, kind=EventPage.Kind.OPEN_DAY).count() >= 3
    assert french_events.filter(kind=EventPage.Kind.TRAVELLING_EXHIBITION).exists()
    assert french_events.filter(attendance_mode=EventPage.AttendanceMode.ONLINE).exists()
    nurse = FichePage.objects.get(locale__language_code="fr", slug="infirmier")
    assert nurse.events.filter(locale__language_code="fr").count() >= 3
    kits = PartnerKitPage.objects.filter(locale__language_code="fr")
    assert kits.count() == 2
    kit = kits.get(slug="kit-campagne-nationale-de-recrutement")
    kinds = {block.block_type for block in kit.assets}
    assert {"poster", "visual", "audio", "post", "logo"} <= kinds
    shapes = sorted(str(block.value.shape) for block in kit.assets if block.block_type == "visual")
    assert shapes == ["Bannière", "Carré", "Story"]
    assert kit.assets[0].value.file_format == "PDF" and kit.assets[0].value.file_size > 0

    assert client.get("/fr/agenda/").status_code == 200
    dutch_agenda = client.get("/nl/agenda/")
    assert "Opendeurdag in het UMC Sint-Pieter" in dutch_agenda.content.decode()
    dutch_kit = client.get("/nl/kits/kit-petite-enfance/")
    assert dutch_kit.status_code == 200
    assert "#IkHouVanMijnJob #Kinderopvang" in dutch_kit.content.decode()


def test_loading_the_demo_twice_changes_nothing_and_scale_adds_french_events_and_kits():
    load_demo()
    events, kits = EventPage.objects.count(), PartnerKitPage.objects.count()

    load_demo()
    assert (EventPage.objects.count(), PartnerKitPage.objects.count()) == (events, kits)

    load_demo(scale=3)
    assert EventPage.objects.filter(locale__language_code="fr").count() == events // 2 + 3
    assert PartnerKitPage.objects.count() == kits + 3
