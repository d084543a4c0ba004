"""“Add to my calendar” (.ics per event) and the agenda as a feed calendar applications subscribe to.

Every file is parsed with the `icalendar` package, as a calendar application would read it.
"""

import datetime
import zoneinfo

import pytest
from icalendar import Calendar

from events.factories import EventPageFactory, days_from_now
from events.models import EventPage
from home.localization import translate_from_glossary

pytestmark = pytest.mark.django_db

BRUSSELS = zoneinfo.ZoneInfo("Europe/Brussels")


def parse(response):
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


def test_an_event_downloads_as_an_ics_file_with_its_brussels_times(client, agenda, brussels):
    event = EventPageFactory(
        parent=agenda.fr,
        title="Portes ouvertes à l'hôpital Saint-Pierre",
        slug="portes-ouvertes-saint-pierre",
        # 9:30 UTC on 16 March 2027 is 10:30 in Brussels (winter time).
        start=datetime.datetime(2027, 3, 16, 9, 30, tzinfo=datetime.UTC),
        end=datetime.datetime(2027, 3, 16, 15, 0, tzinfo=datetime.UTC),
        venue_name="Hôpital Saint-Pierre",
        venue_street="Rue Haute 322",
        venue_postal_code="1000",
        venue_city="Bruxelles",
        region=brussels.fr,
    )

    response = client.get(event.url + "calendar/")

    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="portes-ouvertes-saint-pierre.ics"'
    calendar = parse(response)
    [vevent] = calendar.events
    assert str(vevent["summary"]) == "Portes ouvertes à l'hôpital Saint-Pierre"
    assert vevent.start == datetime.datetime(2027, 3, 16, 10, 30, tzinfo=BRUSSELS)
    assert vevent.end == datetime.datetime(2027, 3, 16, 16, 0, tzinfo=BRUSSELS)
    assert vevent["dtstart"].params["TZID"] == "Europe/Brussels"
    assert str(vevent["location"]) == "Hôpital Saint-Pierre, Rue Haute 322, 1000 Bruxelles"
    assert str(vevent["url"]) == "http://testserver/fr/agenda/portes-ouvertes-saint-pierre/"
    assert str(vevent["status"]) == "CONFIRMED"
    assert str(vevent["uid"]) == f"event-{event.translation_key}-fr@testserver"
    assert "DTSTAMP" in vevent
    assert "Venez découvrir le quotidien des puéricultrices" in str(vevent["description"])
    # The time zone the event refers to is described in the file itself.
    assert [zone.tz_name for zone in calendar.timezones] == ["Europe/Brussels"]
    assert calendar.get_missing_tzids() == set()


@pytest.mark.parametrize(
    ("utc", "offset"),
    [
        (datetime.datetime(2027, 1, 15, 12, 0, tzinfo=datetime.UTC), 1),
        (datetime.datetime(2027, 3, 28, 0, 30, tzinfo=datetime.UTC), 1),  # just before summer time
        (datetime.datetime(2027, 3, 28, 1, 30, tzinfo=datetime.UTC), 2),  # just after
        (datetime.datetime(2027, 7, 1, 7, 0, tzinfo=datetime.UTC), 2),
        (datetime.datetime(2027, 10, 31, 0, 30, tzinfo=datetime.UTC), 2),  # just before winter time
        (datetime.datetime(2027, 10, 31, 2, 0, tzinfo=datetime.UTC), 1),  # after the ambiguous hour
        (datetime.datetime(2031, 3, 30, 1, 30, tzinfo=datetime.UTC), 2),
    ],
)
def test_the_vtimezone_gives_the_same_offsets_as_the_tz_database(client, agenda, utc, offset):
    """An application that reads only the file's VTIMEZONE (and not its own database) puts the
    event at the same hour, summer and winter, the nights the clocks change included."""
    event = EventPageFactory(parent=agenda.fr, start=utc, end=utc + datetime.timedelta(hours=2))

    calendar = parse(client.get(event.url + "calendar/"))

    [zone] = calendar.timezones
    [vevent] = calendar.events
    local = vevent.start.replace(tzinfo=None)
    from_file = zone.to_tz(lookup_tzid=False)
    assert local.replace(tzinfo=from_file).utcoffset() == datetime.timedelta(hours=offset)
    assert local.replace(tzinfo=from_file).astimezone(datetime.UTC) == utc


