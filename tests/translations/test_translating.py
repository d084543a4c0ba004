"""A portrait is translated through wagtail-localize over HTTP, reviewed and published in Dutch."""

import pytest

from django.urls import reverse

from portraits.factories import PortraitPageFactory
from portraits.models import PortraitPage

from .conftest import KARIM, PORTRAIT_DUTCH, approve, dutch_for, put_segment, segments, translation_of

pytestmark = pytest.mark.django_db


def test_a_translated_portrait_renders_in_dutch_and_links_to_the_dutch_sheet(
    site, users, as_user, client, dutch_fiche
):
    nl = site.homes.nl.locale
    french = PortraitPageFactory(parent=site.portraits, fiche=site.fiche, **KARIM)

    # The translator starts the translation (wagtail-localize's "Translate this page").
    as_user(users.translator)
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[french.pk]), {"locales": [nl.pk]}
    )
    assert response.status_code == 302
    dutch = PortraitPage.objects.get(translation_key=french.translation_key, locale=nl)
    assert not dutch.live  # a new translation starts as a draft

    # … types every segment in the translation editor …
    translation = translation_of(french, nl)
    for segment in segments(translation):
        text = dutch_for(segment, PORTRAIT_DUTCH)
        assert text is not None, segment.string.data
        assert put_segment(client, translation, segment, text).status_code in (200, 201)
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[dutch.pk]))
    assert editor.status_code == 200

    # … and submits it for review; the public does not see it yet.
    response = client.post(reverse("editorial_submit_translation", args=[dutch.pk]))
    assert response.status_code == 302
    client.logout()
    assert client.get(f"{site.dutch_portraits.url}karim/").status_code == 404

    # A moderator approves: the Dutch portrait goes live.
    as_user(users.moderator)
    assert approve(client, dutch).status_code == 302
    dutch.refresh_from_db()
    assert dutch.live

    client.logout()
    response = client.get(dutch.url)
    content = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="nl">' in content
    assert "Karim, straathoekwerker" in content
    assert "Ik ben er wanneer niemand er nog is." in content
    assert "Hij luistert, hij verwijst door, hij komt de volgende dag terug." in content
    assert "Je suis là quand plus personne ne l" not in content
    assert f'href="{dutch_fiche.url}"' in content
    assert dutch_fiche.url.startswith("/nl/")
