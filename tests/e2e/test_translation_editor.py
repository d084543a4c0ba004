"""A translator translates a page in wagtail-localize's editor and submits it for review."""

import re

import pytest

from django.core import mail

from wagtail_localize.models import StringTranslation

from home.editorial.roles import MODERATORS, TRANSLATORS
from home.editorial.workflows import ensure_editorial_setup
from home.localization import translate_from_glossary
from portraits.factories import PortraitIndexPageFactory, PortraitPageFactory
from portraits.models import PortraitPage
from tests.editorial.conftest import PASSWORD, make_user
from tests.translations.conftest import KARIM, PORTRAIT_DUTCH

pytestmark = pytest.mark.django_db(transaction=True)

QUOTE = "Je suis là quand plus personne ne l'est."
QUOTE_DUTCH = "Ik ben er wanneer niemand anders er nog is."


def log_in(page, live_server, username):
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.locator("button[type=submit]").click()
    page.wait_for_url(f"{live_server.url}/admin/")


def test_a_translator_translates_a_portrait_in_the_editor_and_submits_it_for_review(live_server, homes, page):
    from fiches.factories import FicheIndexPageFactory, FichePageFactory

    portraits = PortraitIndexPageFactory(parent=homes.fr)
    dutch_portraits = translate_from_glossary(portraits, homes.nl.locale, PORTRAIT_DUTCH, strict=False)
    fiche = FichePageFactory(parent=FicheIndexPageFactory(parent=homes.fr), profession_name="Infirmier")
    ensure_editorial_setup()
    make_user("pieter", TRANSLATORS, "nl", "Pieter")
    make_user("myriam", MODERATORS, "fr", "Myriam")
    french = PortraitPageFactory(parent=portraits, fiche=fiche, **KARIM)
    # The translation was started and every segment but the quote is translated.
    glossary = {key: value for key, value in PORTRAIT_DUTCH.items() if key != QUOTE}
    dutch = translate_from_glossary(french, homes.nl.locale, glossary, publish=False, strict=False)

    log_in(page, live_server, "pieter")
    page.goto(f"{live_server.url}/admin/pages/{dutch.pk}/edit/")
    segment = page.locator("li.incomplete", has_text="Je suis là quand plus personne")
    segment.get_by_role("button", name="Vertaal").click()
    segment.locator("textarea").fill(QUOTE_DUTCH)
    segment.get_by_role("button", name="Opslaan").click()
    page.locator("li.complete", has_text=QUOTE_DUTCH).wait_for()
    # Saved on the server: after a reload the editor shows it as translated.
    page.wait_for_timeout(1000)
    page.reload()
    page.locator("li.complete", has_text=QUOTE_DUTCH).wait_for()
    saved = StringTranslation.objects.filter(context__path="quote", locale=dutch.locale)
    assert [(row.data, row.last_translated_by.username) for row in saved] == [(QUOTE_DUTCH, "pieter")]

    # The explorer's "More" menu of the page: submit the translation for review.
    page.goto(f"{live_server.url}/admin/pages/{dutch_portraits.pk}/")
    row = page.locator("tr", has_text="Karim")
    row.get_by_role("button", name=re.compile("^Meer opties")).click()
    page.get_by_text("Vertaling ter nalezing indienen").click()
    page.get_by_text("werd ter nalezing ingediend").wait_for()

    dutch = PortraitPage.objects.get(pk=dutch.pk)
    assert dutch.workflow_in_progress and not dutch.live
    assert dutch.get_latest_revision().as_object().quote == QUOTE_DUTCH
    assert [message.to for message in mail.outbox] == [["myriam@example.org"]]
