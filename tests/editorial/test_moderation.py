"""The whole moderation path over HTTP, and the e-mails it sends."""

import pytest

from django.core import mail
from django.urls import reverse

from wagtail.models import TaskState, WorkflowState

from portraits.models import PortraitPage

from .conftest import add_portrait_url, portrait_form_data

pytestmark = pytest.mark.django_db


def mails_to(user):
    return [message for message in mail.outbox if message.to == [user.email]]


def current_task_state(page):
    return TaskState.objects.get(workflow_state__object_id=str(page.pk), status=TaskState.STATUS_IN_PROGRESS)


def test_a_portrait_goes_from_journalist_to_moderator_and_back_until_it_is_live(site, users, as_user, client):
    # The journalist writes a portrait and submits it: it is not on the public site.
    as_user(users.journalist)
    data = portrait_form_data(site)
    data["action-submit"] = "1"
    response = client.post(add_portrait_url(site), data)
    assert response.status_code == 302
    page = PortraitPage.objects.get(slug="nadia")
    assert not page.live
    assert page.workflow_in_progress
    assert page.get_workflow().name == "Validation éditoriale"
    client.logout()
    assert client.get("/fr/portraits/nadia/").status_code == 404

    # The moderators are told, each in their language; the journalist is not.
    french = mails_to(users.moderator)
    dutch = mails_to(users.dutch_moderator)
    assert len(french) == 1 and len(dutch) == 1
    assert french[0].subject == "À relire : « Nadia, infirmière à domicile »"
    assert "Julie a soumis « Nadia, infirmière à domicile » à votre approbation." in french[0].body
    assert f"http://testserver/admin/pages/{page.pk}/edit/" in french[0].body
    assert dutch[0].subject == "Na te lezen: “Nadia, infirmière à domicile”"
    assert mails_to(users.journalist) == []
    assert mails_to(users.translator) == []
    mail.outbox.clear()

    # The moderator sends it back with a comment.
    as_user(users.moderator)
    task_state = current_task_state(page)
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "reject", task_state.pk]),
        {"comment": "Ajoute le prénom de sa collègue dans la citation."},
    )
    assert response.status_code == 302
    page.refresh_from_db()
    assert not page.live
    assert WorkflowState.objects.get(object_id=str(page.pk)).status == WorkflowState.STATUS_NEEDS_CHANGES
    rejection = mails_to(users.journalist)
    assert len(rejection) == 1 and len(mail.outbox) == 1
    assert rejection[0].subject == "Modifications demandées : « Nadia, infirmière à domicile »"
    assert "Ajoute le prénom de sa collègue dans la citation." in rejection[0].body
    assert "Myriam a renvoyé « Nadia, infirmière à domicile »" in rejection[0].body
    mail.outbox.clear()

    # The journalist edits it and submits it again.
    as_user(users.journalist)
    data = portrait_form_data(site, quote="Avec Sarah, je suis parfois la seule visite de la journée.")
    data["action-submit"] = "1"
    response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    assert response.status_code == 302
    page.refresh_from_db()
    assert not page.live and page.workflow_in_progress
    assert len(mails_to(users.moderator)) == 1
    mail.outbox.clear()

    # The moderator approves: the portrait is live with the new quote.
    as_user(users.moderator)
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", current_task_state(page).pk]),
        {"comment": "Parfait, merci !"},
    )
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live
    assert page.quote.startswith("Avec Sarah")
    client.logout()
    response = client.get("/fr/portraits/nadia/")
    assert response.status_code == 200
    assert "Avec Sarah" in response.content.decode()
    approval = mails_to(users.journalist)
    assert len(approval) == 1 and len(mail.outbox) == 1
    assert approval[0].subject == "Approuvé : « Nadia, infirmière à domicile »"
    assert "Parfait, merci !" in approval[0].body


def test_a_journalist_has_no_publish_action_and_a_publish_request_only_saves_a_draft(
    site, users, as_user, client
):
    as_user(users.journalist)
    response = client.get(add_portrait_url(site))
    content = response.content.decode()
    assert 'name="action-submit"' in content
    assert 'name="action-publish"' not in content
    data = portrait_form_data(site)
    data["action-publish"] = "1"
    client.post(add_portrait_url(site), data)
    page = PortraitPage.objects.get(slug="nadia")
    assert not page.live
    assert not page.workflow_in_progress


def test_a_dutch_translation_submitted_for_review_notifies_the_moderators(site, users, as_user, client):
    from home.localization import translate_from_glossary
    from portraits.factories import PortraitPageFactory

    french = PortraitPageFactory(
        parent=site.portraits, fiche=site.fiche, title="Karim, éducateur", slug="karim"
    )
    dutch = translate_from_glossary(
        french, site.homes.nl.locale, {"Karim, éducateur": "Karim, opvoeder"}, publish=False, strict=False
    )
    mail.outbox.clear()

    as_user(users.translator)
    response = client.post(reverse("editorial_submit_translation", args=[dutch.pk]))
    assert response.status_code == 302
    dutch.refresh_from_db()
    assert dutch.workflow_in_progress
    assert dutch.get_workflow().name == "Relecture de la traduction"
    assert not dutch.live

    french_mail = mails_to(users.moderator)
    dutch_mail = mails_to(users.dutch_moderator)
    assert len(french_mail) == 1 and len(dutch_mail) == 1
    assert dutch_mail[0].subject == "Vertaling na te lezen (Nederlands): “Karim, opvoeder”"
    assert "Pieter" in dutch_mail[0].body
    assert french_mail[0].subject.startswith("Traduction à relire (")
    assert mails_to(users.journalist) == []


def test_a_translator_cannot_submit_a_french_page_for_review(site, users, as_user, client):
    from portraits.factories import PortraitPageFactory

    french = PortraitPageFactory(parent=site.portraits, fiche=site.fiche, live=False)
    as_user(users.translator)
    response = client.post(reverse("editorial_submit_translation", args=[french.pk]))
    # Wagtail turns a refusal into a redirect to the dashboard with an error message.
    assert response.status_code == 302 and response.url == "/admin/"
    french.refresh_from_db()
    assert not french.workflow_in_progress
    assert mail.outbox == []
