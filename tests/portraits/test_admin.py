"""A journalist creates portraits in the admin; bad input gets a message and saves nothing."""

from pathlib import Path

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from fiches.factories import FicheIndexPageFactory, FichePageFactory
from home.factories import build_bilingual_site
from home.models import Sector
from portraits.factories import MediaFactory, PortraitIndexPageFactory
from portraits.models import PortraitPage

DEMO_MEDIA = Path(__file__).resolve().parents[2] / "portraits" / "demo_media"


def vtt(name="fr.vtt", content=None):
    data = content if content is not None else (DEMO_MEDIA / "video-soins.fr.vtt").read_bytes()
    return SimpleUploadedFile(name, data, content_type="text/vtt")


class PortraitAdminTestCase(WagtailPageTestCase):
    def setUp(self):
        self.user = self.login()
        self.french_home, _dutch = build_bilingual_site()
        self.index = PortraitIndexPageFactory(parent=self.french_home)
        fiche_index = FicheIndexPageFactory(parent=self.french_home)
        self.fiche = FichePageFactory(parent=fiche_index, profession_name="Infirmier")
        self.photo = get_image_model().objects.create(title="Nadia", file=get_test_image_file())
        self.sector = Sector.objects.create(locale=self.french_home.locale, name="Santé", slug="sante")

    def form_data(self, captions=(), **overrides):
        fields = {
            "title": "Nadia, infirmière à domicile",
            "slug": "nadia",
            "first_name": "Nadia",
            "job_title": "Infirmière à domicile",
            "fiche": self.fiche.pk,
            "photo": self.photo.pk,
            "photo_alt_text": "Nadia sourit devant une porte d'immeuble.",
            "quote": "je suis parfois la seule visite de la journée.",
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
            "caption_tracks": inline_formset(list(captions)),
        }
        fields.update(overrides)
        data = nested_form_data(fields)
        data["sectors"] = [self.sector.pk]  # a multiple choice, not a formset: kept as a list
        return data

    def post(self, data, publish=True):
        if publish:
            data["action-publish"] = "action-publish"
        url = reverse("wagtailadmin_pages:add", args=("portraits", "portraitpage", self.index.pk))
        return self.client.post(url, data)

    def assert_refused(self, response, field, message):
        assert response.status_code == 200, "the form should be shown again"
        errors = response.context["form"].errors
        assert field in errors, errors
        assert message in " ".join(errors[field]), errors[field]
        assert not PortraitPage.objects.exists()


class TestCreatePortraits(PortraitAdminTestCase):
    def test_a_journalist_creates_a_written_portrait(self):
        self.assertCanCreate(self.index, PortraitPage, self.form_data())
        page = PortraitPage.objects.get(slug="nadia")
        assert page.format == "article"
        assert list(page.sectors.all()) == [self.sector]
        assert page.consent_website and not page.consent_print

    def test_a_journalist_creates_a_video_portrait_with_captions(self):
        video = MediaFactory(video=True)
        data = self.form_data(
            media=video.pk,
            transcript="Le matin, je passe dans chaque chambre.",
            captions=[{"language": "fr", "file": vtt()}],
        )
        self.assertCanCreate(self.index, PortraitPage, data)
        page = PortraitPage.objects.get(slug="nadia")
        assert page.format == "video"
        assert page.duration_seconds == 6
        assert [track.language for track in page.caption_tracks.all()] == ["fr"]

    def test_the_admin_form_has_content_media_consent_and_promote_tabs(self):
        url = reverse("wagtailadmin_pages:add", args=("portraits", "portraitpage", self.index.pk))
        text = self.client.get(url).content.decode()
        for field in ("consent_signed_on", "consent_social_networks", "consent_withdrawn_on", "transcript"):
            assert f'name="{field}"' in text
        assert text.count('role="tab"') >= 4


class TestBadInputIsRefused(PortraitAdminTestCase):
    def test_a_quote_longer_than_280_characters_is_refused(self):
        self.assert_refused(self.post(self.form_data(quote="a" * 281)), "quote", "280")

    def test_a_missing_photo_description_is_refused(self):
        self.assert_refused(self.post(self.form_data(photo_alt_text="")), "photo_alt_text", "")

    def test_a_video_without_transcript_is_refused(self):
        video = MediaFactory(video=True)
        data = self.form_data(media=video.pk, captions=[{"language": "fr", "file": vtt()}])
        self.assert_refused(self.post(data), "transcript", "transcript")

    def test_a_podcast_without_transcript_is_refused(self):
        self.assert_refused(self.post(self.form_data(media=MediaFactory().pk)), "transcript", "transcript")

    def test_a_video_without_captions_is_refused(self):
        data = self.form_data(media=MediaFactory(video=True).pk, transcript="Bonjour.")
        self.assert_refused(self.post(data), "media", "WebVTT")

    def test_a_file_claiming_to_be_a_video_but_holding_sound_is_refused(self):
        fake_video = MediaFactory(type="video", title="Pas une vidéo")
        data = self.form_data(
            media=fake_video.pk, transcript="Bonjour.", captions=[{"language": "fr", "file": vtt()}]
        )
        self.assert_refused(self.post(data), "media", "pas une vidéo")

    def test_a_text_file_claiming_to_be_audio_is_refused(self):
        fake = MediaFactory(file=SimpleUploadedFile("episode.mp3", b"Ceci n'est pas du son." * 50))
        data = self.form_data(media=fake.pk, transcript="Bonjour.")
        self.assert_refused(self.post(data), "media", "ne peut pas être lu")

    def test_a_captions_file_that_is_not_webvtt_is_refused(self):
        video = MediaFactory(video=True)
        data = self.form_data(
            media=video.pk,
            transcript="Bonjour.",
            captions=[{"language": "fr", "file": vtt(content=b"1\n00:00:01,000 --> 00:00:02,000\nSRT\n")}],
        )
        response = self.post(data)
        assert response.status_code == 200
        errors = response.context["form"].formsets["caption_tracks"].errors
        assert "WEBVTT" in str(errors)
        assert not PortraitPage.objects.exists()

    def test_a_captions_file_with_bad_timings_is_refused(self):
        video = MediaFactory(video=True)
        bad = b"WEBVTT\n\n00:00:01.000 --> 00:00:0X.000\nBonjour\n"
        data = self.form_data(
            media=video.pk, transcript="Bonjour.", captions=[{"language": "fr", "file": vtt(content=bad)}]
        )
        response = self.post(data)
        errors = response.context["form"].formsets["caption_tracks"].errors
        assert "Ligne 3" in str(errors)
        assert not PortraitPage.objects.exists()
