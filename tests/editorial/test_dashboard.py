"""The admin home shows each role what it needs, in a fixed number of queries."""

import datetime

import pytest

from django.test import RequestFactory
from django.utils import timezone

from wagtail.models import TaskState

from home.editorial.dashboard import JournalistPanel, ModeratorPanel, TranslatorPanel
from home.localization import translate_from_glossary
from portraits.factories import PortraitPageFactory

pytestmark = pytest.mark.django_db


def submit(page, user):
    page.save_revision(user=user)
    page.get_workflow().start(page, user)
    return TaskState.objects.get(workflow_state__object_id=str(page.pk), status=TaskState.STATUS_IN_PROGRESS)


def dashboard(client):
    return client.get("/admin/").content.decode()


def panel(html, heading, until="</section>"):
    """The text of the panel (or section) that starts with `heading`."""
    return html.split(heading, 1)[1].split(until, 1)[0]


def test_a_journalist_sees_their_drafts_and_what_was_sent_back_with_the_comment(site, users, as_user):
    draft = PortraitPageFactory(
        parent=site.portraits, fiche=site.fiche, title="Karim, éducateur", live=False, owner=users.journalist
    )
    draft.save_revision(user=users.journalist)
    returned = PortraitPageFactory(
        parent=site.portraits, fiche=site.fiche, title="Sophie, logopède", live=False, owner=users.journalist
    )
    task_state = submit(returned, users.journalist)
    task_state.specific.task.specific.on_action(task_state, users.moderator, "reject", comment="Photo floue.")
    someone_elses = PortraitPageFactory(
        parent=site.portraits, fiche=site.fiche, title="Léa, puéricultrice", live=False
    )
    someone_elses.save_revision(user=users.moderator)

    html = dashboard(as_user(users.journalist))

    assert "Mon travail" in html
    sent_back = panel(html, "Renvoyé pour modifications", until="Mes brouillons")
    assert "Sophie, logopède" in sent_back and "Photo floue." in sent_back and "Myriam" in sent_back
    drafts = panel(html, "Mes brouillons")
    assert "Karim, éducateur" in drafts
    assert "Sophie, logopède" not in drafts
    assert "Léa, puéricultrice" not in html
    assert "En attente de mon approbation" not in html


def test_a_moderator_sees_the_queue_awaiting_approval_with_the_age_of_each_item(site, users, as_user):
    old = PortraitPageFactory(parent=site.portraits, fiche=site.fiche, title="Karim, éducateur", live=False)
    TaskState.objects.filter(pk=submit(old, users.journalist).pk).update(
        started_at=timezone.now() - datetime.timedelta(days=3, hours=2)
    )
    new = PortraitPageFactory(parent=site.portraits, fiche=site.fiche, title="Sophie, logopède", live=False)
    submit(new, users.journalist)

    html = dashboard(as_user(users.moderator))

    queue = panel(html, "En attente de mon approbation")
    assert queue.index("Karim, éducateur") < queue.index("Sophie, logopède"), "oldest first"
    assert "3 jours" in queue and "aujourd&#x27;hui" in queue
    assert "Julie" in queue
    assert "Mon travail" not in html


def test_a_translator_sees_the_pages_waiting_for_a_dutch_version(site, users, as_user):
    untranslated = PortraitPageFactory(parent=site.portraits, fiche=site.fiche, title="Karim, éducateur")
    outdated = PortraitPageFactory(parent=site.portraits, fiche=site.fiche, title="Sophie, logopède")
    translate_from_glossary(outdated, site.homes.nl.locale, {}, strict=False)
    outdated.title = "Sophie, logopède à Namur"
    outdated.save_revision().publish()
    up_to_date = PortraitPageFactory(parent=site.portraits, fiche=site.fiche, title="Léa, puéricultrice")
    translate_from_glossary(up_to_date, site.homes.nl.locale, {}, strict=False)

    html = dashboard(as_user(users.translator))

    waiting = panel(html, "Wacht op een Nederlandse versie")
    assert "Karim, éducateur" in waiting and "Nog geen Nederlandse versie" in waiting
    assert "Sophie, logopède à Namur" in waiting and "De Franse versie is sindsdien gewijzigd" in waiting
    assert "Léa, puéricultrice" not in waiting
    assert f"/admin/localize/submit/page/{untranslated.pk}/" in waiting


@pytest.mark.parametrize("count", [1, 8])
def test_each_panel_runs_a_fixed_number_of_queries(site, users, count, django_assert_num_queries):
    for number in range(count):
        page = PortraitPageFactory(
            parent=site.portraits,
            fiche=site.fiche,
            title=f"Portrait {number}",
            live=False,
            owner=users.journalist,
        )
        task_state = submit(page, users.journalist)
        if number % 2:
            task_state.specific.task.specific.on_action(task_state, users.moderator, "reject", comment="Non.")
        PortraitPageFactory(parent=site.portraits, fiche=site.fiche, title=f"Publié {number}")
    request = RequestFactory().get("/admin/")
    for panel_class, user, queries in [
        (JournalistPanel, users.journalist, 2),
        (ModeratorPanel, users.moderator, 1),
        (TranslatorPanel, users.translator, 1),
    ]:
        request.user = user
        with django_assert_num_queries(queries):
            panel_class(user).get_context_data({"request": request})
