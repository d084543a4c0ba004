"""Visitors find upcoming events in the agenda and read everything they need to attend."""

import datetime
import re

import pytest

from django.utils import timezone

from events.factories import EventPageFactory, days_from_now
from events.models import EventPage
from fiches.factories import FicheIndexPageFactory, FichePageFactory
from home.localization import translate_from_glossary

pytestmark = pytest.mark.django_db


def text_of(response):
    return re.sub(r"\s+", " ", response.content.decode())


def test_an_event_page_shows_when_where_who_and_the_professions_concerned(
    client, agenda, brussels, care_week, homes
):
    sheets = FicheIndexPageFactory(parent=homes.fr)
    nurse = FichePageFactory(parent=sheets, title="Infirmier", slug="infirmier")
    event = EventPageFactory(
        parent=agenda.fr,
        title="Portes ouvertes à l'hôpital Saint-Pierre",
        start=datetime.datetime(2027, 3, 16, 9, 30, tzinfo=datetime.UTC),
        end=datetime.datetime(2027, 3, 16, 15, 0, tzinfo=datetime.UTC),
        venue_name="Hôpital Saint-Pierre",
        venue_street="Rue Haute 322",
        venue_postal_code="1000",
        venue_city="Bruxelles",
        region=brussels.fr,
        campaign=care_week.fr,
        audience=EventPage.Audience.YOUNG_PEOPLE,
        organiser_name="CHU Saint-Pierre",
        organiser_website="https://stpierre.example.org/",
    )
    event.professions.set([nurse])
    event.save()

    response = client.get(event.url)
    html = text_of(response)

    assert response.status_code == 200
    assert "events/event_page.html" in [t.name for t in response.templates]
    assert "<h1>Portes ouvertes à l'hôpital Saint-Pierre</h1>" in html.replace("&#x27;", "'")
    # 9:30 UTC in March is 10:30 in Brussels (winter time).
    assert "mardi 16 mars 2027" in html
    assert "de 10:30 à 16:00" in html
    assert "Hôpital Saint-Pierre" in html and "Rue Haute 322" in html and "1000 Bruxelles" in html
    assert '<a href="https://stpierre.example.org/" rel="noopener">CHU Saint-Pierre</a>' in html
    assert "Jeunes qui choisissent leurs études" in html
    assert f'<a href="{nurse.url}">Infirmier</a>' in html
    assert "La semaine des métiers du soin" in html
    assert "status-banner" not in html


def test_an_online_event_shows_its_link_and_no_address(client, agenda):
    event = EventPageFactory(parent=agenda.fr, online=True, title="Séance d'information en ligne")

    html = text_of(client.get(event.url))

    assert (
        '<a href="https://visio.example.org/seance-info" rel="noopener">Rejoindre la séance en ligne</a>'
        in html
    )
    assert "<address>" not in html


@pytest.mark.parametrize(
    ("status", "message"),
    [
        (EventPage.Status.CANCELLED, "Cet événement est annulé."),
        (EventPage.Status.POSTPONED, "Cet événement est reporté."),
    ],
)
def test_a_cancelled_or_postponed_event_shows_a_banner(client, agenda, status, message):
    event = EventPageFactory(parent=agenda.fr, status=status)

    html = text_of(client.get(event.url))

    assert 'role="status"' in html
    assert message in html


def test_the_dutch_translation_of_an_event_renders_in_dutch_with_dutch_region_and_sheets(
    client, agenda, brussels, homes, locales
):
    sheets = FicheIndexPageFactory(parent=homes.fr)
    nurse = FichePageFactory(parent=sheets, title="Infirmier", slug="infirmier")
    translate_from_glossary(sheets, locales.nl, {}, strict=False)
    dutch_nurse = translate_from_glossary(nurse, locales.nl, {"Infirmier": "Verpleegkundige"}, strict=False)
    event = EventPageFactory(
        parent=agenda.fr,
        title="Portes ouvertes en maison de repos",
        region=brussels.fr,
        start=datetime.datetime(2027, 3, 17, 13, 0, tzinfo=datetime.UTC),
        end=datetime.datetime(2027, 3, 17, 16, 0, tzinfo=datetime.UTC),
    )
    event.professions.set([nurse])
    event.save()
    glossary = {
        "Portes ouvertes en maison de repos": "Opendeurdag in het woonzorgcentrum",
        "Crèche Les Petits Pas": "Kinderdagverblijf De Kleine Stapjes",
        "Bruxelles": "Brussel",
    }
    dutch = translate_from_glossary(event, locales.nl, glossary, strict=False)

    response = client.get(dutch.url)
    html = text_of(response)

    assert dutch.url.startswith("/nl/")
    assert response.status_code == 200
    assert '<html lang="nl">' in html
    assert "<h1>Opendeurdag in het woonzorgcentrum</h1>" in html
    assert "woensdag 17 maart 2027" in html
    assert "Praktische informatie" in html
    assert "Brussel" in html
    assert f'<a href="{dutch_nurse.url}">Verpleegkundige</a>' in html
    assert list(dutch.professions.all()) == [dutch_nurse.specific]


