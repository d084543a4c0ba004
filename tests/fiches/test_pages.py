"""Visitors read the A–Z list of profession sheets and each sheet, in French and in Dutch."""

import re

import pytest

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from fiches.factories import FicheIndexPageFactory, FichePageFactory
from fiches.models import FicheIndexPage, FichePage
from home.models import HomePage, Sector, StandardPage

pytestmark = pytest.mark.django_db


def text_of(response):
    return response.content.decode()


def test_index_lists_live_sheets_a_to_z_with_letter_index_and_count(client, fiche_indexes):
    FichePageFactory(parent=fiche_indexes.fr, profession_name="Logopède")
    FichePageFactory(parent=fiche_indexes.fr, profession_name="Éducateur de jeunes enfants")
    FichePageFactory(parent=fiche_indexes.fr, profession_name="Aide familial")
    draft = FichePageFactory(parent=fiche_indexes.fr, profession_name="Brouillon secret")
    draft.unpublish()

    response = client.get("/fr/metiers/")

    html = text_of(response)
    assert response.status_code == 200
    assert [t.name for t in response.templates][0] == "fiches/fiche_index_page.html"
    assert "3 fiches métiers" in html
    names = re.findall(r'class="fiche-card__title"><a href="[^"]+">([^<]+)</a>', html)
    assert names == ["Aide familial", "Éducateur de jeunes enfants", "Logopède"]
    assert '<a href="#lettre-e">E</a>' in html
    assert 'id="lettre-e"' in html
    assert "Brouillon secret" not in html


def test_sheet_renders_its_key_content_in_french(client, fiche_indexes):
    sante = Sector.objects.create(locale=fiche_indexes.fr.locale, name="Santé", slug="sante")
    page = FichePageFactory(parent=fiche_indexes.fr, profession_name="Infirmier", feminine_name="Infirmière")
    page.sectors = [sante]
    page.is_shortage = True
    page.save_revision().publish()

    response = client.get("/fr/metiers/infirmier/")

    html = text_of(response)
    assert response.status_code == 200
    assert [t.name for t in response.templates][0] == "fiches/fiche_page.html"
    assert "<h1>Infirmier<span" in html and "Infirmière" in html
    assert "Construire un projet éducatif avec chaque personne" in html
    assert "Bachelier éducateur spécialisé en accompagnement psycho-éducatif" in html
    assert re.search(r"<td>2\s450 €</td>", html) and re.search(r"<td>3\s900 €</td>", html)
    assert "Barème IFIC 2025" in html and "1 janvier 2025" in html
    assert "Santé" in html
    assert '<a href="#salaire">Ce que ça rapporte</a>' in html
    assert "Code ROME : K1207" in html


def test_dutch_translation_of_a_sheet_renders_dutch_text(client, fiche_indexes, translate_fiche, locales):
    sante = Sector.objects.create(locale=locales.fr, name="Santé", slug="sante")
    page = FichePageFactory(parent=fiche_indexes.fr, profession_name="Infirmier")
    page.sectors = [sante]
    page.save_revision().publish()
    from home.localization import translate_from_glossary

    translate_from_glossary(sante, locales.nl, {"Santé": "Gezondheidszorg"})
    dutch = translate_fiche(page)

    response = client.get(dutch.url)

    html = text_of(response)
    assert dutch.url == "/nl/metiers/infirmier/"
    assert response.status_code == 200
    assert '<html lang="nl">' in html
    assert "Infirmier (NL)" in html
    assert "Met elke persoon een opvoedingsproject uitwerken" in html
    assert "IFIC-barema 2025" in html
    assert "Gezondheidszorg" in html and "Santé" not in html
    assert "Wat het verdient" in html
    assert "Construire un projet" not in html


def test_dutch_index_lists_the_dutch_sheets(client, fiche_indexes, translate_fiche):
    translate_fiche(FichePageFactory(parent=fiche_indexes.fr, profession_name="Kinésithérapeute"))

    html = text_of(client.get("/nl/metiers/"))

    assert "<h1>Beroepsfiches</h1>" in html
    assert "Kinésithérapeute (NL)" in html
    assert "1 beroepsfiche" in html


