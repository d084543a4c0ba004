"""A moderator publishes a French page and its reviewed Dutch version together."""

import pytest

from django.urls import reverse

from home.localization import translate_from_glossary
from portraits.factories import PortraitPageFactory
from translations.models import OutOfDateTranslation
from translations.report import UP_TO_DATE, build_report

from .conftest import KARIM, PORTRAIT_DUTCH, put_segment, segments, translation_of

pytestmark = pytest.mark.django_db

NEW_QUOTE = "Je suis là, même quand il pleut."
NEW_QUOTE_DUTCH = "Ik ben er, zelfs als het regent."


@pytest.fixture
def karim(site, users, dutch_fiche):
    """Karim's portrait live in French and Dutch; a journalist's new quote awaits approval."""
    french = PortraitPageFactory(parent=site.portraits, fiche=site.fiche, **KARIM)
    dutch = translate_from_glossary(french, site.homes.nl.locale, PORTRAIT_DUTCH)
    french.quote = NEW_QUOTE
    french.save_revision(user=users.journalist)
    french.get_workflow().start(french, users.journalist)
    french.refresh_from_db()
    return french, dutch


def test_the_translator_translates_the_french_draft_and_a_moderator_publishes_both(
    site, users, as_user, client, karim, locales
):
    french, dutch = karim

    # The translator translates ahead, from the French awaiting approval.
    client = as_user(users.translator)
    response = client.post(reverse("translations_sync_draft", args=[french.pk]))
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_pages:edit", args=[dutch.pk])
    translation = translation_of(french, locales.nl)
    quote = next(segment for segment in segments(translation) if segment.context.path == "quote")
    assert quote.string.data == NEW_QUOTE
    put_segment(client, translation, quote, NEW_QUOTE_DUTCH)
    client.post(reverse("editorial_submit_translation", args=[dutch.pk]))
    # Nothing is public yet.
    client.logout()
    assert NEW_QUOTE not in client.get(french.url).content.decode()
    assert NEW_QUOTE_DUTCH not in client.get(dutch.url).content.decode()

    client = as_user(users.moderator)
    report = client.get(reverse("translations_report")).content.decode()
    assert reverse("translations_publish_together", args=[french.pk]) in report
    response = client.post(reverse("translations_publish_together", args=[french.pk]))
    assert response.status_code == 302

    client.logout()
    assert NEW_QUOTE.replace("'", "&#x27;") in client.get(french.url).content.decode()
    dutch_page = client.get(dutch.url).content.decode()
    assert NEW_QUOTE_DUTCH in dutch_page
    assert "Karim loopt al twaalf jaar door de straten van Charleroi." in dutch_page
    french.refresh_from_db()
    dutch.refresh_from_db()
    assert not french.workflow_in_progress and not dutch.workflow_in_progress
    assert not OutOfDateTranslation.objects.exists()
    row = next(row for row in build_report(locales.fr, locales.nl) if row.french_id == french.pk)
    assert row.state == UP_TO_DATE


def test_nothing_is_published_when_the_dutch_misses_a_segment_of_the_new_french(
    site, users, as_user, client, karim
):
    french, dutch = karim
    client = as_user(users.moderator)

    response = client.post(reverse("translations_publish_together", args=[french.pk]), follow=True)

    assert "1 segment du nouveau français" in response.content.decode()
    french.refresh_from_db()
    dutch.refresh_from_db()
    assert french.quote == KARIM["quote"] and french.has_unpublished_changes and french.workflow_in_progress
    client.logout()
    assert "Ik ben er wanneer niemand er nog is." in client.get(dutch.url).content.decode()


def test_publishing_the_french_alone_leaves_the_dutch_translated_ahead_out_of_date(
    site, users, as_user, client, karim, locales
):
    french, _dutch = karim
    as_user(users.translator).post(reverse("translations_sync_draft", args=[french.pk]))
    french.get_latest_revision().publish(user=users.moderator)

    marker = OutOfDateTranslation.objects.get(object_id=french.translation_key, locale=locales.nl)
    assert [change["path"] for change in marker.changed_segments] == ["quote"]
