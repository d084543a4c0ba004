"""RSS 2.0 of the latest portraits and the podcast feed, per language, read with feedparser as a
feed reader or a podcast application reads them."""

import datetime

import feedparser
import pytest

from django.utils import timezone

from portraits.factories import DEMO_MEDIA

pytestmark = pytest.mark.django_db


@pytest.fixture
def portraits(make_portrait):
    """An article, a video and two podcast episodes (MP3 and M4A), newest first; and a draft."""
    now = timezone.now()
    article = make_portrait(title="Léa, puéricultrice", first_name="Léa", first_published_at=now)
    video = make_portrait(
        title="Karim, aide-soignant",
        first_name="Karim",
        video=True,
        first_published_at=now - datetime.timedelta(days=1),
    )
    mp3 = make_portrait(
        title="Martine, aide familiale",
        first_name="Martine",
        podcast=True,
        first_published_at=now - datetime.timedelta(days=2),
    )
    m4a = make_portrait(
        title="Youssef, moniteur d'atelier",
        first_name="Youssef",
        podcast=True,
        media__file__from_path=DEMO_MEDIA / "episode-atelier.m4a",
        first_published_at=now - datetime.timedelta(days=3),
    )
    make_portrait(title="Brouillon", first_name="Brouillon", podcast=True, live=False)
    return article, video, mp3, m4a


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "rss20"
    return feed


def test_the_rss_feed_lists_the_latest_live_portraits_newest_first(client, portraits):
    feed = parse(client, "/fr/portraits/rss/")

    assert feed.feed.title == "Portraits · J'aime mon métier"
    assert feed.feed.language == "fr"
    assert feed.feed.link == "http://localhost/fr/portraits/"
    assert [entry.title for entry in feed.entries] == [
        "Léa, puéricultrice",
        "Karim, aide-soignant",
        "Martine, aide familiale",
        "Youssef, moniteur d'atelier",
    ]
    first = feed.entries[0]
    assert first.link == portraits[0].get_full_url()
    assert first.id == portraits[0].get_full_url()
    assert first.summary.startswith("J'aime mon métier parce que… Chaque visite compte")
    assert first.published_parsed is not None
    assert {tag.term for tag in feed.entries[1].tags} == {"Vidéo", "Infirmière à domicile"}


def test_the_podcast_feed_carries_what_podcast_applications_need(client, portraits, media_file):
    article, video, mp3, m4a = portraits

    feed = parse(client, "/fr/portraits/podcast/")

    assert feed.namespaces["itunes"] == "http://www.itunes.com/dtds/podcast-1.0.dtd"
    assert feed.namespaces["podcast"] == "https://podcastindex.org/namespace/1.0"
    assert feed.feed.title == "J'aime mon métier, le podcast"
    assert feed.feed.language == "fr"
    assert "<itunes:explicit>false</itunes:explicit>" in client.get("/fr/portraits/podcast/").text
    assert feed.feed.image.href.startswith("http://localhost/")
    assert feed.feed.image.href.endswith(".jpg")
    assert feed.feed.tags[0].term == "Business"
    assert [entry.title for entry in feed.entries] == [
        "Martine, aide familiale",
        "Youssef, moniteur d'atelier",
    ]

    episode = feed.entries[0]
    (enclosure,) = episode.enclosures
    assert enclosure.type == "audio/mpeg"
    assert enclosure.href == "http://localhost" + mp3.media.url
    assert int(enclosure.length) == len(media_file("episode-domicile.mp3"))
    assert int(episode.itunes_duration) == mp3.duration_seconds > 0
    assert episode.image.href.endswith(".jpg")
    assert feed.entries[1].enclosures[0].type == "audio/mp4"
    assert int(feed.entries[1].enclosures[0].length) == len(media_file("episode-atelier.m4a"))


def test_each_episode_links_to_its_transcript(client, portraits):
    response = client.get("/fr/portraits/podcast/")
    feed = feedparser.parse(response.content)
    mp3 = portraits[2]

    transcript_url = mp3.get_full_url() + "#transcript"
    assert f'<podcast:transcript type="text/html" url="{transcript_url}"/>' in response.text
    assert feed.entries[0].podcast_transcript["url"] == transcript_url
    page = client.get(mp3.url).text
    assert 'id="transcript"' in page
    assert "je suis aide familiale depuis vingt ans" in page


def test_the_dutch_feeds_list_the_dutch_portraits(client, make_portrait, translate):
    make_portrait(slug="niet-vertaald", podcast=True)
    episode = translate(make_portrait(podcast=True))

    rss = parse(client, "/nl/portraits/rss/")
    podcast = parse(client, "/nl/portraits/podcast/")

    assert rss.feed.language == "nl"
    assert rss.feed.title == "Portretten · Ik hou van mijn job"
    assert podcast.feed.title == "Ik hou van mijn job, de podcast"
    assert [entry.title for entry in podcast.entries] == ["Nadia, thuisverpleegkundige"]
    assert [entry.link for entry in rss.entries] == [episode.get_full_url()]
    assert podcast.entries[0].podcast_transcript["url"] == episode.get_full_url() + "#transcript"


def test_empty_feeds_are_still_valid(client, portrait_index):
    assert parse(client, "/fr/portraits/rss/").entries == []
    assert parse(client, "/fr/portraits/podcast/").entries == []


@pytest.mark.parametrize(("url", "queries"), [("/fr/portraits/rss/", 3), ("/fr/portraits/podcast/", 4)])
def test_a_feed_costs_the_same_queries_with_2_or_20_episodes(
    client, make_portrait, url, queries, django_assert_num_queries
):
    for number in range(2):
        make_portrait(podcast=True, slug=f"episode-{number}")
    client.get(url)  # the artwork renditions are made on the first visit
    with django_assert_num_queries(queries):
        client.get(url)

    for number in range(2, 20):
        make_portrait(podcast=True, slug=f"episode-{number}")
    client.get(url)
    with django_assert_num_queries(queries):
        client.get(url)
