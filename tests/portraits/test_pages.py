"""A visitor reads portraits in French and Dutch; the page tree keeps its shape."""

import json
import re

import pytest

from django.core.files.base import ContentFile

from wagtail.test.utils import WagtailPageTestCase

from fiches.models import FichePage
from home.factories import build_bilingual_site
from home.models import HomePage, Region, Sector, StandardPage
from portraits.factories import MediaFactory, PortraitCaptionTrackFactory
from portraits.models import PortraitIndexPage, PortraitPage

pytestmark = pytest.mark.django_db


def json_ld(response):
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', response.text, re.S)
    assert match, "no JSON-LD in the page"
    graph = json.loads(match.group(1))["@graph"]
    return {node["@type"]: node for node in graph}


def test_a_written_portrait_shows_the_person_the_quote_and_a_link_to_the_profession_sheet(
    client, make_portrait, fiche, locales
):
    brussels = Region.objects.create(locale=locales.fr, name="Bruxelles", slug="bruxelles")
    health = Sector.objects.create(locale=locales.fr, name="Santé", slug="sante")
    portrait = make_portrait(employer="Soins chez soi, Schaerbeek", region=brussels)
    portrait.sectors = [health]
    portrait.save()

    response = client.get("/fr/portraits/" + portrait.slug + "/")

    assert response.status_code == 200
    assert "portraits/portrait_page.html" in [template.name for template in response.templates]
    text = response.text
    assert "<h1>Nadia, infirmière à domicile</h1>" in text
    assert "Infirmière à domicile" in text
    assert "Chaque visite compte" in text
    assert "J'aime mon métier parce que…" in text
    assert "Soins chez soi, Schaerbeek" in text
    assert "Bruxelles" in text and "Santé" in text
    assert f'href="{fiche.url}"' in text
    assert (
        'alt="Nadia sourit, sa sacoche de soins à l&#x27;épaule, devant une porte d&#x27;immeuble."' in text
    )
    assert "<video" not in text and "<audio" not in text


def test_a_video_portrait_plays_with_captions_in_each_language_and_an_expandable_transcript(
    client, make_portrait
):
    portrait = make_portrait(video=True)
    PortraitCaptionTrackFactory(page=portrait, language="fr")
    PortraitCaptionTrackFactory(
        page=portrait,
        language="nl",
        file=ContentFile(b"WEBVTT\n\n00:00.000 --> 00:02.000\nGoeiemorgen\n", "nl.vtt"),
    )

    text = client.get(portrait.url).text

    assert "<video" in text
    assert re.search(r'<track kind="captions" src="[^"]+\.vtt" srclang="fr" label="[^"]+" default>', text)
    assert re.search(r'<track kind="captions" src="[^"]+\.vtt" srclang="nl" label="[^"]+">', text)
    assert "<details" in text and "Le matin, je passe dans chaque chambre" in text


def test_a_podcast_portrait_has_a_native_audio_player_and_its_transcript(client, make_portrait):
    portrait = make_portrait(podcast=True)

    text = client.get(portrait.url).text

    assert "<audio" in text and portrait.media.url in text
    assert "je m&#x27;appelle Martine" in text


def test_the_dutch_translation_shows_the_dutch_texts_and_dutch_region(
    client, make_portrait, translate, locales
):
    brussels = Region.objects.create(locale=locales.fr, name="Bruxelles", slug="bruxelles")
    from home.localization import translate_from_glossary

    translate_from_glossary(brussels, locales.nl, {"Bruxelles": "Brussel"})
    portrait = make_portrait(region=brussels)
    dutch = translate(portrait)

    response = client.get(dutch.url)

    assert dutch.url.startswith("/nl/")
    assert response.status_code == 200
    assert '<html lang="nl">' in response.text
    assert "Elk bezoek telt" in response.text
    assert "Thuisverpleegkundige" in response.text
    assert "Brussel" in response.text and "Bruxelles" not in response.text
    assert "Chaque visite compte" not in response.text


