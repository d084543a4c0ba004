"""The demo loader fills the portraits in French and Dutch, idempotently, and scales."""

import io

import pytest

from fiches import demo_content as fiches_demo
from home import demo_content as home_demo
from home.demo import DemoContext
from portraits import demo_content
from portraits.factories import PortraitPageFactory
from portraits.models import PortraitIndexPage, PortraitPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def context():
    context = DemoContext(stdout=io.StringIO())
    home_demo.load(context)
    return context


def test_the_demo_has_bilingual_articles_videos_and_podcasts_and_loads_only_once(context, client):
    fiches_demo.load(context)
    demo_content.load(context)

    french = PortraitPage.objects.filter(locale=context.french)
    assert french.count() >= 12
    assert french.filter(format="video").count() >= 2
    assert french.filter(format="podcast").count() >= 3
    assert PortraitPage.objects.filter(locale=context.dutch).live().count() == french.count()
    index = PortraitIndexPage.objects.get(locale=context.french)
    assert index.slug == "portraits" and index.title == "Portraits"
    assert PortraitIndexPage.objects.get(locale=context.dutch).title == "Portretten"
    assert all(page.fiche.slug for page in french.select_related("fiche"))
    video = french.filter(format="video").first()
    assert sorted(track.language for track in video.caption_tracks.all()) == ["fr", "nl"]
    assert video.duration_seconds == 6
    assert client.get("/nl/portraits/").status_code == 200
    assert client.get(video.get_translation(context.dutch).url).status_code == 200

    demo_content.load(context)
    assert PortraitPage.objects.filter(locale=context.french).count() == french.count()


def test_a_portrait_whose_profession_sheet_is_missing_is_skipped_with_a_message(context):
    demo_content.load(context)

    assert not PortraitPage.objects.exists()
    assert "Portrait 'nadia-infirmiere-a-domicile' skipped" in context.stdout.getvalue()


def test_scale_adds_synthetic_french_portraits(context):
    fiches_demo.load(context)
    context.scale = 5
    demo_content.load_scale(context, demo_content.load_index(context))

    assert PortraitPage.objects.filter(slug__startswith="portrait-synthetique-").live().count() == 5


def test_the_portrait_factories_make_valid_pages(make_portrait):
    for portrait in (make_portrait(), make_portrait(video=True), make_portrait(podcast=True)):
        portrait.full_clean()
    assert PortraitPageFactory._meta.model is PortraitPage
