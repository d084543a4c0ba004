"""The feeds of a portrait index: RSS 2.0 of the latest portraits, and the podcast of the audio ones.

Built on Django's syndication framework. The podcast feed adds the tags podcast applications
read: Apple's `itunes:` namespace (image, category, explicit, duration) and the Podcasting 2.0
`podcast:transcript` link to each episode's transcript.
"""

import os
from urllib.parse import urljoin

from django.contrib.syndication.views import Feed
from django.db.models import Prefetch
from django.utils.feedgenerator import Enclosure, Rss201rev2Feed
from django.utils.translation import gettext as _

from wagtail.images import get_image_model

FEED_LENGTH = 20
PODCAST_LENGTH = 100
ARTWORK_SPEC = "fill-1400x1400|format-jpeg"
ITUNES_NS = "http://www.itunes.com/dtds/podcast-1.0.dtd"
PODCAST_NS = "https://podcastindex.org/namespace/1.0"
AUDIO_TYPES = {
    ".mp3": "audio/mpeg",
    ".m4a": "audio/mp4",
    ".mp4": "audio/mp4",
    ".aac": "audio/aac",
    ".ogg": "audio/ogg",
    ".oga": "audio/ogg",
    ".opus": "audio/ogg",
    ".wav": "audio/wav",
    ".flac": "audio/flac",
}


def audio_type(file_name):
    return AUDIO_TYPES.get(os.path.splitext(file_name)[1].lower(), "audio/mpeg")


def file_size(field_file):
    """The size in bytes of a stored file, 0 when the storage cannot tell."""
    try:
        return field_file.size
    except (OSError, ValueError):
        return 0


class LatestPortraitsFeed(Feed):
    """RSS 2.0: the latest portraits of one language, newest first."""

    feed_type = Rss201rev2Feed

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def get_object(self, request, index_page):
        self.language = index_page.locale.language_code  # Django reads it as an attribute
        self.index_url = index_page.get_full_url(request)
        return index_page

    def absolute(self, url):
        """`url` on the site's own address (its Wagtail root URL), like the pages' links."""
        return urljoin(self.index_url, url)

    def title(self, index_page):
        return _("%(title)s · I love my job") % {"title": index_page.seo_title or index_page.title}

    def link(self, index_page):
        return self.index_url

    def feed_url(self, index_page):
        return self.absolute(self.request.path)

    def description(self, index_page):
        return index_page.introduction or index_page.search_description or self.title(index_page)

    def portraits(self, index_page):
        from portraits.models import PortraitPage

        return (
            PortraitPage.objects.child_of(index_page)
            .live()
            .select_related("media")
            .order_by("-first_published_at", "-pk")
        )

    def items(self, index_page):
        return self.portraits(index_page)[:FEED_LENGTH]

    def item_title(self, portrait):
        return portrait.title

    def item_description(self, portrait):
        text = _("I love my job because…") + " " + portrait.quote
        return f"{text}\n\n{portrait.introduction}".strip()

    def item_link(self, portrait):
        return portrait.get_full_url(self.request)

    def item_guid(self, portrait):
        return portrait.get_full_url(self.request)

    def item_pubdate(self, portrait):
        return portrait.first_published_at

    def item_updateddate(self, portrait):
        return portrait.last_published_at

    def item_categories(self, portrait):
        return [portrait.get_format_display(), portrait.job_title]


class ItunesPodcastFeed(Rss201rev2Feed):
    """RSS 2.0 with the tags of Apple Podcasts and of the Podcasting 2.0 namespace."""

    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:itunes": ITUNES_NS, "xmlns:podcast": PODCAST_NS}

    def add_root_elements(self, handler):
        super().add_root_elements(handler)
        feed = self.feed
        handler.addQuickElement("itunes:author", feed["itunes_author"])
        handler.addQuickElement("itunes:summary", feed["description"])
        handler.addQuickElement("itunes:type", "episodic")
        handler.addQuickElement("itunes:explicit", "false")
        handler.startElement("itunes:category", {"text": "Business"})
        handler.addQuickElement("itunes:category", attrs={"text": "Careers"})
        handler.endElement("itunes:category")
        if feed.get("artwork_url"):
            handler.addQuickElement("itunes:image", attrs={"href": feed["artwork_url"]})
            handler.startElement("image", {})
            handler.addQuickElement("url", feed["artwork_url"])
            handler.addQuickElement("title", feed["title"])
            handler.addQuickElement("link", feed["link"])
            handler.endElement("image")

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        handler.addQuickElement("itunes:duration", str(item["duration"] or 0))
        handler.addQuickElement("itunes:explicit", "false")
        handler.addQuickElement("itunes:episodeType", "full")
        if item.get("artwork_url"):
            handler.addQuickElement("itunes:image", attrs={"href": item["artwork_url"]})
        handler.addQuickElement(
            "podcast:transcript", attrs={"url": item["transcript_url"], "type": "text/html"}
        )


class PodcastFeed(LatestPortraitsFeed):
    """The podcast: the audio portraits of one language, each an episode with its enclosure,
    its duration, its artwork (the photo) and a link to its transcript."""

    feed_type = ItunesPodcastFeed

    def title(self, index_page):
        return _("I love my job, the podcast")

    def description(self, index_page):
        return _(
            "Care workers, educators and social workers tell, in their own voice, why they love their job."
        )

    def items(self, index_page):
        if getattr(self, "_episodes", None) is None:
            self._episodes = self.episodes(index_page)
        return self._episodes

    def episodes(self, index_page):
        from portraits.models import PortraitPage

        renditions = get_image_model().get_rendition_model().objects.filter(filter_spec=ARTWORK_SPEC)
        return list(
            self.portraits(index_page)
            .filter(format=PortraitPage.Format.PODCAST)
            .select_related("photo")
            .prefetch_related(Prefetch("photo__renditions", queryset=renditions))[:PODCAST_LENGTH]
        )

    def artwork_url(self, image):
        return self.absolute(image.get_rendition(ARTWORK_SPEC).url) if image else ""

    def feed_extra_kwargs(self, index_page):
        image = index_page.social_image
        if image is None:
            first = next(iter(self.items(index_page)), None)
            image = first.photo if first else None
        return {
            "itunes_author": _("I love my job"),
            "artwork_url": self.artwork_url(image),
        }

    def item_enclosures(self, portrait):
        media_file = portrait.media.file
        return [
            Enclosure(
                self.absolute(portrait.media.url),
                str(file_size(media_file)),
                audio_type(media_file.name),
            )
        ]

    def item_extra_kwargs(self, portrait):
        return {
            "duration": portrait.duration_seconds,
            "artwork_url": self.artwork_url(portrait.photo),
            "transcript_url": portrait.get_full_url(self.request) + "#transcript",
        }
