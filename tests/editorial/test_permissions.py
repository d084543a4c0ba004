"""The permission table of issue #4, cell by cell, as HTTP requests to the admin.

A refusal is checked twice: Wagtail's answer (403, or a redirect to the dashboard) and the
database (the page was not created or published, the file not uploaded, the snippet unchanged).
"""

import datetime

import pytest

from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, Page, TaskState
from wagtail_localize.models import StringSegment, Translation
from wagtailmedia.models import get_media_model

from events.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    PartnerKitIndexPageFactory,
    PartnerKitPageFactory,
)
from home.editorial.roles import DUTCH_COLLECTION
from home.localization import translate_from_glossary
from home.models import FooterText, Sector
from portraits.factories import DEMO_MEDIA, PortraitPageFactory
from portraits.models import PortraitPage

from .conftest import add_portrait_url, portrait_form_data

pytestmark = pytest.mark.django_db

ROLES = ["journalist", "moderator", "translator"]


def allowed(response):
    """Wagtail's admin answers a refusal with 403 or a redirect to the dashboard."""
    return response.status_code == 200


def refused(response):
    return response.status_code == 403 or (response.status_code == 302 and response.url == "/admin/")


def check(response, expected):
    assert allowed(response) if expected else refused(response), (
        response.status_code,
        response.get("Location"),
    )


# Row: create and edit portraits, profession sheets, events and kits in the French tree.


@pytest.mark.parametrize("role, expected", [("journalist", True), ("moderator", True), ("translator", False)])
def test_creating_a_portrait_in_the_french_tree(site, users, as_user, role, expected):
    client = as_user(getattr(users, role))
    response = client.post(add_portrait_url(site), portrait_form_data(site))
    assert PortraitPage.objects.filter(slug="nadia").exists() is expected
    if not expected:
        assert refused(response)


@pytest.mark.parametrize("role, expected", [("journalist", True), ("moderator", True), ("translator", False)])
def test_editing_a_portrait_of_the_french_tree(site, users, as_user, role, expected):
    portrait = PortraitPageFactory(parent=site.portraits, fiche=site.fiche, slug="nadia")
    client = as_user(getattr(users, role))
    url = reverse("wagtailadmin_pages:edit", args=[portrait.pk])
    check(client.get(url), expected)
    response = client.post(url, portrait_form_data(site, title="Nadia, vingt ans de soins"))
    portrait.refresh_from_db()
    assert (portrait.get_latest_revision_as_object().title == "Nadia, vingt ans de soins") is expected
    if not expected:
        assert refused(response)


@pytest.mark.parametrize("role, expected", [("journalist", True), ("moderator", True), ("translator", False)])
def test_the_forms_of_sheets_events_and_kits_in_the_french_tree(site, users, as_user, role, expected):
    events = EventIndexPageFactory(parent=site.homes.fr)
    kits = PartnerKitIndexPageFactory(parent=site.homes.fr)
    event = EventPageFactory(parent=events)
    kit = PartnerKitPageFactory(parent=kits)
    client = as_user(getattr(users, role))
    for app, model, parent in [
        ("fiches", "fichepage", site.fiche_index),
        ("events", "eventpage", events),
        ("events", "partnerkitpage", kits),
    ]:
        check(client.get(reverse("wagtailadmin_pages:add", args=(app, model, parent.pk))), expected)
    for page in (site.fiche, event, kit):
        check(client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])), expected)


# Row: publish, unpublish, schedule, delete.


@pytest.fixture
def draft(site):
    return PortraitPageFactory(parent=site.portraits, fiche=site.fiche, slug="nadia", live=False)


@pytest.mark.parametrize(
    "role, expected", [("journalist", False), ("moderator", True), ("translator", False)]
)
def test_publishing(site, users, as_user, draft, role, expected):
    client = as_user(getattr(users, role))
    data = portrait_form_data(site)
    data["action-publish"] = "1"
    client.post(reverse("wagtailadmin_pages:edit", args=[draft.pk]), data)
    draft.refresh_from_db()
    assert draft.live is expected


@pytest.mark.parametrize(
    "role, expected", [("journalist", False), ("moderator", True), ("translator", False)]
)
def test_unpublishing(site, users, as_user, role, expected):
    portrait = PortraitPageFactory(parent=site.portraits, fiche=site.fiche)
    client = as_user(getattr(users, role))
    response = client.post(reverse("wagtailadmin_pages:unpublish", args=[portrait.pk]))
    portrait.refresh_from_db()
    assert portrait.live is not expected
    if not expected:
        assert refused(response)


