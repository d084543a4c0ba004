"""Editors manage sectors, regions and campaigns in the admin; bad dates are refused."""

import pytest

from django.contrib.auth import get_user_model
from django.urls import reverse

from home.models import Campaign

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, locales):
    user = get_user_model().objects.create_superuser("alix", "alix@example.org", "pw")
    client.force_login(user)
    return client


def campaign_form(**overrides):
    data = {
        "name": "La semaine des métiers du soin",
        "slug": "semaine-des-metiers-du-soin",
        "kind": "themed_week",
        "start_date": "2027-03-15",
        "end_date": "2027-03-21",
        "description": "Des portes ouvertes partout en Belgique.",
        "locale": "1",
    }
    data.update(overrides)
    return data


def test_an_editor_creates_a_campaign(admin_client):
    response = admin_client.post(reverse("wagtailsnippets_home_campaign:add"), campaign_form())

    assert response.status_code == 302
    campaign = Campaign.objects.get()
    assert campaign.name == "La semaine des métiers du soin"
    assert campaign.locale.language_code == "fr"


def test_a_campaign_ending_before_it_starts_is_refused_with_a_message(admin_client):
    admin_client.cookies["django_language"] = "fr"
    response = admin_client.post(
        reverse("wagtailsnippets_home_campaign:add"),
        campaign_form(end_date="2027-03-01"),
        HTTP_ACCEPT_LANGUAGE="fr",
    )

    assert response.status_code == 200
    assert "La date de fin ne peut pas précéder la date de début." in response.content.decode()
    assert not Campaign.objects.exists()


def test_sector_list_can_be_filtered_by_language(admin_client):
    from django.core.management import call_command

    call_command("load_demo_content", stdout=open("/dev/null", "w"))

    response = admin_client.get(reverse("wagtailsnippets_home_sector:list"), {"locale": "nl"})

    content = response.content.decode()
    assert "Kinderopvang" in content
    assert "Petite enfance" not in content
