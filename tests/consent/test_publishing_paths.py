"""A portrait without valid consent cannot be published by any path; with consent, every path works."""

import datetime

import pytest

from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from wagtail.models import GroupApprovalTask, PageLogEntry, Workflow, WorkflowPage, WorkflowTask
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from portraits.consent import REFUSED_ACTION, ConsentRefused
from portraits.models import PortraitPage
from tests.consent.conftest import INVALID_CONSENTS, consent

CASES = sorted(INVALID_CONSENTS)


def reload(page):
    return PortraitPage.objects.get(pk=page.pk)


def messages_of(response):
    return [str(message) for message in response.context["messages"]] if response.context else []


def edit_form_data(page, **overrides):
    """What the editor's form posts for `page`, with the consent tab as given."""
    fields = {
        "title": page.title,
        "slug": page.slug,
        "first_name": page.first_name,
        "job_title": page.job_title,
        "fiche": page.fiche_id,
        "photo": page.photo_id,
        "photo_alt_text": page.photo_alt_text,
        "quote": page.quote,
        "introduction": page.introduction,
        "body": streamfield([("paragraph", rich_text("<p>Quinze visites par jour.</p>"))]),
        "transcript": "",
        "consent_signed_on": (page.consent_signed_on or "") and page.consent_signed_on.isoformat(),
        "consent_website": "on" if page.consent_website else "",
        "consent_expires_on": (page.consent_expires_on or "") and page.consent_expires_on.isoformat(),
        "consent_withdrawn_on": (page.consent_withdrawn_on or "") and page.consent_withdrawn_on.isoformat(),
        "caption_tracks": inline_formset([]),
        "comments": inline_formset([]),
        "action-publish": "action-publish",
    }
    fields.update(overrides)
    return nested_form_data(fields)


# The publish button in the editor


@pytest.mark.parametrize("case", CASES)
def test_the_publish_button_saves_the_draft_but_refuses_to_publish_and_says_why(
    admin_client, make_portrait, case
):
    page = make_portrait(**consent(case))
    data = edit_form_data(page, introduction="Une nouvelle introduction, enregistrée malgré tout.")
    response = admin_client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data, follow=True)

    page = reload(page)
    assert not page.live
    assert page.get_latest_revision_as_object().introduction.startswith("Une nouvelle introduction")
    text = " ".join(messages_of(response))
    assert "Nadia, infirmière à domicile" in text
    assert "ne peut pas être publié" in text


def test_the_publish_button_names_the_expiry_date(admin_client, make_portrait):
    page = make_portrait(
        consent_signed_on=datetime.date(2025, 2, 1), consent_expires_on=datetime.date(2026, 1, 31)
    )
    response = admin_client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]), edit_form_data(page), follow=True
    )
    assert "31 janvier 2026" in " ".join(messages_of(response))
    assert not reload(page).live


def test_the_publish_button_publishes_a_portrait_with_valid_consent(admin_client, make_portrait, client):
    page = make_portrait()
    admin_client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), edit_form_data(page))
    page = reload(page)
    assert page.live
    assert client.get(page.url).status_code == 200


def test_recording_a_consent_in_the_form_lets_the_editor_publish_at_once(admin_client, make_portrait):
    page = make_portrait(**consent("missing"))
    signed = (timezone.localdate() - datetime.timedelta(days=3)).isoformat()
    admin_client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]), edit_form_data(page, consent_signed_on=signed)
    )
    assert reload(page).live


def test_publishing_a_new_portrait_without_consent_keeps_it_as_a_draft(admin_client, client, site):
    data = edit_form_data(
        PortraitPage(
            title="Karim, éducateur",
            slug="karim",
            first_name="Karim",
            job_title="Éducateur spécialisé",
            fiche=site.fiche,
            photo_alt_text="Karim joue aux cartes avec deux adolescents.",
            quote="je vois des jeunes reprendre confiance.",
            introduction="Karim travaille en internat depuis six ans.",
        ),
    )
    from wagtail_factories import ImageFactory

    data["photo"] = ImageFactory().pk
    url = reverse("wagtailadmin_pages:add", args=("portraits", "portraitpage", site.index.pk))
    response = admin_client.post(url, data, follow=True)

    page = PortraitPage.objects.get(slug="karim")
    assert not page.live
    assert client.get("/fr/portraits/karim/").status_code == 404
    assert "ne peut pas être publié" in " ".join(messages_of(response))