def test_a_cancelled_event_is_cancelled_in_the_calendar_too(client, agenda):
    event = EventPageFactory(parent=agenda.fr, status=EventPage.Status.CANCELLED)

    [vevent] = parse(client.get(event.url + "calendar/")).events

    assert str(vevent["status"]) == "CANCELLED"


def test_an_online_event_gives_its_link_as_the_location(client, agenda):
    event = EventPageFactory(parent=agenda.fr, online=True)

    [vevent] = parse(client.get(event.url + "calendar/")).events

    assert str(vevent["location"]) == "https://visio.example.org/seance-info"


def test_an_unpublished_event_has_no_calendar_file(client, agenda):
    event = EventPageFactory(parent=agenda.fr, live=False)

    assert client.get(event.url + "calendar/").status_code == 404


def test_the_agenda_feed_lists_upcoming_and_recent_events_of_its_language(client, agenda, locales):
    soon = EventPageFactory(parent=agenda.fr, title="Atelier découverte des soins", start=days_from_now(3))
    later = EventPageFactory(parent=agenda.fr, title="Séance d'information à Namur", start=days_from_now(90))
    recent = EventPageFactory(
        parent=agenda.fr, title="Conférence récente", start=days_from_now(-30), end=days_from_now(-30, 12)
    )
    EventPageFactory(
        parent=agenda.fr, title="Salon ancien", start=days_from_now(-700), end=days_from_now(-700, 12)
    )
    EventPageFactory(parent=agenda.fr, title="Brouillon", live=False)
    translate_from_glossary(soon, locales.nl, {"Atelier découverte des soins": "Workshop zorg"}, strict=False)

    response = client.get(agenda.fr.url + "calendar/")

    assert response.status_code == 200
    # Subscribed to, not downloaded: no "attachment".
    assert response["Content-Disposition"].startswith("inline")
    calendar = parse(response)
    titles = [str(vevent["summary"]) for vevent in calendar.events]
    assert titles == [recent.title, soon.title, later.title]
    assert str(calendar["x-wr-calname"]) == "Agenda · J'aime mon métier"
    assert str(calendar["x-wr-timezone"]) == "Europe/Brussels"
    assert calendar["refresh-interval"].dt == datetime.timedelta(hours=12)
    assert b"\r\nX-PUBLISHED-TTL:PT12H\r\n" in response.content
    assert calendar.get_missing_tzids() == set()
    start = days_from_now(3)
    assert calendar.events[1].start == start.replace(tzinfo=BRUSSELS)

    dutch = parse(client.get(agenda.nl.url + "calendar/"))
    assert [str(vevent["summary"]) for vevent in dutch.events] == ["Workshop zorg"]
    assert str(dutch.events[0]["url"]).startswith("http://testserver/nl/agenda/")
    assert str(dutch.events[0]["uid"]).endswith("-nl@testserver")


def test_the_agenda_offers_to_subscribe_with_webcal_and_to_download_the_feed(client, agenda):
    html = client.get(agenda.fr.url).content.decode()

    assert 'href="webcal://testserver/fr/agenda/calendar/"' in html
    assert '<link rel="alternate" type="text/calendar"' in html
    assert 'value="http://testserver/fr/agenda/calendar/"' in html


def test_the_event_page_links_to_its_ics_file_and_to_openstreetmap(client, agenda, brussels):
    event = EventPageFactory(
        parent=agenda.fr, slug="portes-ouvertes", venue_street="Rue Haute 322", region=brussels.fr
    )

    html = client.get(event.url).content.decode()

    assert '<a class="button" href="/fr/agenda/portes-ouvertes/calendar/" download>' in html
    assert "Ajouter à mon agenda" in html
    query = "Rue+Haute+322%2C+1000+Bruxelles%2C+Belgique"
    assert f'href="https://www.openstreetmap.org/search?query={query}"' in html
    # Nothing is loaded from OpenStreetMap: a link only.
    assert "<iframe" not in html and "openstreetmap.org/export" not in html
