"""Machine translation: off unless DEEPL_AUTH_KEY is set; the tests use a fake translator."""

import pytest

from django.urls import reverse

from wagtail_localize.models import StringTranslation

from home.localization import translate_from_glossary
from portraits.factories import PortraitPageFactory
from translations.machine import DEEPL_TRANSLATOR, machine_translator_setting

from .conftest import KARIM, PORTRAIT_DUTCH, stored_translations, translation_of
from .fake_translator import FakeTranslator

pytestmark = pytest.mark.django_db


def test_machine_translation_is_off_without_a_deepl_key_and_deepl_with_one():
    assert machine_translator_setting({}) is None
    assert machine_translator_setting({"DEEPL_AUTH_KEY": "  "}) is None
    assert machine_translator_setting({"DEEPL_AUTH_KEY": "abc:fx"}) == {
        "CLASS": DEEPL_TRANSLATOR,
        "OPTIONS": {"AUTH_KEY": "abc:fx"},
    }


def test_the_test_settings_have_no_machine_translator(settings):
    assert settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR is None


@pytest.fixture
def half_translated(site, dutch_fiche):
    """Karim's portrait in Dutch with every segment but the job title and the heading."""
    french = PortraitPageFactory(parent=site.portraits, fiche=site.fiche, **KARIM)
    glossary = {
        key: value
        for key, value in PORTRAIT_DUTCH.items()
        if key not in ("Éducateur de rue", "Le soir, dans la rue")
    }
    translate_from_glossary(french, site.homes.nl.locale, glossary, publish=False, strict=False)
    return french


def machine_translate(client, translation):
    return client.post(
        reverse("wagtail_localize:machine_translate", args=[translation.pk]), {"next": "/admin/"}
    )


def test_without_a_machine_translator_the_editor_cannot_machine_translate(
    site, users, as_user, half_translated, locales
):
    translation = translation_of(half_translated, locales.nl)
    before = stored_translations(translation)

    response = as_user(users.translator).post(
        reverse("wagtail_localize:machine_translate", args=[translation.pk]), {"next": "/admin/"}, follow=True
    )

    assert response.status_code == 404
    assert stored_translations(translation) == before


def test_the_machine_fills_only_the_untranslated_segments(
    settings, site, users, as_user, half_translated, locales
):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "tests.translations.fake_translator.FakeTranslator",
        "OPTIONS": {},
    }
    FakeTranslator.calls.clear()
    translation = translation_of(half_translated, locales.nl)
    before = stored_translations(translation)

    response = machine_translate(as_user(users.translator), translation)

    assert response.status_code == 302
    assert FakeTranslator.calls == [["Éducateur de rue", "Le soir, dans la rue"]]
    after = stored_translations(translation)
    assert {path: text for path, text in after.items() if path in before} == before
    machine = StringTranslation.objects.filter(
        locale=locales.nl, translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE
    )
    assert sorted(machine.values_list("data", flat=True)) == [
        "'s Avonds, op straat (machine)",
        "Straathoekwerker (machine)",
    ]
