"""Fixtures: the editorial site and users (tests/editorial), a Dutch profession sheet, and helpers
that drive wagtail-localize over HTTP as the translation editor does."""

import html
from urllib.parse import urlencode

import pytest

from django.urls import reverse

from wagtail_localize.models import StringSegment, StringTranslation, Translation

from home.localization import as_plain_text, translate_from_glossary
from tests.editorial.conftest import as_user, make_user, site, users  # noqa: F401 (fixtures)
from tests.portraits.conftest import DUTCH

PORTRAIT_DUTCH = {
    **DUTCH,
    "Karim, éducateur de rue": "Karim, straathoekwerker",
    "Éducateur de rue": "Straathoekwerker",
    "Karim sourit sur un banc du parc.": "Karim glimlacht op een bank in het park.",
    "Je suis là quand plus personne ne l'est.": "Ik ben er wanneer niemand er nog is.",
    "Karim arpente les rues de Charleroi depuis douze ans.": (
        "Karim loopt al twaalf jaar door de straten van Charleroi."
    ),
    "Le soir, dans la rue": "'s Avonds, op straat",
    "Il écoute, il oriente, il revient le lendemain.": (
        "Hij luistert, hij verwijst door, hij komt de volgende dag terug."
    ),
}

KARIM = {
    "title": "Karim, éducateur de rue",
    "slug": "karim",
    "first_name": "Karim",
    "job_title": "Éducateur de rue",
    "photo_alt_text": "Karim sourit sur un banc du parc.",
    "quote": "Je suis là quand plus personne ne l'est.",
    "introduction": "Karim arpente les rues de Charleroi depuis douze ans.",
    "body": [
        ("heading", {"text": "Le soir, dans la rue", "level": "h2"}),
        ("paragraph", "<p>Il écoute, il oriente, il revient le lendemain.</p>"),
    ],
}


@pytest.fixture
def dutch_fiche(site):  # noqa: F811 (the fixture imported above)
    """The Dutch profession sheet that a Dutch portrait links to."""
    translate_from_glossary(site.fiche_index, site.homes.nl.locale, {}, strict=False)
    return translate_from_glossary(
        site.fiche, site.homes.nl.locale, {"Infirmier": "Verpleegkundige"}, strict=False
    )


def translation_of(page, locale):
    return Translation.objects.select_related("source").get(
        source__object_id=page.translation_key, target_locale=locale
    )


def segments(translation):
    return list(StringSegment.objects.filter(source=translation.source).select_related("string", "context"))


def put_segment(client, translation, segment, text):
    """What the translation editor does when a translator saves one segment."""
    return client.put(
        reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]),
        data=urlencode({"value": html.escape(text, quote=False)}),
        content_type="application/x-www-form-urlencoded",
    )


def dutch_for(segment, glossary):
    french = segment.string.data
    return glossary.get(french, glossary.get(as_plain_text(french)))


def stored_translations(translation):
    return dict(
        StringTranslation.objects.filter(
            context__object_id=translation.source.object_id, locale=translation.target_locale
        ).values_list("context__path", "data")
    )


def approve(client, page):
    """A moderator approves the page's current workflow task (Approve and publish)."""
    page.refresh_from_db()
    task_state = page.current_workflow_state.current_task_state
    return client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]),
        {"comment": ""},
    )
