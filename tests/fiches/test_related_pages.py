"""A sheet shows the live portraits of its profession and the upcoming events that concern it."""

import datetime

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from events.factories import EventIndexPageFactory, EventPageFactory
from fiches.factories import FichePageFactory
from portraits.factories import PortraitIndexPageFactory, PortraitPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def sheet(fiche_indexes):
    return FichePageFactory(parent=fiche_indexes.fr, profession_name="Infirmier")


@pytest.fixture
def portrait_index(homes):
    return PortraitIndexPageFactory(parent=homes.fr)


@pytest.fixture
def event_index(homes):
    return EventIndexPageFactory(parent=homes.fr)


def add_event(index, sheet, title, start):
    event = EventPageFactory(parent=index, title=title, start=start, end=start + datetime.timedelta(hours=3))
    event.professions = [sheet]
    event.save_revision().publish()
    return event


def test_sheet_shows_its_live_portraits_and_upcoming_events_only(client, sheet, portrait_index, event_index):
    PortraitPageFactory(parent=portrait_index, fiche=sheet, title="Nadia soigne à domicile")
    draft = PortraitPageFactory(parent=portrait_index, fiche=sheet, title="Portrait pas encore relu")
    draft.unpublish()
    now = timezone.now()
    add_event(event_index, sheet, "Portes ouvertes à l'hôpital", now + datetime.timedelta(days=20))
    add_event(event_index, sheet, "Séance d'information passée", now - datetime.timedelta(days=20))

    html = client.get(sheet.url).content.decode()

    assert 'id="portraits"' in html and "Nadia soigne à domicile" in html
    assert "Portrait pas encore relu" not in html
    assert 'id="agenda"' in html and "Portes ouvertes à l&#x27;hôpital" in html
    assert "Séance d&#x27;information passée" not in html
    assert '<a href="#portraits">Ils font ce métier</a>' in html


def test_sheet_query_count_does_not_grow_with_its_portraits_and_events(
    client, sheet, portrait_index, event_index
):
    def add(first, count):
        for number in range(first, first + count):
            PortraitPageFactory(parent=portrait_index, fiche=sheet)
            add_event(
                event_index, sheet, f"Journée {number}", timezone.now() + datetime.timedelta(days=5 + number)
            )

    def queries():
        client.get(sheet.url)
        with CaptureQueriesContext(connection) as captured:
            response = client.get(sheet.url)
        assert response.status_code == 200
        return len(captured)

    add(0, 1)
    with_one = queries()
    add(1, 4)
    with_five = queries()

    assert with_five == with_one