def test_the_agenda_lists_upcoming_live_events_of_its_language_soonest_first(client, agenda):
    later = EventPageFactory(parent=agenda.fr, title="Exposition de photos au CPAS", start=days_from_now(40))
    sooner = EventPageFactory(parent=agenda.fr, title="Atelier découverte des soins", start=days_from_now(5))
    past = EventPageFactory(
        parent=agenda.fr, title="Conférence passée", start=days_from_now(-10), end=days_from_now(-10, hour=12)
    )
    draft = EventPageFactory(parent=agenda.fr, title="Brouillon de journée", live=False)

    response = client.get(agenda.fr.url)
    html = text_of(response)

    assert response.status_code == 200
    assert html.index(sooner.title) < html.index(later.title)
    assert past.title not in html
    assert draft.title not in html
    assert "Journées portes ouvertes, séances d'information" in html.replace("&#x27;", "'")


def test_the_agenda_says_so_when_nothing_is_planned(client, agenda):
    html = text_of(client.get(agenda.fr.url))

    assert "Aucun événement n'est prévu pour le moment." in html.replace("&#x27;", "'")


def test_the_dutch_agenda_lists_dutch_events_only(client, agenda, locales):
    event = EventPageFactory(parent=agenda.fr, title="Journée découverte")
    translate_from_glossary(event, locales.nl, {"Journée découverte": "Ontdekkingsdag"}, strict=False)

    french = text_of(client.get(agenda.fr.url))
    dutch = text_of(client.get(agenda.nl.url))

    assert "Journée découverte" in french and "Ontdekkingsdag" not in french
    assert "Ontdekkingsdag" in dutch and "Journée découverte" not in dutch
    assert "Opendeurdagen, infosessies en tentoonstellingen" in dutch


def test_an_event_is_reached_at_its_address_under_the_agenda(client, agenda):
    event = EventPageFactory(parent=agenda.fr, title="Atelier gestes de soin", slug="atelier-gestes-de-soin")

    assert event.url == "/fr/agenda/atelier-gestes-de-soin/"
    assert client.get("/fr/agenda/atelier-gestes-de-soin/").status_code == 200
    assert client.get("/fr/agenda/nexiste-pas/").status_code == 404


def test_the_agenda_has_pages_beyond_twenty_events(client, agenda):
    for day in range(22):
        EventPageFactory(
            parent=agenda.fr, title=f"Portes ouvertes numéro {day:02d}", start=days_from_now(day + 1)
        )

    first = text_of(client.get(agenda.fr.url))
    second = text_of(client.get(agenda.fr.url + "?page=2"))

    assert "Portes ouvertes numéro 00" in first and "Portes ouvertes numéro 21" not in first
    assert "Portes ouvertes numéro 21" in second and "Portes ouvertes numéro 00" not in second
    assert "Page 2 sur 2" in second


def test_events_are_shown_in_brussels_time_in_the_agenda(client, agenda):
    start = timezone.make_aware(datetime.datetime(2027, 7, 1, 7, 0), datetime.UTC)
    EventPageFactory(parent=agenda.fr, start=start, end=start + datetime.timedelta(hours=2))

    html = text_of(client.get(agenda.fr.url))

    # 7:00 UTC in July is 9:00 in Brussels (summer time).
    assert "jeudi 1 juillet 2027, 09:00–11:00" in html
