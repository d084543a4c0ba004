"""Pages keep most of their HTML in cached fragments (home/templatetags/fragment_tags.py) and their
upcoming events until the first of them ends: what a visitor sees still follows every edit at
once, and events leave the page when they end, without any edit."""

import datetime

import pytest

from django.utils import timezone

from events.factories import EventIndexPageFactory, EventPageFactory
from home.caching import local_memory
from home.home_sections import agenda_sections

pytestmark = pytest.mark.django_db


@pytest.fixture
def agenda(homes):
    return EventIndexPageFactory(parent=homes.fr)


def add_event(agenda, fiche, title, hours_from_now):
    start = timezone.now() + datetime.timedelta(hours=hours_from_now - 2)
    event = EventPageFactory(parent=agenda, title=title, start=start, end=start + datetime.timedelta(hours=2))
    event.professions = [fiche]
    event.save_revision().publish()
    return event


def test_an_edit_of_the_portrait_shows_on_the_next_view(client, make_portrait):
    portrait = make_portrait(quote="je vois les familles reprendre confiance.")
    assert "reprendre confiance" in client.get(portrait.url).content.decode()

    portrait.quote = "chaque visite compte pour quelqu'un."
    portrait.save_revision().publish()

    content = client.get(portrait.url).content.decode()
    assert "chaque visite compte" in content
    assert "reprendre confiance" not in content


def test_a_new_portrait_of_the_job_and_a_renamed_sheet_show_on_the_next_view(client, make_portrait, fiche):
    portrait = make_portrait()
    content = client.get(portrait.url).content.decode()
    assert "portraits de ce métier" not in content
    assert "Découvrir le métier : Infirmier" in content

    make_portrait(first_name="Karim", title="Karim, infirmier de nuit")
    fiche.profession_name = "Infirmier en soins généraux"
    fiche.save_revision().publish()

    content = client.get(portrait.url).content.decode()
    assert "D'autres portraits de ce métier" in content
    assert ">Karim</a>" in content
    assert "Découvrir le métier : Infirmier en soins généraux" in content


def test_an_event_leaves_the_portrait_when_it_ends_without_any_edit(
    client, make_portrait, fiche, agenda, monkeypatch
):
    portrait = make_portrait()
    add_event(agenda, fiche, "Portes ouvertes de l'école d'infirmiers", hours_from_now=1)
    add_event(agenda, fiche, "Soirée d'information sur les études", hours_from_now=30)

    content = client.get(portrait.url).content.decode()
    assert "Portes ouvertes de l&#x27;école d&#x27;infirmiers" in content
    assert "Soirée d&#x27;information sur les études" in content

    later = timezone.now() + datetime.timedelta(hours=3)
    monkeypatch.setattr(timezone, "now", lambda: later)

    content = client.get(portrait.url).content.decode()
    assert "Portes ouvertes de l&#x27;école d&#x27;infirmiers" not in content
    assert "Soirée d&#x27;information sur les études" in content


def test_the_home_page_counts_events_until_they_end(client, homes, fiche, agenda, monkeypatch):
    add_event(agenda, fiche, "Portes ouvertes de l'école d'infirmiers", hours_from_now=1)
    add_event(agenda, fiche, "Soirée d'information sur les études", hours_from_now=30)
    assert agenda_sections(homes.fr)["upcoming_events_count"] == 2
    assert '<span class="figures__number">2</span> événements à venir' in client.get("/fr/").content.decode()

    later = timezone.now() + datetime.timedelta(hours=3)
    monkeypatch.setattr(timezone, "now", lambda: later)

    content = client.get("/fr/").content.decode()
    assert '<span class="figures__number">1</span> événement à venir' in content
    assert "Portes ouvertes de l&#x27;école" not in content


def test_made_up_filter_values_are_not_kept_in_the_cache(client, fiche):
    client.get("/fr/metiers/")
    before = len(local_memory.entries)

    for number in range(5):
        response = client.get(f"/fr/metiers/?sector=invente-{number}")
        assert response.status_code == 200
        assert "Aucune fiche métier ne correspond à ces filtres" in response.content.decode()

    assert len(local_memory.entries) == before
