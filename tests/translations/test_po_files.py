"""Exchange with outside translators: a page's strings exported and imported as a PO file."""

import polib
import pytest

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail_localize.models import StringTranslation

from home.localization import translate_from_glossary
from portraits.factories import PortraitPageFactory

from .conftest import KARIM, PORTRAIT_DUTCH, translation_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def karim(site, dutch_fiche):
    french = PortraitPageFactory(parent=site.portraits, fiche=site.fiche, **KARIM)
    dutch = translate_from_glossary(french, site.homes.nl.locale, PORTRAIT_DUTCH)
    return french, dutch


def snapshot(translation):
    return {
        (row["context__path"], row["translation_of__data"]): (row["data"], row["updated_at"])
        for row in StringTranslation.objects.filter(
            context__object_id=translation.source.object_id, locale=translation.target_locale
        ).values("context__path", "translation_of__data", "data", "updated_at")
    }


def upload(client, translation, content, name="karim-nl.po"):
    return client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        {"file": SimpleUploadedFile(name, content, "text/x-gettext-translation"), "next": "/admin/"},
    )


def test_the_po_round_trip_changes_only_the_imported_translations(site, users, as_user, karim, locales):
    french, dutch = karim
    translation = translation_of(french, locales.nl)
    before = snapshot(translation)
    french_revision, dutch_revision = french.latest_revision_id, dutch.latest_revision_id
    client = as_user(users.translator)

    response = client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    assert response.status_code == 200
    po = polib.pofile(response.content.decode())
    assert {entry.msgctxt for entry in po} >= {"quote", "job_title", "introduction"}
    quote = next(entry for entry in po if entry.msgctxt == "quote")
    assert quote.msgstr == "Ik ben er wanneer niemand er nog is."

    # Unchanged, the file imports to nothing new.
    upload(client, translation, response.content)
    assert snapshot(translation) == before

    # The outside translator rewrote the quote only.
    quote.msgstr = "Ik ben er als niemand anders er nog is."
    assert upload(client, translation, str(po).encode()).status_code == 302

    after = snapshot(translation)
    changed = {key for key in before if after[key] != before[key]}
    assert changed == {("quote", quote.msgid)}
    assert after[("quote", quote.msgid)][0] == "Ik ben er als niemand anders er nog is."
    french.refresh_from_db()
    dutch.refresh_from_db()
    assert (french.latest_revision_id, dutch.latest_revision_id) == (french_revision, dutch_revision)
    assert french.quote == "Je suis là quand plus personne ne l'est."


@pytest.mark.parametrize(
    "content",
    [b"not a po file \xff\xfe", b'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=utf-8\\n"\n'],
)
def test_a_po_file_from_elsewhere_is_refused_with_a_message(site, users, as_user, karim, locales, content):
    french, _dutch = karim
    translation = translation_of(french, locales.nl)
    before = snapshot(translation)

    response = upload(as_user(users.translator), translation, content)

    assert response.status_code == 302
    assert snapshot(translation) == before