def test_opening_a_portrait_without_consent_warns_the_editor(admin_client, make_portrait):
    page = make_portrait(**consent("withdrawn"))
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert "a retiré son consentement" in " ".join(messages_of(response))


# A workflow approval


@pytest.fixture
def moderation(site, admin_user):
    """A workflow with one moderators' approval step on the French tree; the admin is a moderator."""
    moderators, _created = Group.objects.get_or_create(name="Modérateurs")
    admin_user.groups.add(moderators)
    task = GroupApprovalTask.objects.create(name="Approbation des modérateurs")
    task.groups.set([moderators])
    workflow = Workflow.objects.create(name="Validation éditoriale")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.create(workflow=workflow, page=site.homes.fr)

    def submit(page, user):
        page.save_revision(user=user)
        return workflow.start(page, user)

    return submit


def approve(client, page):
    task_state = reload(page).current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
    return client.post(url, {"comment": ""}, follow=True)


@pytest.mark.parametrize("case", CASES)
def test_approving_a_submitted_portrait_without_consent_does_not_publish_it(
    admin_client, admin_user, make_portrait, moderation, case
):
    page = make_portrait(**consent(case))
    workflow_state = moderation(page, admin_user)

    approve(admin_client, page)

    workflow_state.refresh_from_db()
    assert not reload(page).live
    assert workflow_state.status == workflow_state.STATUS_IN_PROGRESS, "the approval is rolled back whole"


def test_approving_a_submitted_portrait_with_consent_publishes_it(
    admin_client, admin_user, make_portrait, moderation
):
    page = make_portrait()
    workflow_state = moderation(page, admin_user)

    approve(admin_client, page)

    workflow_state.refresh_from_db()
    assert reload(page).live
    assert workflow_state.status == workflow_state.STATUS_APPROVED


def test_the_editor_offers_no_approval_of_a_portrait_without_consent(
    admin_client, admin_user, make_portrait, moderation
):
    invalid = make_portrait(**consent("expired"))
    valid = make_portrait(slug="sophie", first_name="Sophie")
    for page in (invalid, valid):
        moderation(page, admin_user)

    invalid_editor = admin_client.get(reverse("wagtailadmin_pages:edit", args=[invalid.pk])).content.decode()
    valid_editor = admin_client.get(reverse("wagtailadmin_pages:edit", args=[valid.pk])).content.decode()

    assert 'data-workflow-action-name="approve"' in valid_editor
    assert 'data-workflow-action-name="approve"' not in invalid_editor
    assert 'data-workflow-action-name="reject"' in invalid_editor, "it can still be sent back"
    assert "le consentement a expiré le" in invalid_editor


# Scheduled publishing


def schedule(page, go_live_at):
    """A revision approved to go live at `go_live_at`, as Wagtail records it when a moderator schedules."""
    page.go_live_at = go_live_at
    revision = page.save_revision()
    revision.approved_go_live_at = go_live_at
    revision.save(update_fields=["approved_go_live_at"])
    return revision


@pytest.mark.parametrize("case", CASES)
def test_a_scheduled_publication_without_consent_is_cancelled_and_logged(make_portrait, case):
    page = make_portrait(**consent(case))
    revision = schedule(page, timezone.now() - datetime.timedelta(minutes=5))
    other = make_portrait(slug="sophie", first_name="Sophie")
    schedule(other, timezone.now() - datetime.timedelta(minutes=1))

    call_command("publish_scheduled")

    revision.refresh_from_db()
    assert not reload(page).live
    assert revision.approved_go_live_at is None, "it is not tried again every minute"
    assert PageLogEntry.objects.filter(page=page, action=REFUSED_ACTION).exists()
    assert reload(other).live, "the other scheduled pages still go live"


def test_a_scheduled_publication_with_consent_goes_live(make_portrait):
    page = make_portrait()
    schedule(page, timezone.now() - datetime.timedelta(minutes=5))
    call_command("publish_scheduled")
    assert reload(page).live


def test_scheduling_a_publication_after_the_consent_expires_is_refused(make_portrait):
    page = make_portrait(consent_expires_on=timezone.localdate() + datetime.timedelta(days=3))
    page.go_live_at = timezone.now() + datetime.timedelta(days=10)
    revision = page.save_revision()
    with pytest.raises(ConsentRefused):
        revision.publish()
    revision.refresh_from_db()
    assert revision.approved_go_live_at is None


