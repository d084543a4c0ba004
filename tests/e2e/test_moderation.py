"""A journalist submits a portrait in the real admin; a moderator approves it; it goes live."""

import pytest

from django.core import mail

from wagtail.models import Page

from fiches.factories import FicheIndexPageFactory, FichePageFactory
from home.editorial.roles import JOURNALISTS, MODERATORS
from home.editorial.workflows import ensure_editorial_setup
from portraits.factories import PortraitIndexPageFactory, PortraitPageFactory
from portraits.models import PortraitPage
from tests.editorial.conftest import PASSWORD, make_user

pytestmark = pytest.mark.django_db(transaction=True)


def log_in(page, live_server, username):
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.locator("button[type=submit]").click()
    page.wait_for_url(f"{live_server.url}/admin/")


def test_a_journalist_submits_a_portrait_and_a_moderator_approves_it(live_server, homes, page, browser):
    portraits = PortraitIndexPageFactory(parent=homes.fr)
    fiche = FichePageFactory(parent=FicheIndexPageFactory(parent=homes.fr), profession_name="Infirmier")
    ensure_editorial_setup()
    journalist = make_user("julie", JOURNALISTS, "fr", "Julie")
    make_user("myriam", MODERATORS, "fr", "Myriam")
    # A draft written by the journalist; she changes its title in the admin and submits it.
    draft = PortraitPageFactory(parent=portraits, fiche=fiche, slug="nadia", live=False, owner=journalist)
    draft.save_revision(user=journalist)

    log_in(page, live_server, "julie")
    page.goto(f"{live_server.url}/admin/pages/{draft.pk}/edit/")
    page.fill("#id_title", "Nadia, infirmière de nuit")
    assert page.locator("button[name=action-publish]").count() == 0, "a journalist cannot publish"
    page.locator("[data-w-dropdown-target=toggle]").last.click()  # the footer's action menu
    page.locator("button[name=action-submit]").click()
    page.wait_for_url(f"{live_server.url}/admin/pages/{portraits.pk}/")
    draft.refresh_from_db()
    assert draft.workflow_in_progress and not draft.live
    assert [message.to for message in mail.outbox] == [["myriam@example.org"]]

    # The moderator finds it on her dashboard and approves it from the editor.
    page.context.clear_cookies()
    log_in(page, live_server, "myriam")
    queue = page.locator(
        "#editorial-moderator-section, section:has-text('En attente de mon approbation')"
    ).first
    queue.get_by_role("link", name="Nadia, infirmière de nuit").click()
    page.wait_for_url(f"{live_server.url}/admin/pages/{draft.pk}/edit/")
    page.locator("[data-w-dropdown-target=toggle]").last.click()
    page.get_by_role("button", name="Approuver et Publier", exact=True).click()
    page.locator(".messages .success").wait_for()

    live = PortraitPage.objects.get(pk=draft.pk)
    assert live.live and live.title == "Nadia, infirmière de nuit"
    page.goto(f"{live_server.url}/fr/portraits/nadia/")
    assert "Nadia, infirmière de nuit" in page.content()
    assert Page.objects.live().filter(pk=draft.pk).exists()
