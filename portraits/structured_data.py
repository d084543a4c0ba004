"""schema.org JSON-LD of a portrait: an Article, with its VideoObject or PodcastEpisode."""

import mimetypes

from django.conf import settings
from django.utils.translation import gettext as _

from wagtail.models import Site


def _iso(moment):
    return moment.isoformat() if moment else None


def _without_empty(data):
    return {key: value for key, value in data.items() if value not in (None, "", [], {})}


def portrait(page, request, *, image, translation=None):
    """The JSON-LD graph of `page`; `image` is a rendition, `translation` the other language's page."""
    url = request.build_absolute_uri(page.get_url(request))
    image_url = request.build_absolute_uri(image.url)
    description = page.introduction or page.quote
    language = page.locale.language_code
    site = Site.find_for_request(request)
    article = _without_empty(
        {
            "@type": "Article",
            "@id": f"{url}#article",
            "headline": page.title[:110],
            "description": description,
            "inLanguage": language,
            "url": url,
            "mainEntityOfPage": url,
            "image": image_url,
            "datePublished": _iso(page.first_published_at),
            "dateModified": _iso(page.last_published_at),
            "timeRequired": f"PT{page.reading_time}M",
            "about": {"@type": "Person", "givenName": page.first_name, "jobTitle": page.job_title},
            "publisher": {"@type": "Organization", "name": site.site_name if site else _("I love my job")},
        }
    )
    if translation is not None:
        is_source = language == settings.LANGUAGE_CODE
        translation_url = request.build_absolute_uri(translation.get_url(request))
        article["workTranslation" if is_source else "translationOfWork"] = {
            "@type": "Article",
            "@id": f"{translation_url}#article",
            "url": translation_url,
            "inLanguage": translation.locale.language_code,
        }
    graph = [article]
    if page.media_id is not None:
        media = page.media
        content_url = request.build_absolute_uri(media.url)
        common = {
            "name": page.title,
            "description": description,
            "inLanguage": language,
            "duration": page.duration_iso,
        }
        if page.is_video:
            thumbnail = request.build_absolute_uri(media.thumbnail.url) if media.thumbnail else image_url
            video = _without_empty(
                {
                    "@type": "VideoObject",
                    "@id": f"{url}#video",
                    **common,
                    "transcript": page.transcript,
                    "contentUrl": content_url,
                    "thumbnailUrl": thumbnail,
                    "uploadDate": _iso(media.created_at),
                }
            )
            article["video"] = {"@id": video["@id"]}
            graph.append(video)
        else:
            audio = _without_empty(
                {
                    "@type": "AudioObject",
                    "contentUrl": content_url,
                    "encodingFormat": mimetypes.guess_type(media.filename)[0],
                    "duration": page.duration_iso,
                    "transcript": page.transcript,
                    "uploadDate": _iso(media.created_at),
                }
            )
            episode = _without_empty(
                {
                    "@type": "PodcastEpisode",
                    "@id": f"{url}#episode",
                    **common,
                    "url": url,
                    "datePublished": _iso(page.first_published_at),
                    "image": image_url,
                    "associatedMedia": audio,
                    "partOfSeries": {"@type": "PodcastSeries", "name": _("I love my job")},
                }
            )
            article["audio"] = audio
            graph.append(episode)
    return {"@context": "https://schema.org", "@graph": graph}
