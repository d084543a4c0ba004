"""Site navigation: the localized home page, the main menu and the language switcher."""

from dataclasses import dataclass

from django.conf import settings
from django.utils import translation

from wagtail.models import Page, Site


@dataclass(frozen=True)
class LanguageLink:
    language_code: str
    name: str
    url: str
    is_current: bool
    is_translation: bool  # False when the link falls back to the other language's home page


def home_pages_by_language(request):
    """The live home page of each language, keyed by language code."""
    site = Site.find_for_request(request)
    if site is None:
        return {}
    root = site.root_page
    homes = Page.objects.filter(translation_key=root.translation_key).live().select_related("locale")
    return {home.locale.language_code: home for home in homes}


def localized_home(request):
    return home_pages_by_language(request).get(translation.get_language())


def main_menu(request):
    """The pages shown in the header: the live children of this language's home marked 'show in menus'."""
    home = localized_home(request)
    if home is None:
        return []
    return list(home.get_children().live().in_menu().specific(defer=True))


def language_links(request, page=None):
    """One link per language: to the page's translation, else to that language's home page."""
    current = translation.get_language()
    translations = {}
    if page is not None and getattr(page, "pk", None):
        for candidate in page.get_translations(inclusive=True).live().select_related("locale"):
            translations[candidate.locale.language_code] = candidate
    homes = None
    links = []
    for code, name in settings.LANGUAGES:
        target = translations.get(code)
        is_translation = target is not None
        if target is None:
            if homes is None:
                homes = home_pages_by_language(request)
            target = homes.get(code)
        if target is None:
            continue
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
