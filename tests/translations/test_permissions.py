"""A translator cannot change French content: not over HTTP, not from the report."""

import pytest

from django.urls import reverse

from home.localization import translate_from_glossary
from portraits.factories import PortraitPageFactory

from .conftest import KARIM, PORTRAIT_DUTCH, translation_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def karim(site, dutch_fiche):
    french = PortraitPageFactory(parent=site.portraits, fiche=site.fiche, **KARIM)
    dutch = translate_from_glossary(french, site.homes.nl.locale, PORTRAIT_DUTCH)
    return french, dutch


def test_a_translator_cannot_edit_or_publish_a_french_page(site, users, as_user, client, karim):
    french, _dutch = karim
    revisions = french.revisions.count()
    client = as_user(users.translator)

    edit = client.get(reverse("wagtailadmin_pages:edit", args=[french.pk]))
    post = client.post(
        reverse("wagtailadmin_pages:edit", args=[french.pk]),
        {"title": "Changé par le traducteur", "slug": "karim", "action-publish": "1"},
    )

    assert edit.status_code == 302 and edit.url == "/admin/"
    assert post.status_code == 302 and post.url == "/admin/"
    french.refresh_from_db()
    assert french.title == "Karim, éducateur de rue"
    assert french.revisions.count() == revisions


def test_a_translator_cannot_edit_a_french_snippet(site, users, as_user, client):
    client = as_user(users.translator)
    url = reverse("wagtailsnippets_home_sector:edit", args=[site.sector.pk])

    assert client.get(url).status_code == 403
    assert client.post(url, {"name": "Changé", "slug": "sante"}).status_code == 403
    site.sector.refresh_from_db()
    assert site.sector.name == "Santé"


def test_the_report_gives_a_translator_no_way_to_change_the_french(site, users, as_user, client, karim):
    french, dutch = karim
    french.save_revision(user=users.moderator)  # a French draft: "publish together" would apply
    dutch.save_revision(user=users.translator)

    translator_view = as_user(users.translator).get(reverse("translations_report")).content.decode()
    moderator_view = as_user(users.moderator).get(reverse("translations_report")).content.decode()

    french_edit = reverse("wagtailadmin_pages:edit", args=[french.pk])
    publish_together = reverse("translations_publish_together", args=[french.pk])
    assert f'href="{french_edit}"' not in translator_view
    assert publish_together not in translator_view
    assert reverse("wagtailadmin_pages:edit", args=[dutch.pk]) in translator_view
    assert f'href="{french_edit}"' in moderator_view
    assert publish_together in moderator_view


def test_a_translator_cannot_publish_from_the_report_or_by_syncing(
    site, users, as_user, client, karim, locales
):
    french, dutch = karim
    french.quote = "Une nouvelle citation."
    french.save_revision(user=users.moderator)
    client = as_user(users.translator)

    together = client.post(reverse("translations_publish_together", args=[french.pk]))
    source = translation_of(french, locales.nl).source
    sync = client.post(
        reverse("wagtail_localize:update_translations", args=[source.pk]), {"publish_translations": "on"}
    )

    assert together.status_code == 302 and together.url == "/admin/"  # Wagtail's refusal
    assert sync.status_code == 302 and sync.url == "/admin/"
    french.refresh_from_db()
    dutch.refresh_from_db()
    assert french.quote != "Une nouvelle citation."
    assert french.has_unpublished_changes
    assert dutch.live_revision_id == dutch.latest_revision_id


def test_the_report_is_for_translators_moderators_and_administrators_only(site, users, as_user, client):
    url = reverse("translations_report")

    assert as_user(users.journalist).get(url).status_code == 302
    for user in (users.translator, users.moderator, users.administrator):
        response = as_user(user).get(url)
        assert response.status_code == 200
    menu = as_user(users.journalist).get(reverse("wagtailadmin_home")).content.decode()
    assert url not in menu
    assert url in as_user(users.translator).get(reverse("wagtailadmin_home")).content.decode()
