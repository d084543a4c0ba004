"""The French changes after the Dutch was published: the Dutch is out of date, the translator sees
and updates only the changed segments, and after review the Dutch is up to date again."""

import pytest

from django.urls import reverse

from wagtail_localize.models import StringTranslation

from home.localization import translate_from_glossary
from portraits.factories import PortraitPageFactory
from translations.models import OutOfDateTranslation
from translations.report import OUT_OF_DATE, UP_TO_DATE, build_report

from .conftest import (
    KARIM,
    PORTRAIT_DUTCH,
    approve,
    put_segment,
    segments,
    stored_translations,
    translation_of,
)

pytestmark = pytest.mark.django_db

NEW_QUOTE = "Je suis là, même quand il pleut et que plus personne ne l'est."
NEW_QUOTE_DUTCH = "Ik ben er, zelfs als het regent en niemand er nog is."


@pytest.fixture
def karim(site, dutch_fiche):
    french = PortraitPageFactory(parent=site.portraits, fiche=site.fiche, **KARIM)
    dutch = translate_from_glossary(french, site.homes.nl.locale, PORTRAIT_DUTCH)
    return french, dutch


def row_for(page, locales):
    return next(row for row in build_report(locales.fr, locales.nl) if row.french_id == page.pk)


def publish_french_change(french, user, **changes):
    french = french.specific.get_latest_revision_as_object()
    for name, value in changes.items():
        setattr(french, name, value)
    french.save_revision(user=user).publish(user=user)
    french.refresh_from_db()
    return french


def test_the_dutch_goes_out_of_date_and_back_with_only_the_changed_segments_retranslated(
    site, users, as_user, client, karim, locales
):
    french, dutch = karim
    assert row_for(french, locales).state == UP_TO_DATE
    translation = translation_of(french, locales.nl)
    before = stored_translations(translation)

    publish_french_change(french, users.moderator, quote=NEW_QUOTE)

    # The report shows it out of date, since when, and what changed.
    as_user(users.translator)
    response = client.get(reverse("translations_report"), {"state": OUT_OF_DATE})
    content = response.content.decode()
    assert response.status_code == 200
    assert "Karim, éducateur de rue" in content
    assert "Out of date" in content or "Verouderd" in content
    marker = OutOfDateTranslation.objects.get(object_id=french.translation_key, locale=locales.nl)
    assert marker.changed_segments == [
        {"path": "quote", "before": "Je suis là quand plus personne ne l'est.", "after": NEW_QUOTE}
    ]
    assert "il pleut" in content
    # The live Dutch page did not change: nothing the translator wrote was touched.
    client.logout()
    assert "Ik ben er wanneer niemand er nog is." in client.get(dutch.url).content.decode()

    # The translator syncs the translation with the French …
    as_user(users.translator)
    response = client.post(reverse("wagtail_localize:update_translations", args=[translation.source_id]), {})
    assert response.status_code == 302
    # … only the changed segment is left to translate …
    missing = [
        segment
        for segment in segments(translation)
        if not StringTranslation.objects.filter(
            translation_of=segment.string, context=segment.context, locale=locales.nl
        ).exists()
    ]
    assert [segment.context.path for segment in missing] == ["quote"]
    assert row_for(french, locales).percent < 100
    put_segment(client, translation, missing[0], NEW_QUOTE_DUTCH)

    # … submits it, a moderator approves.
    assert client.post(reverse("editorial_submit_translation", args=[dutch.pk])).status_code == 302
    as_user(users.moderator)
    approve(client, dutch)

    assert row_for(french, locales).state == UP_TO_DATE
    assert not OutOfDateTranslation.objects.exists()
    after = stored_translations(translation)
    assert {path: text for path, text in after.items() if path != "quote"} == {
        path: text for path, text in before.items() if path != "quote"
    }
    client.logout()
    content = client.get(dutch.url).content.decode()
    assert NEW_QUOTE_DUTCH in content
    assert "Karim loopt al twaalf jaar door de straten van Charleroi." in content


def test_publishing_the_french_without_changing_its_text_leaves_the_dutch_up_to_date(
    site, users, karim, locales
):
    french, _dutch = karim
    publish_french_change(french, users.moderator, consent_social_networks=False)

    assert row_for(french, locales).state == UP_TO_DATE
    assert not OutOfDateTranslation.objects.exists()


def test_a_french_snippet_saved_with_a_new_name_puts_its_dutch_out_of_date(site, locales):
    dutch = translate_from_glossary(site.sector, locales.nl, {"Santé": "Gezondheid"}, strict=False)
    site.sector.name = "Santé et soins"
    site.sector.save()

    marker = OutOfDateTranslation.objects.get(object_id=site.sector.translation_key, locale=locales.nl)
    assert marker.changed_segments == [{"path": "name", "before": "Santé", "after": "Santé et soins"}]
    row = row_for_snippet(site.sector, locales)
    assert row.state == OUT_OF_DATE and row.since == marker.since
    dutch.refresh_from_db()
    assert dutch.name == "Gezondheid"


def row_for_snippet(instance, locales):
    return next(
        row
        for row in build_report(locales.fr, locales.nl)
        if row.kind == "snippet" and row.french_id == instance.pk and row.type_key == "home.sector"
    )
