"""Home and standard pages: rendering, tree rules, the admin form, translation, SQL cost."""

import pytest

from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.factories import StandardPageFactory, build_bilingual_site
from home.localization import translate_from_glossary
from home.models import HomePage, StandardPage

pytestmark = pytest.mark.django_db


def test_home_page_shows_the_campaign_hero_and_body(client, homes):
    homes.fr.body = [
        ("heading", {"text": "Pourquoi cette campagne ?", "level": "h2"}),
        ("quote", {"text": "On accompagne une personne.", "attribution": "Nadia, infirmière"}),
    ]
    homes.fr.save_revision().publish()

    content = client.get("/fr/").content.decode()

    assert "<h1>Des métiers qui ont du sens</h1>" in content
    assert "Découvrez celles et ceux qui soignent, éduquent et accompagnent." in content
    assert "<h2>Pourquoi cette campagne ?</h2>" in content
    assert "<figcaption>Nadia, infirmière</figcaption>" in content


def test_standard_page_renders_its_introduction_and_body(client, homes):
    StandardPageFactory(
        parent=homes.fr,
        title="Mentions légales",
        slug="mentions-legales",
        introduction="Ce site est édité par une ASBL.",
        body=[("paragraph", "<p>Les photos sont publiées avec l'accord des personnes.</p>")],
    )

    response = client.get("/fr/mentions-legales/")

    assert response.status_code == 200
    assert response.templates[0].name == "home/standard_page.html"
    content = response.content.decode()
    assert "<h1>Mentions légales</h1>" in content
    assert '<p class="lead">Ce site est édité par une ASBL.</p>' in content
    assert "Les photos sont publiées avec l&#x27;accord des personnes." in content or (
        "Les photos sont publiées avec l'accord des personnes." in content
    )


def test_pages_shown_in_menus_appear_in_the_main_navigation(client, homes):
    StandardPageFactory(parent=homes.fr, title="À propos", slug="a-propos", show_in_menus=True)
    StandardPageFactory(parent=homes.fr, title="Mentions légales", slug="mentions-legales")

    content = client.get("/fr/").content.decode()

    assert '<a href="/fr/a-propos/">À propos</a>' in content
    assert '<a href="/fr/mentions-legales/">' not in content


def test_a_draft_standard_page_is_not_public(client, homes):
    page = StandardPageFactory(parent=homes.fr, title="Brouillon", slug="brouillon")
    page.unpublish()

    assert client.get("/fr/brouillon/").status_code == 404


def test_dutch_translation_of_a_standard_page_renders_dutch_text(client, homes, locales):
    page = StandardPageFactory(
        parent=homes.fr,
        title="Toegankelijkheid",
        slug="accessibilite",
        introduction="Nous visons le niveau AA.",
        body=[("paragraph", "<p>Les vidéos sont sous-titrées.</p>")],
    )
    page.title = "Accessibilité"
    page.save_revision().publish()
    translate_from_glossary(
        page,
        locales.nl,
        {
            "Accessibilité": "Toegankelijkheid",
            "Nous visons le niveau AA.": "We streven naar niveau AA.",
            "Les vidéos sont sous-titrées.": "De video's zijn ondertiteld.",
        },
    )

    content = client.get("/nl/accessibilite/").content.decode()

    assert '<html lang="nl">' in content
    assert "<h1>Toegankelijkheid</h1>" in content
    assert "We streven naar niveau AA." in content
    assert "De video&#x27;s zijn ondertiteld." in content or "De video's zijn ondertiteld." in content


@pytest.mark.parametrize("number_of_pages", [2, 40])
def test_standard_page_costs_the_same_queries_whatever_the_size_of_the_site(client, homes, number_of_pages):
    for _ in range(number_of_pages):
        StandardPageFactory(parent=homes.fr, show_in_menus=True)
    StandardPageFactory(parent=homes.fr, title="Vie privée", slug="vie-privee")
    client.get("/fr/vie-privee/")  # warm the site and content-type caches

    with CaptureQueriesContext(connection) as queries:
        response = client.get("/fr/vie-privee/")

    assert response.status_code == 200
    # The page itself: the site, the route, view restrictions, translations, home pages, menu and
    # footer come from the cache (home/caching.py).
    assert len(queries) == 1, "\n".join(query["sql"] for query in queries)


class TestPageTree(WagtailPageTestCase):
    """Editors can only build Home → standard pages (and the index pages of each app)."""

    @classmethod
    def setUpTestData(cls):
        cls.french_home, cls.dutch_home = build_bilingual_site()

    def test_home_pages_sit_at_the_root_only(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_standard_pages_sit_under_a_home_page_and_have_no_children(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage})
        self.assertAllowedSubpageTypes(StandardPage, set())
        self.assertCanCreateAt(HomePage, StandardPage)
        self.assertCanNotCreateAt(StandardPage, StandardPage)

    def test_a_second_french_home_page_cannot_be_created(self):
        self.assertFalse(HomePage.can_create_at(Page.get_first_root_node()))

    def test_a_journalist_form_creates_a_standard_page(self):
        editor = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
        self.client.force_login(editor)

        self.assertCanCreate(
            self.french_home,
            StandardPage,
            nested_form_data(
                {
                    "title": "Déclaration d'accessibilité",
                    "slug": "accessibilite",
                    "introduction": "Le site vise le niveau AA.",
                    "body": streamfield(
                        [
                            ("heading", {"text": "Nous signaler un problème", "level": "h2"}),
                            ("paragraph", rich_text("<p>Écrivez-nous.</p>")),
                            (
                                "call_to_action",
                                {
                                    "title": "Une difficulté ?",
                                    "text": "",
                                    "button_label": "Nous écrire",
                                    "page": "",
                                    "url": "https://jaimemonmetier.be/contact/",
                                },
                            ),
                        ]
                    ),
                    "listing_title": "",
                    "listing_summary": "",
                }
            ),
        )
        page = StandardPage.objects.get(slug="accessibilite")
        self.assertEqual(page.body[2].value["button_label"], "Nous écrire")
