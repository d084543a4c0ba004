"""Site navigation: the localized home page, the main menu and the language switcher.

Each helper memoises its result on the request, so that the header, the switcher, the hreflang
alternates and the 404 page share it, and keeps it in the shared cache until the content changes
(home/caching.py), so that most pages need no query for them at all.
"""

from dataclasses import dataclass
from functools import wraps

from django.conf import settings
from django.db.models import Subquery
from django.utils import translation

from wagtail.models import Page, Site

from home.caching import cached_per_site_and_language


@dataclass(frozen=True)
class LanguageLink:
    language_code: str
    name: str
    url: str
    is_current: bool
    is_translation: bool  # False when the link falls back to the other language's home page


def memoised_on_request(function):
    attribute = f"_vocations_{function.__name__}"

    @wraps(function)
    def wrapper(request, *args):
        cache = request.__dict__.setdefault(attribute, {})
        if args not in cache:
            cache[args] = function(request, *args)
        return cache[args]

    return wrapper


@memoised_on_request
@cached_per_site_and_language
def home_pages_by_language(request):
    """The live home page of each language, keyed by language code (one query)."""
    site = Site.find_for_request(request)
    if site is None:
        return {}
    root_key = Page.objects.filter(pk=site.root_page_id).values("translation_key")
    homes = Page.objects.filter(translation_key=Subquery(root_key)).live().select_related("locale")
    return {home.locale.language_code: home for home in homes}


def localized_home(request):
    return home_pages_by_language(request).get(translation.get_language())


@memoised_on_request
@cached_per_site_and_language
def main_menu(request):
    """The live children of this language's home page marked 'show in menus' (one query)."""
    home = localized_home(request)
    if home is None:
        return []
    return list(Page.objects.child_of(home).live().in_menu())


@memoised_on_request
@cached_per_site_and_language
def language_links(request, page=None):
    """One link per language the page exists in, live; without a page (a 404, the search page),
    one link per language to its home page."""
    current = translation.get_language()
    translations = {}
    if page is not None and getattr(page, "pk", None):
        for candidate in page.get_translations(inclusive=True).live().select_related("locale"):
            translations[candidate.locale.language_code] = candidate
    links = []
    for code, name in settings.LANGUAGES:
        target = translations.get(code)
        is_translation = target is not None
        if target is None and not translations:
            target = home_pages_by_language(request).get(code)
        if target is None:
            continue  # no Dutch version of this page: the switcher does not offer Dutch
        links.append(
            LanguageLink(
                language_code=code,
                name=name,
                url=target.get_url(request=request),
                is_current=code == current,
                is_translation=is_translation,
            )
        )
    return links
