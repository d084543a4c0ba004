"""What a portrait page offers beyond the testimony: other portraits of the same job, open days
for the job, share links that load nothing from a third party, the media player's transcript."""

import datetime
from urllib.parse import quote

import pytest

from django.utils import timezone

from events.factories import EventIndexPageFactory, EventPageFactory, days_from_now
from fiches.factories import FichePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def agenda(homes):
    return EventIndexPageFactory(parent=homes.fr)


def test_other_portraits_of_the_same_job_are_shown_newest_first_without_the_portrait_itself(
    client, make_portrait, fiche
):
    now = timezone.now()
    nadia = make_portrait(first_name="Nadia", first_published_at=now)
    make_portrait(first_name="Karim", first_published_at=now - datetime.timedelta(days=1))
    make_portrait(first_name="Sophie", first_published_at=now - datetime.timedelta(days=2))
    make_portrait(first_name="Julien", first_published_at=now - datetime.timedelta(days=3))
    make_portrait(first_name="Fatou", first_published_at=now - datetime.timedelta(days=4))
    other_job = FichePageFactory(parent=fiche.get_parent(), profession_name="Puériculteur", slug="puer")
    make_portrait(first_name="Léa", fiche=other_job)
    make_portrait(first_name="Brouillon", live=False)

    response = client.get(nadia.url)

    assert [portrait.first_name for portrait in response.context["related_portraits"]] == [
        "Karim",
        "Sophie",
        "Julien",
    ]
    assert "D'autres portraits de ce métier" in response.text


def test_open_days_for_the_job_are_the_upcoming_events_about_it(client, make_portrait, fiche, agenda):
    portrait = make_portrait()
    other_job = FichePageFactory(parent=fiche.get_parent(), profession_name="Puériculteur", slug="puer")
    soon = EventPageFactory(parent=agenda, title="Portes ouvertes à l'hôpital", start=days_from_now(5))
    later = EventPageFactory(parent=agenda, title="Séance d'information", start=days_from_now(20))
    past = EventPageFactory(
        parent=agenda, title="Journée passée", start=days_from_now(-5), end=days_from_now(-5, hour=17)
    )
    unrelated = EventPageFactory(parent=agenda, title="Crèche ouverte", start=days_from_now(3))
    for event, professions in ((soon, [fiche]), (later, [fiche]), (past, [fiche]), (unrelated, [other_job])):
        event.professions = professions
        event.save_revision().publish()

    response = client.get(portrait.url)

    assert [event.title for event in response.context["events"]] == [
        "Portes ouvertes à l'hôpital",
        "Séance d'information",
    ]
    assert "Portes ouvertes pour ce métier" in response.text
    assert f'href="{soon.url}"' in response.text


def test_a_portrait_with_no_colleague_nor_event_shows_neither_section(client, make_portrait):
    response = client.get(make_portrait().url)

    assert "D'autres portraits de ce métier" not in response.text
    assert "Portes ouvertes pour ce métier" not in response.text


def test_share_links_are_plain_links_to_the_networks_share_pages(client, make_portrait):
    portrait = make_portrait(slug="nadia")
    address = quote(portrait.get_full_url(), safe="")

    text = client.get(portrait.url).text

    assert f'href="https://www.facebook.com/sharer/sharer.php?u={address}"' in text
    assert f'href="https://www.linkedin.com/sharing/share-offsite/?url={address}"' in text
    assert 'href="https://wa.me/?text=' in text
    assert f'href="mailto:?subject=Nadia%2C%20infirmi%C3%A8re%20%C3%A0%20domicile&amp;body={address}"' in text
    # Nothing is loaded from another site: no third-party script, frame or image.
    for tag in ("<script", "<iframe", "<img"):
        for chunk in text.split(tag)[1:]:
            source = chunk.split(">", 1)[0]
            assert "facebook" not in source and "linkedin" not in source and "wa.me" not in source
    # The copy-link button waits for the script to reveal it (it needs the clipboard).
    assert f'data-copy-link="{portrait.get_full_url()}"' in text
    assert "hidden>Copier le lien</button>" in text


def test_the_transcript_of_an_episode_is_in_a_details_element_with_an_anchor(client, make_portrait):
    portrait = make_portrait(podcast=True)

    text = client.get(portrait.url).text

    assert '<details class="transcript portrait-media__transcript">' in text
    assert 'id="transcript"' in text
    assert "<audio" in text and "controls" in text
