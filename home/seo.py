"""What search engines and social networks read in a page's <head>.

`seo_head(context)` gathers, for any template context, the title, description, canonical URL,
robots rule, Open Graph / Twitter card image and hreflang alternates. A view or page tunes it with
context variables:

- `canonical_url`: the absolute canonical address (a filtered listing points at its unfiltered
  listing);
- `seo_noindex`: True for pages that must not be indexed (filtered listings, search results);
- `hreflang_suffix`: appended to each translation's address, for a sub-route of a routable page
  (e.g. `archive/` of the agenda).

Views that are not Wagtail pages (search results, error pages) are `noindex` unless they say
`seo_noindex=False`.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.templatetags.static import static
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from wagtail.models import Page

from home import navigation

SOCIAL_IMAGE_SPEC = "fill-1200x630-c75|format-jpeg"
SOCIAL_IMAGE_SIZE = (1200, 630)
DEFAULT_SOCIAL_IMAGE = "img/social-default.png"
DESCRIPTION_LENGTH = 200
# The image a page type is best shown with when no social image is set, in order of preference.
FALLBACK_IMAGE_FIELDS = ("photo", "header_image", "hero_image", "image", "listing_image")
# Text fields a page type is best described by when no search description is set.
FALLBACK_DESCRIPTION_FIELDS = ("listing_summary", "introduction", "summary", "hero_text", "quote")
# og:type per page model; "website" for the others.
OPEN_GRAPH_TYPES = {"portraitpage": "article", "fichepage": "article"}
OPEN_GRAPH_LOCALES = {"fr": "fr_BE", "nl": "nl_BE"}


@dataclass(frozen=True)
class SocialImage:
    url: str
    width: int
    height: int
    alt: str
    mime_type: str


@dataclass(frozen=True)
class Alternate:
    hreflang: str
    url: str


@dataclass
class SeoHead:
    title: str
    description: str
    canonical_url: str
    noindex: bool
    open_graph_type: str
    locale: str
    image: SocialImage
    alternates: list = field(default_factory=list)
    other_locales: list = field(default_factory=list)

    @property
    def robots(self):
        return "noindex, follow" if self.noindex else "index, follow"

    @property
    def twitter_card(self):
        return "summary_large_image"


def absolute_url(request, url):
    """An absolute address on the host the visitor asked for (one of ALLOWED_HOSTS)."""
    if not url or url.startswith(("http://", "https://")) or request is None:
        return url
    return request.build_absolute_uri(url)


def wagtail_page(context):
    page = context.get("page")
    return page if isinstance(page, Page) else None


def page_title(page):
    return (page.seo_title or page.title) if page is not None else ""


def page_description(page):
    if page is not None:
        for name in ("search_description", *FALLBACK_DESCRIPTION_FIELDS):
            value = getattr(page, name, "")
            if value and isinstance(value, str):
                return Truncator(strip_tags(value).strip()).chars(DESCRIPTION_LENGTH)
    return _(
        "Nurses, care assistants, educators, social workers… They tell why they love their job. "
        "Portraits, profession sheets and open days near you."
    )


def page_image(page):
    """The social image, else the page type's own picture (portrait photo, header, hero…)."""
    if page is None:
        return None, ""
    if page.social_image_id:
        return page.social_image, ""
    for name in FALLBACK_IMAGE_FIELDS:
        if getattr(page, f"{name}_id", None):
            alt = getattr(page, f"{name}_alt_text", "") or ""
            return getattr(page, name), alt
    return None, ""


def social_image(request, page):
    image, alt = page_image(page)
    if image is not None:
        try:
            rendition = image.get_rendition(SOCIAL_IMAGE_SPEC)
        except (OSError, ValueError):
            # A file missing from storage must not take the page down with it.
            rendition = None
        if rendition is not None:
            return SocialImage(
                url=absolute_url(request, rendition.url),
                width=rendition.width,
                height=rendition.height,
                alt=alt or image.default_alt_text,
                mime_type="image/jpeg",
            )
    width, height = SOCIAL_IMAGE_SIZE
    return SocialImage(
        url=absolute_url(request, static(DEFAULT_SOCIAL_IMAGE)),
        width=width,
        height=height,
        alt=_("I love my job: care, social and non-profit jobs"),
        mime_type="image/png",
    )


def alternates(request, page, suffix=""):
    """hreflang links to every live translation, with x-default on the French version."""
    if page is None or request is None:
        return []
    links = [link for link in navigation.language_links(request, page) if link.is_translation]
    if not links:
        links = [navigation.LanguageLink(translation.get_language(), "", page.url or "", True, True)]
    result = [Alternate(link.language_code, absolute_url(request, link.url + suffix)) for link in links]
    default = next((item for item in result if item.hreflang == settings.LANGUAGE_CODE), result[0])
    result.append(Alternate("x-default", default.url))
    return result


def seo_head(context):
    request = context.get("request")
    page = wagtail_page(context)
    language = translation.get_language() or settings.LANGUAGE_CODE
    if "seo_noindex" in context:
        noindex = bool(context["seo_noindex"])
    else:
        noindex = page is None
    canonical = context.get("canonical_url") or ""
    if not canonical:
        if page is not None:
            canonical = absolute_url(request, page.get_url(request))
        elif request is not None:
            canonical = absolute_url(request, request.path)
    model_name = type(page)._meta.model_name if page is not None else ""
    return SeoHead(
        title=page_title(page),
        description=page_description(page),
        canonical_url=canonical,
        noindex=noindex,
        open_graph_type=OPEN_GRAPH_TYPES.get(model_name, "website"),
        locale=OPEN_GRAPH_LOCALES.get(language, language),
        image=social_image(request, page),
        alternates=alternates(request, page, context.get("hreflang_suffix", "")),
        other_locales=[code for lang, code in OPEN_GRAPH_LOCALES.items() if lang != language],
    )
