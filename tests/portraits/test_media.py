"""Format, duration and file type come from the media file itself; captions must be WebVTT."""

import io
from pathlib import Path

import pytest

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.models import Collection
from wagtailmedia.models import get_media_model

from portraits.captions import validate_webvtt
from portraits.factories import MediaFactory
from portraits.media import AUDIO, VIDEO, read_media_facts
from portraits.reading import reading_minutes

DEMO_MEDIA = Path(__file__).resolve().parents[2] / "portraits" / "demo_media"

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("name", "kind", "seconds"),
    [
        ("video-soins.mp4", VIDEO, 6),
        ("episode-domicile.mp3", AUDIO, 8),
        ("episode-atelier.m4a", AUDIO, 7),
        ("episode-jeunesse.ogg", AUDIO, 5),
    ],
)
def test_the_kind_and_duration_are_read_from_the_file(name, kind, seconds):
    facts = read_media_facts(io.BytesIO((DEMO_MEDIA / name).read_bytes()))

    assert facts.kind == kind
    assert round(facts.duration) == seconds


def test_a_text_file_is_not_a_media_file():
    assert read_media_facts(io.BytesIO(b"WEBVTT\n\nnot a video at all" * 20)) is None


def test_a_webm_header_is_read_for_its_kind_and_duration():
    # A minimal WebM: EBML header, Segment > Info (TimecodeScale 1 ms, Duration 4500.0) > Tracks (video).
    info = b"\x2a\xd7\xb1\x83\x0f\x42\x40" + b"\x44\x89\x84" + bytes.fromhex("458ca000")
    tracks = b"\x16\x54\xae\x6b\x85" + b"\xae\x83" + b"\x83\x81\x01"
    segment_body = b"\x15\x49\xa9\x66" + bytes([0x80 | len(info)]) + info + tracks
    data = b"\x1a\x45\xdf\xa3\x80" + b"\x18\x53\x80\x67\x01\xff\xff\xff\xff\xff\xff\xff" + segment_body

    facts = read_media_facts(io.BytesIO(data))

    assert facts.kind == VIDEO
    assert facts.duration == pytest.approx(4.5)


def test_the_duration_is_filled_from_the_file_when_a_media_is_saved_whatever_was_typed():
    media = MediaFactory(duration=999)
    media.refresh_from_db()
    assert media.duration == pytest.approx(8.05, abs=0.05)


def test_the_format_is_derived_from_the_media(make_portrait):
    assert make_portrait().format == "article"
    assert make_portrait(video=True).format == "video"
    podcast = make_portrait(podcast=True)
    assert podcast.format == "podcast"
    podcast.media = None
    podcast.save()
    assert podcast.format == "article"


def test_the_duration_of_a_portrait_is_its_media_duration(make_portrait):
    portrait = make_portrait(video=True)
    assert portrait.duration_seconds == 6
    assert portrait.duration_iso == "PT6S"


def test_the_reading_time_counts_introduction_body_and_transcript(make_portrait):
    words = " ".join(["mot"] * 250)
    portrait = make_portrait(
        introduction=words,
        body=[("paragraph", f"<p>{words}</p>")],
        podcast=True,
        transcript=words,
    )
    assert portrait.reading_time == 4  # 750 words at 200 a minute
    assert reading_minutes(["Bonjour."]) == 1


class TestWebVTT:
    def check(self, content):
        validate_webvtt(SimpleUploadedFile("captions.vtt", content))

    def test_a_well_formed_file_passes(self):
        self.check((DEMO_MEDIA / "video-soins.nl.vtt").read_bytes())
        self.check(
            b"\xef\xbb\xbfWEBVTT - Ondertitels\r\n\r\n00:01.000 --> 00:02.500 align:start\r\nHallo\r\n"
        )

    @pytest.mark.parametrize(
        ("content", "message"),
        [
            (b"1\n00:00:01,000 --> 00:00:02,000\nSRT\n", "WEBVTT"),
            (b"WEBVTT\n\n00:00:01,000 --> 00:00:02,000\nComma\n", "Ligne 3"),
            (b"WEBVTT\n\n00:00:05.000 --> 00:00:02.000\nBackwards\n", "finir après"),
            (b"WEBVTT\n\n", "aucun sous-titre"),
            (b"WEBVTT\n\n\xff\xfe\x00", "UTF-8"),
        ],
    )
    def test_a_bad_file_is_refused_with_a_clear_message(self, content, message):
        with pytest.raises(ValidationError) as error:
            self.check(content)
        assert message in str(error.value)


@pytest.fixture
def checked_uploads(settings):
    """wagtailmedia configured with the portraits upload form, as the project settings do."""
    settings.WAGTAILMEDIA = {**settings.WAGTAILMEDIA, "MEDIA_FORM_BASE": "portraits.media_upload.MediaForm"}


def upload(admin_client, media_type, name):
    data = {"title": "Essai", "collection": Collection.get_first_root_node().pk}
    data["file"] = SimpleUploadedFile(name, (DEMO_MEDIA / name).read_bytes())
    return admin_client.post(reverse("wagtailmedia:add", args=(media_type,)), data)


def test_a_sound_file_uploaded_as_a_video_is_refused_and_not_saved(admin_client, checked_uploads):
    response = upload(admin_client, "video", "episode-domicile.mp3")

    assert response.status_code == 200
    assert "pas une vidéo" in str(response.context["form"].errors["file"])
    assert not get_media_model().objects.exists()


def test_a_video_upload_has_no_duration_to_type_and_gets_it_from_the_file(admin_client, checked_uploads):
    form_page = admin_client.get(reverse("wagtailmedia:add", args=("video",)))
    assert 'name="duration"' not in form_page.content.decode()

    response = upload(admin_client, "video", "video-soins.mp4")

    assert response.status_code == 302
    assert get_media_model().objects.get().duration == pytest.approx(6.0, abs=0.05)


def test_the_webvtt_message_is_in_the_editor_s_language():
    from django.utils import translation

    with translation.override("nl"), pytest.raises(ValidationError) as error:
        validate_webvtt(SimpleUploadedFile("captions.vtt", b"Geen ondertitels"))
    assert "de eerste regel moet" in str(error.value)
