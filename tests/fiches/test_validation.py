"""Bad input on a profession sheet gets a clear message on the field and saves nothing."""

import pytest

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield
from wagtailmedia.models import Media

from fiches.factories import FicheIndexPageFactory, FichePageFactory
from fiches.models import FichePage
from home.factories import build_bilingual_site

VALID = {
    "title": "Logopède",
    "slug": "logopede",
    "profession_name": "Logopède",
    "missions": rich_text("<ul><li>Rééduquer la parole</li></ul>"),
    "skills": rich_text(""),
    "working_conditions": rich_text(""),
    "career_prospects": rich_text(""),
    "access_conditions": rich_text(""),
    "training_paths": streamfield([]),
    "salary_beginner_min": "3150",
    "salary_beginner_max": "3400",
    "salary_experienced_min": "4300",
    "salary_experienced_max": "5000",
    "salary_source": "Barème IFIC 2025",
    "salary_source_date": "2025-01-01",
    "rome_code": "J1406",
    "esco_uri": "",
    "video_transcript": "",
    "body": streamfield([]),
}


class TestSheetValidationInTheAdmin(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        home, _dutch = build_bilingual_site()
        cls.index = FicheIndexPageFactory(parent=home)

    def setUp(self):
        self.login()

    def post(self, **changes):
        data = nested_form_data({**VALID, **changes})
        data["action-publish"] = "action-publish"
        return self.client.post(f"/admin/pages/add/fiches/fichepage/{self.index.pk}/", data)

    def assert_rejected(self, response, field, message):
        assert response.status_code == 200
        errors = response.context["form"].errors
        assert field in errors, errors
        assert message in " ".join(errors[field])
        assert not FichePage.objects.exists()

    def test_valid_sheet_is_saved(self):
        response = self.post()

        assert response.status_code == 302
        assert FichePage.objects.get().rome_code == "J1406"

    def test_beginner_minimum_above_maximum_is_refused(self):
        response = self.post(salary_beginner_min="3500", salary_beginner_max="3400")

        self.assert_rejected(
            response, "salary_beginner_min", "Le minimum (3500 €) ne peut pas dépasser le maximum (3400 €)."
        )

    def test_experienced_minimum_above_maximum_is_refused(self):
        response = self.post(salary_experienced_min="6000", salary_experienced_max="5000")

        self.assert_rejected(response, "salary_experienced_min", "ne peut pas dépasser le maximum")

    def test_salary_figures_without_their_source_are_refused(self):
        response = self.post(salary_source="", salary_source_date="")

        self.assert_rejected(response, "salary_source", "Indiquez d'où viennent les salaires")
        assert "Indiquez la date de la source" in " ".join(
            response.context["form"].errors["salary_source_date"]
        )

    def test_malformed_rome_code_is_refused(self):
        for bad in ("J150", "J15066", "j1506", "Z1506", "1506J"):
            response = self.post(rome_code=bad)

            self.assert_rejected(response, "rome_code", "Un code ROME est une lettre majuscule de A à N")

    def test_esco_address_that_is_not_an_occupation_is_refused(self):
        for bad in (
            "http://data.europa.eu/esco/skill/0a3a8d6b-49f5-4e4e-9c6a-1b2c3d4e5f60",
            "https://example.org/esco/occupation/0a3a8d6b-49f5-4e4e-9c6a-1b2c3d4e5f60",
            "http://data.europa.eu/esco/occupation/infirmier",
        ):
            response = self.post(esco_uri=bad)

            self.assert_rejected(response, "esco_uri", "Une adresse de métier ESCO commence par")

    def test_valid_esco_occupation_address_is_accepted(self):
        uri = "http://data.europa.eu/esco/occupation/0a3a8d6b-49f5-4e4e-9c6a-1b2c3d4e5f60"

        response = self.post(esco_uri=uri)

        assert response.status_code == 302
        assert FichePage.objects.get().esco_uri == uri


@pytest.mark.django_db
def test_a_video_needs_its_transcript_and_must_be_a_video(fiche_indexes):
    page = FichePageFactory(parent=fiche_indexes.fr, profession_name="Ergothérapeute")
    audio = Media.objects.create(
        title="Entretien", type="audio", duration=30, file=SimpleUploadedFile("entretien.mp3", b"ID3")
    )
    page.video = audio
    page.video_transcript = ""

    with pytest.raises(ValidationError) as error:
        page.full_clean()

    assert "Choisissez une vidéo, pas un fichier audio." in error.value.message_dict["video"]
    assert error.value.message_dict["video_transcript"] == [
        "Une vidéo doit avoir sa transcription, pour les personnes qui ne peuvent pas la regarder."
    ]
    page.refresh_from_db()
    assert page.video is None