def test_the_publish_button_refuses_to_schedule_past_the_consent_expiry(admin_client, make_portrait):
    page = make_portrait(consent_expires_on=timezone.localdate() + datetime.timedelta(days=3))
    go_live = timezone.localtime() + datetime.timedelta(days=10)
    data = edit_form_data(page, go_live_at=go_live.strftime("%Y-%m-%d %H:%M"))
    response = admin_client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data, follow=True)
    assert "le consentement a expiré le" in " ".join(messages_of(response))
    assert not page.revisions.exclude(approved_go_live_at=None).exists()


# The bulk "publish" action of the page listing


def bulk_publish(client, pages, parent):
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish"))
    query = "&".join(f"id={page.pk}" for page in pages)
    next_url = reverse("wagtailadmin_explore", args=[parent.pk])
    return client.post(f"{url}?{query}&next={next_url}", {"include_descendants": ""}, follow=True)


@pytest.mark.parametrize("case", CASES)
def test_the_bulk_publish_action_refuses_portraits_without_consent(admin_client, make_portrait, site, case):
    page = make_portrait(**consent(case))
    valid = make_portrait(slug="sophie", first_name="Sophie")

    response = bulk_publish(admin_client, [page, valid], site.index)

    assert not reload(page).live
    assert not reload(valid).live, "refused as a whole, nothing half done"
    assert "ne peut pas être publié" in " ".join(messages_of(response))


def test_the_bulk_publish_action_publishes_portraits_with_consent(admin_client, make_portrait, site):
    pages = [make_portrait(slug=f"p-{n}") for n in range(2)]
    bulk_publish(admin_client, pages, site.index)
    assert all(reload(page).live for page in pages)


def test_publishing_the_index_with_its_children_leaves_portraits_without_consent_offline(
    admin_client, make_portrait, site
):
    site.index.live = False
    site.index.save_revision()
    site.index.save()
    page = make_portrait(**consent("missing"))
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish"))
    admin_client.post(f"{url}?id={site.index.pk}", {"include_descendants": "on"})
    assert not reload(page).live


# Code: a management command, a shell, a data migration


@pytest.mark.parametrize("case", CASES)
def test_publishing_a_revision_in_code_raises_and_changes_nothing(make_portrait, case):
    page = make_portrait(**consent(case))
    with pytest.raises(ConsentRefused) as refusal:
        page.get_latest_revision().publish()
    assert "Nadia, infirmière à domicile" in str(refusal.value)
    with pytest.raises(ConsentRefused):
        page.save_revision().publish()
    assert not reload(page).live


def test_publishing_a_revision_in_code_works_with_consent(make_portrait):
    page = make_portrait()
    page.save_revision().publish()
    assert reload(page).live


def test_an_old_revision_from_before_the_withdrawal_cannot_be_published(make_portrait):
    page = make_portrait()
    old_revision = page.get_latest_revision()
    PortraitPage.objects.filter(pk=page.pk).update(consent_withdrawn_on=timezone.localdate())
    with pytest.raises(ConsentRefused):
        old_revision.publish()
    assert not reload(page).live


# wagtail-localize publishing the Dutch translation


@pytest.mark.parametrize("case", CASES)
def test_the_dutch_translation_cannot_be_published_without_consent(make_portrait, translate, locales, case):
    page = make_portrait(**consent(case))
    with pytest.raises(ConsentRefused):
        translate(page)
    assert not PortraitPage.objects.filter(locale=locales.nl, live=True).exists()


def test_the_dutch_translation_of_a_portrait_with_consent_is_published(make_portrait, translate, client):
    page = make_portrait(live=True)
    dutch = translate(page)
    dutch = reload(dutch)
    assert dutch.live
    assert dutch.consent_signed_on == page.consent_signed_on
    assert client.get(dutch.url).status_code == 200


def test_a_dutch_draft_with_valid_consent_is_refused_when_the_french_consent_was_withdrawn(
    make_portrait, translate
):
    page = make_portrait(live=True)
    dutch = translate(page, publish=False)
    PortraitPage.objects.filter(pk=page.pk).update(consent_withdrawn_on=timezone.localdate())
    with pytest.raises(ConsentRefused):
        reload(dutch).get_latest_revision().publish()
