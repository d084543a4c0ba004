"""The “Calendrier de campagne”: scheduled publications and events, week by week, in Brussels time."""

import datetime
import zoneinfo

import pytest

from django.urls import reverse

from events.factories import EventIndexPageFactory, EventPageFactory
from home.factories import StandardPageFactory

BRUSSELS = zoneinfo.ZoneInfo("Europe/Brussels")
URL = reverse("events_campaign_calendar")


def at(year, month, day, hour=10, minute=0):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=BRUSSELS)


@pytest.fixture
def agenda(homes):
    return EventIndexPageFactory(parent=homes.fr)


@pytest.fixture
def schedule(homes):
    """A draft page whose revision a moderator approved to go live at `when`."""

    def make(title, when, parent=None):
        page = StandardPageFactory(parent=parent or homes.fr, title=title, live=False)
        page.go_live_at = when
        revision = page.save_revision()
        revision.approved_go_live_at = when
        revision.save(update_fields=["approved_go_live_at"])
        return page

    return make


def weeks_of(response):
    """{ISO week number: [titles]} as the calendar shows them."""
    return {week.number: [entry.title for entry in week.entries] for week in response.context["weeks"]}


def test_the_calendar_is_in_the_admin_menu(admin_client):
    response = admin_client.get(reverse("wagtailadmin_home"))
    assert URL in response.content.decode()
    assert "Calendrier de campagne" in response.content.decode()


def test_scheduled_publications_and_events_are_listed_in_their_iso_week(admin_client, agenda, schedule):
    schedule("Portrait de Nadia", at(2027, 3, 16, 9))
    schedule("Portrait de Karim", at(2027, 3, 18, 9))
    # Monday 00:30 in Brussels is still Sunday in UTC: it belongs to the Monday's week.
    schedule("Portrait de Sophie", at(2027, 3, 22, 0, 30))
    open_day = EventPageFactory(parent=agenda, title="Portes ouvertes à la crèche", start=at(2027, 3, 20, 9))
    EventPageFactory(parent=agenda, title="Séance d'information", start=at(2027, 4, 1, 14))

    response = admin_client.get(URL, {"start": "2027-03-17"})

    weeks = weeks_of(response)
    assert list(weeks) == [11, 12, 13, 14, 15, 16, 17, 18], (
        "eight ISO weeks from the Monday of the date given"
    )
    assert weeks[11] == ["Portrait de Nadia", "Portrait de Karim", "Portes ouvertes à la crèche"]
    assert weeks[12] == ["Portrait de Sophie"]
    assert weeks[13] == ["Séance d'information"]
    text = response.content.decode()
    assert "Semaine 11 : du 15 mars au 21 mars 2027" in text
    assert "2 publications" in text
    assert reverse("wagtailadmin_pages:edit", args=[open_day.pk]) in text


def test_the_calendar_can_show_one_language(admin_client, agenda, schedule, homes):
    schedule("Portrait de Nadia", at(2027, 3, 16))
    schedule("Portret van Nadia", at(2027, 3, 17), parent=homes.nl)

    dutch = weeks_of(admin_client.get(URL, {"start": "2027-03-15", "language": "nl"}))
    both = weeks_of(admin_client.get(URL, {"start": "2027-03-15"}))

    assert dutch[11] == ["Portret van Nadia"]
    assert both[11] == ["Portrait de Nadia", "Portret van Nadia"]


def test_the_previous_and_next_links_move_by_eight_weeks(admin_client):
    response = admin_client.get(URL, {"start": "2027-03-15", "language": "fr"})
    assert response.context["next_url"] == f"{URL}?start=2027-05-10&language=fr"
    assert response.context["previous_url"] == f"{URL}?start=2027-01-18&language=fr"


@pytest.mark.parametrize("bad", ["demain", "2027-02-30", "15/03/2027", "9" * 300, "9999-12-31", "0001-01-01"])
def test_a_bad_date_gets_a_message_and_the_coming_weeks(admin_client, bad):
    response = admin_client.get(URL, {"start": bad})
    assert response.status_code == 200
    messages = " ".join(str(message) for message in response.context["messages"])
    assert "pas une date" in messages
    assert len(response.context["weeks"]) == 8


def test_an_unknown_language_shows_every_language(admin_client):
    response = admin_client.get(URL, {"language": "xx"})
    assert response.context["language"] == ""


def test_a_user_without_admin_access_cannot_see_the_calendar(client, django_user_model):
    user = django_user_model.objects.create_user("visiteur", "v@example.org", "pw")
    client.force_login(user)
    response = client.get(URL)
    assert response.status_code == 302
    assert response.headers["Location"].startswith(reverse("wagtailadmin_login"))


@pytest.mark.parametrize("count", [1, 12])
def test_the_calendar_costs_the_same_queries_whatever_the_number_of_items(
    admin_client, agenda, schedule, django_assert_num_queries, count
):
    for n in range(count):
        schedule(f"Portrait {n}", at(2027, 3, 15) + datetime.timedelta(days=n * 3))
        EventPageFactory(
            parent=agenda,
            title=f"Portes ouvertes {n}",
            start=at(2027, 3, 16) + datetime.timedelta(days=n * 3),
        )
    admin_client.get(URL, {"start": "2027-03-15"})  # warm the caches

    with django_assert_num_queries(QUERIES):
        response = admin_client.get(URL, {"start": "2027-03-15"})

    assert sum(len(week.entries) for week in response.context["weeks"]) == 2 * count


QUERIES = 9  # session, user, profile, menu and permissions, then revisions, pages, events