@pytest.mark.parametrize(
    "role, expected", [("journalist", False), ("moderator", True), ("translator", False)]
)
def test_scheduling_a_publication(site, users, as_user, draft, role, expected):
    client = as_user(getattr(users, role))
    go_live = timezone.localtime() + datetime.timedelta(days=3)
    data = portrait_form_data(site, go_live_at=go_live.strftime("%Y-%m-%d %H:%M"))
    data["action-publish"] = "1"
    client.post(reverse("wagtailadmin_pages:edit", args=[draft.pk]), data)
    draft.refresh_from_db()
    assert not draft.live
    assert (draft.scheduled_revision is not None) is expected


@pytest.mark.parametrize(
    "role, expected", [("journalist", False), ("moderator", True), ("translator", False)]
)
def test_deleting_a_page_even_ones_own_draft(site, users, as_user, role, expected):
    user = getattr(users, role)
    portrait = PortraitPageFactory(parent=site.portraits, fiche=site.fiche, live=False, owner=user)
    client = as_user(user)
    response = client.post(reverse("wagtailadmin_pages:delete", args=[portrait.pk]))
    assert Page.objects.filter(pk=portrait.pk).exists() is not expected
    if not expected:
        assert response.status_code in (302, 403)


# Row: edit the Dutch tree (through wagtail-localize).


@pytest.mark.parametrize("role, expected", [("journalist", False), ("moderator", True), ("translator", True)])
def test_editing_the_dutch_tree_through_the_translation_editor(site, users, as_user, role, expected):
    client = as_user(getattr(users, role))
    dutch = site.dutch_portraits
    check(client.get(reverse("wagtailadmin_pages:edit", args=[dutch.pk])), expected)
    translation = Translation.objects.get(target_locale=dutch.locale, source__object_id=dutch.translation_key)
    segment = StringSegment.objects.filter(source=translation.source).first()
    response = client.put(
        reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]),
        "value=Portretten+van+zorgverleners",
        content_type="application/x-www-form-urlencoded",
    )
    stored = segment.string.translations.filter(locale=dutch.locale, data="Portretten van zorgverleners")
    assert stored.exists() is expected
    assert response.status_code in ((200, 201) if expected else (403,))


# Row: approve or reject a submission.


@pytest.mark.parametrize(
    "role, expected", [("journalist", False), ("moderator", True), ("translator", False)]
)
def test_approving_a_submission(site, users, draft, as_user, role, expected):
    draft.save_revision(user=users.journalist)
    draft.get_workflow().start(draft, users.journalist)
    task_state = TaskState.objects.get(workflow_state__object_id=str(draft.pk))
    client = as_user(getattr(users, role))
    client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[draft.pk, "approve", task_state.pk]),
        {"comment": ""},
    )
    draft.refresh_from_db()
    assert draft.live is expected


@pytest.mark.parametrize(
    "role, expected", [("journalist", False), ("moderator", True), ("translator", False)]
)
def test_rejecting_a_submission(site, users, draft, as_user, role, expected):
    draft.save_revision(user=users.journalist)
    draft.get_workflow().start(draft, users.journalist)
    task_state = TaskState.objects.get(workflow_state__object_id=str(draft.pk))
    client = as_user(getattr(users, role))
    client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[draft.pk, "reject", task_state.pk]),
        {"comment": "À revoir."},
    )
    task_state.refresh_from_db()
    assert (task_state.status == TaskState.STATUS_REJECTED) is expected


# Row: upload images, documents, audio and video.


def upload_everything(client, collection):
    client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Photo de Nadia",
            "file": SimpleUploadedFile("nadia.png", get_test_image_file().file.getvalue()),
            "collection": collection.pk,
        },
    )
    client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Fiche pratique",
            "file": SimpleUploadedFile("fiche.txt", b"Horaires et contacts."),
            "collection": collection.pk,
        },
    )
    client.post(
        reverse("wagtailmedia:add", args=["audio"]),
        {
            "title": "Épisode de Nadia",
            "file": SimpleUploadedFile(
                "episode.mp3", (DEMO_MEDIA / "episode-domicile.mp3").read_bytes(), content_type="audio/mpeg"
            ),
            "collection": collection.pk,
            "duration": 0,
        },
    )
    # Where each file landed: None when it was not uploaded at all.
    return tuple(
        getattr(model.objects.filter(title=title).first(), "collection", None)
        for model, title in [
            (get_image_model(), "Photo de Nadia"),
            (get_document_model(), "Fiche pratique"),
            (get_media_model(), "Épisode de Nadia"),
        ]
    )


@pytest.mark.parametrize("role", ["journalist", "moderator"])
def test_journalists_and_moderators_upload_images_documents_and_media(site, users, as_user, role):
    client = as_user(getattr(users, role))
    root = Collection.get_first_root_node()
    assert upload_everything(client, root) == (root, root, root)


