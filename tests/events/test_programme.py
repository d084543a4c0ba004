"""A themed week lists the other upcoming events of its campaign: an event leaves the programme
when it ends, without any edit, although the rest of the page comes from the cache."""

import datetime

import pytest

from django.utils import timezone

from events.factories import EventPageFactory

pytestmark = pytest.mark.django_db


def test_an_event_leaves_the_programme_of_the_week_when_it_ends(client, agenda, care_week, monkeypatch):
    now = timezone.now()
    week = EventPageFactory(
        parent=agenda.fr,
        title="Semaine des métiers du soin",
        kind="themed_week",
        campaign=care_week.fr,
        start=now - datetime.timedelta(days=1),
        end=now + datetime.timedelta(days=6),
    )
    EventPageFactory(
        parent=agenda.fr,
        title="Matinée portes ouvertes au CPAS",
        campaign=care_week.fr,
        start=now - datetime.timedelta(hours=1),
        end=now + datetime.timedelta(hours=2),
    )
    EventPageFactory(
        parent=agenda.fr,
        title="Rencontre avec des aides-soignantes",
        campaign=care_week.fr,
        start=now + datetime.timedelta(days=2),
        end=now + datetime.timedelta(days=2, hours=3),
    )

    content = client.get(week.url).content.decode()
    assert "Programme de la semaine" in content
    assert "Matinée portes ouvertes au CPAS" in content
    assert "Rencontre avec des aides-soignantes" in content

    later = now + datetime.timedelta(hours=3)
    monkeypatch.setattr(timezone, "now", lambda: later)

    content = client.get(week.url).content.decode()
    assert "Matinée portes ouvertes au CPAS" not in content
    assert "Rencontre avec des aides-soignantes" in content
