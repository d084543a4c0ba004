"""Fixtures: the bilingual site with its sections, the editorial set-up and one user per role."""

from types import SimpleNamespace

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail.users.models import UserProfile

from fiches.factories import FicheIndexPageFactory, FichePageFactory
from home.editorial.roles import ADMINISTRATORS, JOURNALISTS, MODERATORS, TRANSLATORS
from home.editorial.workflows import ensure_editorial_setup
from home.localization import translate_from_glossary
from home.models import Sector
from portraits.factories import PortraitIndexPageFactory

PASSWORD = "correct-horse-battery"


def make_user(username, group=None, language="fr", first_name="", email=None):
    user = get_user_model().objects.create_user(
        username=username,
        password=PASSWORD,
        email=email or f"{username}@example.org",
        first_name=first_name or username.capitalize(),
    )
    if group:
        user.groups.add(Group.objects.get(name=group))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


@pytest.fixture
def site(homes):
    """The French and Dutch homes with a portraits section and a profession sheet, in both
    languages, and the editorial groups and workflows on them."""
    french_index = PortraitIndexPageFactory(parent=homes.fr)
    dutch_index = translate_from_glossary(
        french_index, homes.nl.locale, {"Portraits": "Portretten"}, strict=False
    )
    fiche_index = FicheIndexPageFactory(parent=homes.fr)
    fiche = FichePageFactory(parent=fiche_index, profession_name="Infirmier")
    setup = ensure_editorial_setup()
    return SimpleNamespace(
        homes=homes,
        portraits=french_index,
        dutch_portraits=dutch_index,
        fiche_index=fiche_index,
        fiche=fiche,
        setup=setup,
        photo=get_image_model().objects.create(title="Nadia", file=get_test_image_file()),
        sector=Sector.objects.create(locale=homes.fr.locale, name="Santé", slug="sante"),
    )


@pytest.fixture
def users(site):
    return SimpleNamespace(
        journalist=make_user("julie", JOURNALISTS, "fr", "Julie"),
        moderator=make_user("myriam", MODERATORS, "fr", "Myriam"),
        dutch_moderator=make_user("wim", MODERATORS, "nl", "Wim"),
        translator=make_user("pieter", TRANSLATORS, "nl", "Pieter"),
        administrator=make_user("marc", ADMINISTRATORS, "fr", "Marc"),
    )


@pytest.fixture
def as_user(client):
    """Log the test client in as a user: `as_user(users.journalist)`."""

    def login(user):
        client.logout()
        client.force_login(user)
        return client

    return login


def portrait_form_data(site, **overrides):
    fields = {
        "title": "Nadia, infirmière à domicile",
        "slug": "nadia",
        "first_name": "Nadia",
        "job_title": "Infirmière à domicile",
        "fiche": site.fiche.pk,
        "photo": site.photo.pk,
        "photo_alt_text": "Nadia sourit devant une porte d'immeuble.",
        "quote": "Je suis parfois la seule visite de la journée.",
        "introduction": "Depuis huit ans, Nadia soigne à domicile.",
        "body": streamfield(
            [
                ("heading", {"text": "Sur la route", "level": "h2"}),
                ("paragraph", rich_text("<p>Quinze visites par jour.</p>")),
            ]
        ),
        "transcript": "",
        "consent_signed_on": "2026-09-01",
        "consent_website": "on",
        "caption_tracks": inline_formset([]),
    }
    fields.update(overrides)
    data = nested_form_data(fields)
    data["sectors"] = [site.sector.pk]
    return data


def add_portrait_url(site):
    return reverse("wagtailadmin_pages:add", args=("portraits", "portraitpage", site.portraits.pk))