def test_the_json_ld_is_an_article_pointing_at_its_translation(client, make_portrait, translate):
    portrait = make_portrait()
    dutch = translate(portrait)

    french_nodes = json_ld(client.get(portrait.url))
    dutch_nodes = json_ld(client.get(dutch.url))

    article = french_nodes["Article"]
    assert article["headline"] == "Nadia, infirmière à domicile"
    assert article["inLanguage"] == "fr"
    assert article["about"] == {"@type": "Person", "givenName": "Nadia", "jobTitle": "Infirmière à domicile"}
    assert article["workTranslation"]["url"].endswith(dutch.url)
    assert dutch_nodes["Article"]["translationOfWork"]["url"].endswith(portrait.url)
    assert set(french_nodes) == {"Article"}


def test_the_json_ld_of_a_video_has_a_video_object_with_transcript_and_duration(client, make_portrait):
    portrait = make_portrait(video=True)

    video = json_ld(client.get(portrait.url))["VideoObject"]

    assert video["transcript"] == "Le matin, je passe dans chaque chambre pour dire bonjour."
    assert video["duration"] == "PT6S"
    assert video["contentUrl"].startswith("http://testserver/") and video["contentUrl"].endswith(".mp4")
    assert video["thumbnailUrl"].startswith("http://testserver/")
    assert video["uploadDate"]


def test_the_json_ld_of_a_podcast_has_an_episode_with_its_audio_and_transcript(client, make_portrait):
    portrait = make_portrait(podcast=True)

    episode = json_ld(client.get(portrait.url))["PodcastEpisode"]

    assert episode["associatedMedia"]["@type"] == "AudioObject"
    assert episode["associatedMedia"]["transcript"].startswith("Bonjour, je m'appelle Martine")
    assert episode["associatedMedia"]["duration"] == "PT8S"
    assert episode["associatedMedia"]["encodingFormat"] == "audio/mpeg"


def test_the_json_ld_cannot_be_broken_out_of_by_a_quote(client, make_portrait):
    portrait = make_portrait(introduction="</script><script>alert('x')</script> & co")

    response = client.get(portrait.url)

    assert "<script>alert" not in response.text
    assert json_ld(response)["Article"]["description"] == "</script><script>alert('x')</script> & co"


def test_the_profession_sheet_lists_the_portraits_that_illustrate_it(make_portrait, fiche):
    portrait = make_portrait()

    assert list(FichePage.objects.get(pk=fiche.pk).portraits.all()) == [portrait.page_ptr.specific]


def test_a_portrait_lives_at_its_slug_under_the_portraits_index(client, make_portrait):
    portrait = make_portrait(slug="nadia-infirmiere")

    assert portrait.url == "/fr/portraits/nadia-infirmiere/"
    assert client.get("/fr/portraits/nadia-infirmiere/").status_code == 200
    assert client.get("/fr/portraits/nobody/").status_code == 404


def test_a_withdrawn_consent_is_recorded_but_the_portrait_is_otherwise_unchanged(make_portrait):
    import datetime

    portrait = make_portrait(consent_print=True, consent_withdrawn_on=datetime.date(2030, 1, 1))

    assert portrait.consent_scopes == ["website", "social_networks", "print"]
    assert portrait.has_consent("print", on=datetime.date(2029, 12, 31))
    assert not portrait.has_consent("print", on=datetime.date(2030, 1, 1))


class TestTreeRules(WagtailPageTestCase):
    def test_portraits_go_under_the_index_which_goes_under_the_home_page(self):
        self.assertCanCreateAt(HomePage, PortraitIndexPage)
        self.assertCanCreateAt(PortraitIndexPage, PortraitPage)
        self.assertCanNotCreateAt(HomePage, PortraitPage)
        self.assertCanNotCreateAt(StandardPage, PortraitPage)
        self.assertCanNotCreateAt(PortraitPage, PortraitPage)
        self.assertCanNotCreateAt(PortraitIndexPage, PortraitIndexPage)

    def test_a_home_page_has_one_portrait_index_at_most(self):
        french, _dutch = build_bilingual_site()
        french.add_child(instance=PortraitIndexPage(title="Portraits", slug="portraits"))
        assert not PortraitIndexPage.can_create_at(french)


def test_media_factory_makes_a_video_with_a_real_file():
    media = MediaFactory(video=True)
    assert media.type == "video" and media.file.name.endswith(".mp4")
