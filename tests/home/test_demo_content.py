"""`load_demo_content` builds the bilingual demo campaign, and running it again changes nothing."""

import pytest

from django.core.management import call_command

from wagtail.models import Page
from wagtail_localize.models import Translation

from home.models import Campaign, FooterText, HomePage, Region, Sector, StandardPage

pytestmark = pytest.mark.django_db


def page_count_by_language():
    return {
        code: Page.objects.filter(locale__language_code=code, depth__gt=1).count() for code in ("fr", "nl")
    }


def test_demo_content_serves_the_french_and_dutch_campaign(client):
    call_command("load_demo_content", stdout=open("/dev/null", "w"))

    french = client.get("/fr/").content.decode()
    dutch = client.get("/nl/").content.decode()
    about = client.get("/nl/a-propos/").content.decode()

    assert "Des métiers qui ont du sens, racontés par celles et ceux qui les font" in french
    assert "Beroepen die zin geven, verteld door wie ze elke dag uitoefent" in dutch
    assert "<h1>Over de campagne</h1>" in about
    assert "Agentschap voor verbindende beroepen" in about
    assert "lorem" not in (french + dutch + about).lower()


def test_dutch_pages_are_wagtail_localize_translations_of_the_french_ones():
    call_command("load_demo_content", stdout=open("/dev/null", "w"))

    dutch_home = HomePage.objects.get(locale__language_code="nl")
    assert dutch_home.translation_key == HomePage.objects.get(locale__language_code="fr").translation_key
    assert Translation.objects.filter(target_locale__language_code="nl").count() >= 5
    assert StandardPage.objects.filter(locale__language_code="nl").count() == 4
    assert Sector.objects.get(slug="petite-enfance", locale__language_code="nl").name == "Kinderopvang"
    assert Region.objects.get(slug="bruxelles", locale__language_code="nl").name == "Brussel"
    assert Campaign.objects.filter(locale__language_code="nl").count() == 4
    assert FooterText.objects.count() == 2


def test_loading_the_demo_content_twice_changes_nothing():
    call_command("load_demo_content", stdout=open("/dev/null", "w"))
    before = page_count_by_language()

    call_command("load_demo_content", stdout=open("/dev/null", "w"))

    assert page_count_by_language() == before
    assert Sector.objects.count() == 16


def test_if_empty_leaves_an_existing_site_alone(homes):
    call_command("load_demo_content", "--if-empty", stdout=open("/dev/null", "w"))

    assert StandardPage.objects.count() == 0


def test_scale_adds_synthetic_pages_for_benchmarks():
    call_command("load_demo_content", "--scale", "5", stdout=open("/dev/null", "w"))

    assert StandardPage.objects.filter(locale__language_code="fr").count() == 4 + 5
