"""Visitors reach the site in their language and move between French and Dutch."""

import re

import pytest

from django.test import override_settings
from django.urls import path

from home.factories import StandardPageFactory
from home.localization import translate_from_glossary

pytestmark = pytest.mark.django_db


def html_lang(response):
    return re.search(r'<html lang="([a-z-]+)"', response.content.decode()).group(1)


def switcher_link(response, language_code):
    match = re.search(
        rf'<a href="([^"]+)" hreflang="{language_code}" lang="{language_code}">',
        response.content.decode(),
    )
    return match.group(1) if match else None


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("nl-BE,nl;q=0.9,fr;q=0.8", "/nl/"),
        ("nl", "/nl/"),
        ("fr-BE,fr;q=0.9", "/fr/"),
        ("de-DE,de;q=0.9", "/fr/"),
        ("", "/fr/"),
    ],
)
def test_root_redirects_to_the_visitors_preferred_language(client, homes, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)

    assert response.status_code == 302
    assert response["Location"] == expected


def test_french_and_dutch_home_pages_render_in_their_language(client, homes):
    french = client.get("/fr/")
    dutch = client.get("/nl/")

    assert french.status_code == 200
    assert html_lang(french) == "fr"
    assert "Des métiers qui ont du sens" in french.content.decode()
    assert "Aller au contenu" in french.content.decode()
    assert dutch.status_code == 200
    assert html_lang(dutch) == "nl"
    assert "Beroepen die zin geven" in dutch.content.decode()
    assert "Naar de inhoud" in dutch.content.decode()


def test_language_switcher_leads_to_the_translated_counterpart(client, homes, locales):
    about = StandardPageFactory(parent=homes.fr, title="À propos", slug="a-propos", introduction="")
    about.body = []
    about.save_revision().publish()
    over_ons = translate_from_glossary(about, locales.nl, {"À propos": "Over ons"})

    response = client.get("/fr/a-propos/")

    assert switcher_link(response, "nl") == over_ons.url == "/nl/a-propos/"
    dutch = client.get(switcher_link(response, "nl"))
    assert "<h1>Over ons</h1>" in dutch.content.decode()
    assert switcher_link(dutch, "fr") == "/fr/a-propos/"


def test_language_switcher_offers_only_the_languages_the_page_exists_in(client, homes):
    StandardPageFactory(parent=homes.fr, title="Seulement en français", slug="seulement-en-francais")

    response = client.get("/fr/seulement-en-francais/")

    assert response.status_code == 200
    assert switcher_link(response, "nl") is None
    assert 'lang="nl"' not in response.content.decode()
    assert 'hreflang="nl" href=' not in response.content.decode()


def test_hreflang_alternates_name_each_existing_translation(client, homes):
    content = client.get("/fr/").content.decode()

    assert '<link rel="alternate" hreflang="fr" href="http://testserver/fr/">' in content
    assert '<link rel="alternate" hreflang="nl" href="http://testserver/nl/">' in content


@pytest.mark.parametrize(
    ("url", "language", "message"),
    [
        ("/fr/cette-page-n-existe-pas/", "fr", "Page introuvable"),
        ("/nl/deze-pagina-bestaat-niet/", "nl", "Pagina niet gevonden"),
    ],
)
def test_unknown_urls_give_the_404_page_in_the_right_language(client, homes, url, language, message):
    response = client.get(url)

    assert response.status_code == 404
    assert html_lang(response) == language
    assert f"<h1>{message}</h1>" in response.content.decode()


def failing_view(request):
    raise RuntimeError("boom")


urlpatterns_with_failure = [path("nl/kapot/", failing_view)]


class FailingUrls:
    from cms.urls import handler500, urlpatterns

    urlpatterns = [*urlpatterns_with_failure, *urlpatterns]


@override_settings(ROOT_URLCONF=FailingUrls)
def test_server_errors_give_the_500_page_in_the_visitors_language(client, homes):
    client.raise_request_exception = False

    response = client.get("/nl/kapot/", HTTP_ACCEPT_LANGUAGE="nl")

    assert response.status_code == 500
    assert html_lang(response) == "nl"
    assert "Er is iets misgegaan" in response.content.decode()
