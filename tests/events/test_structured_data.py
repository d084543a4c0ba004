"""Search engines read each event as a schema.org Event that points at its translation."""

import json
import re

import pytest

from events.factories import EventPageFactory
from events.models import EventPage
from home.localization import translate_from_glossary

pytestmark = pytest.mark.django_db


def json_ld(response):
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', response.content.decode(), re.S)
    return json.loads(match.group(1))


def test_an_event_in_person_is_an_event_at_a_place_with_its_address(client, agenda, brussels):
    event = EventPageFactory(parent=agenda.fr, title="Portes ouvertes au CHU", region=brussels.fr)

    data = json_ld(client.get(event.url))

    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Event"
    assert data["name"] == "Portes ouvertes au CHU"
    assert data["startDate"] == event.local_start.isoformat()
    assert re.search(r"T09:00:00\+0[12]:00$", data["startDate"])
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["location"] == {
        "@type": "Place",
        "name": "Crèche Les Petits Pas",
        "address": {
            "@type": "PostalAddress",
            "streetAddress": "Rue Haute 12",
            "postalCode": "1000",
            "addressLocality": "Bruxelles",
            "addressRegion": "Bruxelles",
            "addressCountry": "BE",
        },
    }
    assert data["organizer"] == {
        "@type": "Organization",
        "name": "ASBL Les Petits Pas",
        "url": "https://lespetitspas.example.org/",
    }
    assert data["description"] == event.introduction


def test_an_online_event_has_a_virtual_location(client, agenda):
    event = EventPageFactory(parent=agenda.fr, online=True)

    data = json_ld(client.get(event.url))

    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert data["location"] == {"@type": "VirtualLocation", "url": "https://visio.example.org/seance-info"}


def test_an_event_in_person_and_online_has_both_locations(client, agenda):
    event = EventPageFactory(
        parent=agenda.fr,
        attendance_mode=EventPage.AttendanceMode.MIXED,
        online_link="https://live.example.org/",
    )

    data = json_ld(client.get(event.url))

    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert [location["@type"] for location in data["location"]] == ["Place", "VirtualLocation"]


@pytest.mark.parametrize(
    ("status", "expected"),
    [(EventPage.Status.CANCELLED, "EventCancelled"), (EventPage.Status.POSTPONED, "EventPostponed")],
)
def test_the_event_status_follows_the_page(client, agenda, status, expected):
    event = EventPageFactory(parent=agenda.fr, status=status)

    assert json_ld(client.get(event.url))["eventStatus"] == f"https://schema.org/{expected}"


def test_french_and_dutch_versions_point_at_each_other(client, agenda, locales):
    event = EventPageFactory(parent=agenda.fr, title="Atelier découverte")
    dutch = translate_from_glossary(
        event, locales.nl, {"Atelier découverte": "Ontdekkingsworkshop"}, strict=False
    )

    french_data = json_ld(client.get(event.url))
    dutch_data = json_ld(client.get(dutch.url))

    assert french_data["inLanguage"] == "fr"
    assert french_data["workTranslation"] == [
        {"@type": "Event", "@id": "http://localhost/nl/agenda/" + dutch.slug + "/", "inLanguage": "nl"}
    ]
    assert dutch_data["name"] == "Ontdekkingsworkshop"
    assert dutch_data["translationOfWork"]["@id"].endswith(event.url)
    assert "workTranslation" not in dutch_data


def test_text_that_looks_like_html_cannot_close_the_script(client, agenda):
    event = EventPageFactory(parent=agenda.fr, title="Fin </script><script>alert(1)</script>")

    response = client.get(event.url)

    assert "</script><script>alert(1)" not in response.content.decode()
    assert json_ld(response)["name"] == "Fin </script><script>alert(1)</script>"
