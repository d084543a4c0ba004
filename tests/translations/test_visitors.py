"""What visitors see of the translation state: the French-only notice under Dutch listings and
the Dutch 404 page that leads to the French version."""

import re

import pytest

from home.localization import translate_from_glossary
from portraits.factories import PortraitPageFactory

from .conftest import KARIM, PORTRAIT_DUTCH

pytestmark = pytest.mark.django_db


@pytest.fixture
def portraits(site, dutch_fiche):
    """Three live French portraits, one of them translated into Dutch and live."""
    karim = PortraitPageFactory(parent=site.portraits, fiche=site.fiche, **KARIM)
    translate_from_glossary(karim, site.homes.nl.locale, PORTRAIT_DUTCH)
    french_only = [
        PortraitPageFactory(parent=site.portraits, fiche=site.fiche, title=title, slug=slug)
        for title, slug in [("Sophie, aide familiale", "sophie"), ("Julien, éducateur", "julien")]
    ]
    return karim, french_only


def notice(content):
    match = re.search(r'<p class="french-only-notice">(.*?)</p>', content, re.S)
    return " ".join(match.group(1).split()) if match else None


def test_a_dutch_listing_says_how_many_more_portraits_exist_in_french_only(client, site, portraits):
    response = client.get(site.dutch_portraits.url)
    content = response.content.decode()

    assert response.status_code == 200
    assert "Ik ben er wanneer niemand er nog is." in content
    assert "Sophie" not in content
    assert notice(content) == (
        f'Nog 2 zijn alleen in het Frans beschikbaar. <a href="{site.portraits.url}" hreflang="fr">'
        "Bekijk de Franse lijst</a>"
    )


def test_the_french_listing_and_a_fully_translated_listing_have_no_notice(client, site, portraits):
    assert notice(client.get(site.portraits.url).content.decode()) is None
    for page in portraits[1]:
        page.unpublish()
    assert notice(client.get(site.dutch_portraits.url).content.decode()) is None


def test_a_dutch_url_of_a_page_that_exists_only_in_french_gives_the_dutch_404_with_a_link(
    client, site, portraits
):
    sophie = portraits[1][0]

    response = client.get(f"{site.dutch_portraits.url}sophie/")
    content = response.content.decode()

    assert response.status_code == 404
    assert '<html lang="nl">' in content
    assert "<h1>Pagina niet gevonden</h1>" in content
    assert f'<a href="{sophie.url}" hreflang="fr">lees de Franse versie</a>' in content


def test_a_dutch_draft_leads_to_its_french_version_and_an_unknown_url_to_nothing(client, site, portraits):
    karim = portraits[0]
    karim.get_translation(site.homes.nl.locale).unpublish()

    draft = client.get(f"{site.dutch_portraits.url}karim/")
    unknown = client.get(f"{site.dutch_portraits.url}bestaat-niet/")
    deep = client.get("/nl/" + "a/" * 20)

    assert draft.status_code == 404
    assert f'href="{karim.url}" hreflang="fr"' in draft.content.decode()
    for response in (unknown, deep):
        assert response.status_code == 404
        assert "error-page__source" not in response.content.decode()