def test_sheet_urls_follow_the_index_and_unknown_sheets_are_not_found(client, fiche_indexes):
    page = FichePageFactory(parent=fiche_indexes.fr, profession_name="Psychologue")

    assert page.url == "/fr/metiers/psychologue/"
    assert client.get("/fr/metiers/psychologue/").status_code == 200
    assert client.get("/fr/metiers/astronaute/").status_code == 404


def test_sheet_without_linked_portraits_or_events_shows_neither_section(client, fiche_indexes):
    FichePageFactory(parent=fiche_indexes.fr, profession_name="Ergothérapeute")

    html = text_of(client.get("/fr/metiers/ergotherapeute/"))

    assert 'id="portraits"' not in html
    assert 'id="agenda"' not in html


def test_every_page_type_of_the_app_has_a_factory():
    assert FicheIndexPageFactory._meta.model is FicheIndexPage
    assert FichePageFactory._meta.model is FichePage


class TestTreeRulesAndAdmin(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        from home.factories import build_bilingual_site

        cls.home, _dutch = build_bilingual_site()
        cls.index = FicheIndexPageFactory(parent=cls.home)

    def setUp(self):
        self.login()

    def test_sheet_index_lives_under_the_home_page_only_once(self):
        self.assertCanCreateAt(HomePage, FicheIndexPage)
        self.assertCanNotCreateAt(StandardPage, FicheIndexPage)
        self.assertCanNotCreateAt(Page, FicheIndexPage)
        assert not FicheIndexPage.can_create_at(self.home)

    def test_sheets_live_under_the_sheet_index_only(self):
        self.assertCanCreateAt(FicheIndexPage, FichePage)
        self.assertCanNotCreateAt(HomePage, FichePage)
        self.assertCanNotCreateAt(FichePage, FichePage)
        self.assertAllowedSubpageTypes(FichePage, {})

    def test_journalist_can_create_a_full_sheet_in_the_admin(self):
        from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

        sante = Sector.objects.create(locale=self.home.locale, name="Santé", slug="sante")
        data = nested_form_data(
            {
                "title": "Kinésithérapeute",
                "slug": "kinesitherapeute",
                "profession_name": "Kinésithérapeute",
                "feminine_name": "Kinésithérapeute",
                "other_names": "kiné",
                "summary": "Il aide à retrouver la mobilité.",
                "missions": rich_text("<ul><li>Établir un bilan</li></ul>"),
                "skills": rich_text("<ul><li>Patience</li></ul>"),
                "working_conditions": rich_text("<p>En cabinet ou à l'hôpital.</p>"),
                "career_prospects": rich_text("<p>Spécialisation en sport.</p>"),
                "access_conditions": rich_text("<p>Un master et un visa.</p>"),
                "training_paths": streamfield(
                    [
                        (
                            "training_path",
                            {
                                "diploma": "Master en kinésithérapie",
                                "level": "Master",
                                "duration": "5 ans",
                                "kind": "initial",
                                "where": "Universités",
                                "link": "https://www.enseignement.be/",
                            },
                        )
                    ]
                ),
                "salary_beginner_min": "3450",
                "salary_beginner_max": "3700",
                "salary_experienced_min": "4700",
                "salary_experienced_max": "5600",
                "salary_source": "Barème IFIC 2025",
                "salary_source_date": "2025-01-01",
                "is_shortage": "on",
                "rome_code": "J1404",
                "esco_uri": "",
                "last_reviewed": "2026-10-05",
                "video_transcript": "",
                "body": streamfield([]),
            }
        )

        data["sectors"] = [str(sante.pk)]

        self.assertCanCreate(self.index, FichePage, data)

        page = FichePage.objects.get(slug="kinesitherapeute")
        assert page.live
        assert page.salary_experienced_max == 5600
        assert list(page.sectors.all()) == [sante]
        assert page.training_paths[0].value["diploma"] == "Master en kinésithérapie"
        assert page.rome_code == "J1404"

    def test_edit_form_has_the_tabs_a_journalist_needs(self):
        response = self.client.get(f"/admin/pages/add/fiches/fichepage/{self.index.pk}/")
        html = response.content.decode()
        for tab in ("Contenu", "Formation et salaire", "Médias", "Promotion"):
            assert tab in html