def test_a_translator_uploads_only_into_the_collection_of_the_dutch_versions(site, users, as_user):
    client = as_user(users.translator)
    dutch_collection = Collection.objects.get(name=DUTCH_COLLECTION)
    # Asking for the main collection does not work: the file goes where translators may add.
    assert upload_everything(client, Collection.get_first_root_node()) == (dutch_collection,) * 3
    # ... and a French image is not theirs to change.
    photo = site.photo
    response = client.post(
        reverse("wagtailimages:edit", args=[photo.pk]),
        {"title": "Foto van Nadia", "collection": dutch_collection.pk},
    )
    photo.refresh_from_db()
    assert photo.title == "Nadia"
    assert refused(response)


# Row: snippets (sectors, regions, campaigns), site settings, users.


@pytest.mark.parametrize(
    "role, expected", [("journalist", False), ("moderator", True), ("translator", False)]
)
def test_creating_a_sector(site, users, as_user, role, expected):
    client = as_user(getattr(users, role))
    client.post(
        reverse("wagtailsnippets_home_sector:add"),
        {
            "name": "Aide à domicile",
            "slug": "aide-a-domicile",
            "description": "",
            "locale": site.homes.fr.locale.pk,
        },
    )
    assert Sector.objects.filter(slug="aide-a-domicile").exists() is expected


@pytest.mark.parametrize(
    "role, expected", [("journalist", False), ("moderator", True), ("translator", False)]
)
def test_changing_a_french_sector(site, users, as_user, role, expected):
    client = as_user(getattr(users, role))
    response = client.post(
        reverse("wagtailsnippets_home_sector:edit", args=[site.sector.pk]),
        {"name": "Santé et soins", "slug": "sante", "description": ""},
    )
    site.sector.refresh_from_db()
    assert (site.sector.name == "Santé et soins") is expected
    if not expected:
        assert response.status_code in (302, 403)


@pytest.mark.parametrize("role, expected", [("journalist", False), ("moderator", True), ("translator", True)])
def test_translating_a_sector_into_dutch(site, users, as_user, role, expected):
    dutch = translate_from_glossary(site.sector, site.homes.nl.locale, {"Santé": "Gezondheid"}, strict=False)
    client = as_user(getattr(users, role))
    check(client.get(reverse("wagtailsnippets_home_sector:edit", args=[dutch.pk])), expected)
    translation = Translation.objects.get(target_locale=dutch.locale, source__object_id=dutch.translation_key)
    segment = StringSegment.objects.get(source=translation.source, string__data="Santé")
    client.put(
        reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]),
        "value=Gezondheidszorg",
        content_type="application/x-www-form-urlencoded",
    )
    assert (
        segment.string.translations.filter(locale=dutch.locale, data="Gezondheidszorg").exists() is expected
    )


@pytest.mark.parametrize("role", ROLES)
def test_nobody_but_administrators_edits_the_footer_setting(site, users, as_user, role):
    footer = FooterText.objects.create(locale=site.homes.fr.locale, body="<p>Une campagne.</p>")
    client = as_user(getattr(users, role))
    response = client.post(
        reverse("wagtailsnippets_home_footertext:edit", args=[footer.pk]), {"body": "<p>Modifié.</p>"}
    )
    footer.refresh_from_db()
    assert footer.body == "<p>Une campagne.</p>"
    assert refused(response)


@pytest.mark.parametrize("role", ROLES)
def test_nobody_but_administrators_creates_users(site, users, as_user, role):
    client = as_user(getattr(users, role))
    response = client.post(
        reverse("wagtailusers_users:add"),
        {
            "username": "intrus",
            "email": "intrus@example.org",
            "first_name": "Intrus",
            "last_name": "Anonyme",
            "password1": "un-mot-de-passe-solide",
            "password2": "un-mot-de-passe-solide",
        },
    )
    assert not get_user_model().objects.filter(username="intrus").exists()
    assert refused(response)


def test_administrators_manage_users_settings_and_publish_without_being_superusers(
    site, users, as_user, draft
):
    client = as_user(users.administrator)
    assert not users.administrator.is_superuser
    data = portrait_form_data(site)
    data["action-publish"] = "1"
    client.post(reverse("wagtailadmin_pages:edit", args=[draft.pk]), data)
    draft.refresh_from_db()
    assert draft.live
    assert allowed(client.get(reverse("wagtailusers_users:add")))
    assert allowed(client.get(reverse("wagtailsnippets_home_footertext:add")))
    assert allowed(client.get(reverse("wagtailadmin_pages:edit", args=[site.dutch_portraits.pk])))
    # ... and may approve a submission in the moderators' stead.
    other = PortraitPageFactory(parent=site.portraits, fiche=site.fiche, slug="karim", live=False)
    other.save_revision(user=users.journalist)
    other.get_workflow().start(other, users.journalist)
    task_state = TaskState.objects.get(workflow_state__object_id=str(other.pk))
    client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[other.pk, "approve", task_state.pk]),
        {"comment": ""},
    )
    other.refresh_from_db()
    assert other.live
