"""Every translatable snippet can be translated into Dutch with wagtail-localize."""

import datetime

import pytest

from django.urls import reverse

from home.models import Campaign, FooterText, Region

pytestmark = pytest.mark.django_db


@pytest.fixture
def snippets(site, locales):
    return [
        site.sector,
        Region.objects.create(locale=locales.fr, name="Wallonie", slug="wallonie"),
        Campaign.objects.create(
            locale=locales.fr,
            name="Semaine des métiers du soin",
            slug="semaine",
            start_date=datetime.date(2026, 10, 5),
        ),
        FooterText.objects.create(locale=locales.fr, body="<p>Une campagne des fédérations du secteur.</p>"),
    ]


@pytest.mark.parametrize("index", range(4), ids=["sector", "region", "campaign", "footer"])
def test_a_snippet_is_translated_with_wagtail_localize_and_the_translator_edits_the_dutch(
    site, users, as_user, locales, snippets, index
):
    french = snippets[index]
    model = type(french)
    app_label, model_name = model._meta.app_label, model._meta.model_name

    response = as_user(users.moderator).post(
        reverse("wagtail_localize:submit_snippet_translation", args=[app_label, model_name, french.pk]),
        {"locales": [locales.nl.pk]},
    )

    assert response.status_code == 302
    dutch = model.objects.get(translation_key=french.translation_key, locale=locales.nl)
    if hasattr(french, "slug"):
        assert dutch.slug == french.slug  # filter URLs stay the same in both languages
    client = as_user(users.translator)
    editor = client.get(reverse(f"wagtailsnippets_{app_label}_{model_name}:edit", args=[dutch.pk]))
    assert editor.status_code == 200
    assert (
        "w-translation-editor" in editor.content.decode() or "translation-editor" in editor.content.decode()
    )
