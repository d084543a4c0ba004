"""Visitors' journeys through the portraits in a real browser: filter the list by profession and
format, play a podcast episode and read its transcript, switch a portrait to Dutch."""

from pathlib import Path

import pytest

from django.conf import settings

from fiches.factories import FichePageFactory
from tests.portraits import conftest as portrait_fixtures

# The portraits' fixtures, shared with this module.
fiche = portrait_fixtures.fiche
portrait_index = portrait_fixtures.portrait_index
make_portrait = portrait_fixtures.make_portrait
translate = portrait_fixtures.translate

pytestmark = pytest.mark.django_db(transaction=True)


def serve_media(page, live_server):
    """Uploaded files are served by the web server in production, not by Django: serve them from
    MEDIA_ROOT to the browser here."""

    def fulfil(route):
        relative = route.request.url.split("/media/", 1)[1].split("?", 1)[0]
        route.fulfill(path=str(Path(settings.MEDIA_ROOT) / relative))

    page.route(f"{live_server.url}/media/**", fulfil)


def test_visitor_filters_portraits_by_profession_and_format(live_server, page, make_portrait, fiche):
    puericulteur = FichePageFactory(parent=fiche.get_parent(), profession_name="Puériculteur", slug="puer")
    make_portrait(title="Nadia, infirmière à domicile", first_name="Nadia", podcast=True)
    make_portrait(title="Karim, infirmier de nuit", first_name="Karim", video=True)
    make_portrait(title="Sophie, infirmière scolaire", first_name="Sophie")
    make_portrait(title="Léa, puéricultrice", first_name="Léa", fiche=puericulteur, podcast=True)

    page.goto(f"{live_server.url}/fr/portraits/")
    assert page.get_by_role("status").first.inner_text() == "4 portraits"

    page.get_by_label("Métier").select_option(label="Infirmier")
    page.get_by_label("Format").select_option(label="Podcast")
    page.get_by_role("button", name="Afficher les portraits").click()

    # Empty choices stay out of the address (the form works without the script, with them in).
    page.wait_for_url(lambda url: url.endswith("/fr/portraits/?profession=infirmier&format=podcast"))
    assert page.locator(".portrait-index__count").inner_text() == "1 portrait"
    assert page.locator(".portrait-card__title").all_inner_texts() == ["Nadia"]
    # The choices stay selected, and the address can be shared as it is.
    assert page.get_by_label("Métier").input_value() == "infirmier"
    assert page.get_by_label("Format").input_value() == "podcast"

    page.get_by_role("link", name="Effacer les filtres").click()
    page.wait_for_url(f"{live_server.url}/fr/portraits/")
    assert page.locator(".portrait-card").count() == 4


def test_visitor_plays_a_podcast_and_opens_its_transcript(live_server, page, make_portrait):
    episode = make_portrait(title="Martine, aide familiale", first_name="Martine", podcast=True)
    serve_media(page, live_server)

    page.goto(f"{live_server.url}{episode.url}")
    transcript = page.get_by_text("je suis aide familiale depuis vingt ans")
    assert not transcript.is_visible()

    page.get_by_text("Lire la transcription").click()
    assert transcript.is_visible()

    audio = page.locator("audio")
    audio.evaluate("audio => audio.play()")  # the click above is the user's gesture
    page.wait_for_function(
        "() => { const a = document.querySelector('audio'); return !a.paused && a.currentTime > 0.2; }"
    )
    assert audio.evaluate("audio => audio.duration") > 5


def test_a_link_to_the_transcript_opens_it(live_server, page, make_portrait):
    episode = make_portrait(first_name="Martine", podcast=True)

    page.goto(f"{live_server.url}{episode.url}#transcript")

    assert page.get_by_text("je suis aide familiale depuis vingt ans").is_visible()


def test_visitor_switches_a_portrait_to_dutch(live_server, page, make_portrait, translate):
    portrait = make_portrait(podcast=True)
    dutch = translate(portrait)

    page.goto(f"{live_server.url}{portrait.url}")
    assert page.locator("h1").inner_text() == "Nadia, infirmière à domicile"

    page.get_by_role("navigation", name="Langue").get_by_role("link", name="Nederlands").click()

    page.wait_for_url(f"{live_server.url}{dutch.url}")
    assert page.locator("html").get_attribute("lang") == "nl"
    assert page.locator("h1").inner_text() == "Nadia, thuisverpleegkundige"
    assert page.get_by_text("De transcriptie lezen").count() == 1
