"""Project-level views: the 404 page, the error page that must render without the database,
robots.txt."""

from django.conf import settings
from django.http import HttpResponse, HttpResponseNotFound, HttpResponseServerError
from django.template import loader
from django.urls import reverse
from django.utils.translation import get_language
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from wagtail.models import Page

from home.navigation import home_pages_by_language

# A URL deeper than this is not a page of the site: no need to look further.
MAX_PATH_DEPTH = 8


def source_language_url(request):
    """The URL of the French page that a missing page of another language stands for, or None.

    The Dutch tree mirrors the French one (slugs are synchronised by wagtail-localize): the
    deepest Dutch page the URL leads to is found, then its French version, then the rest of the
    path under it. A Dutch page that exists but is not live leads to its French version too.
    """
    language, source = get_language(), settings.LANGUAGE_CODE
    prefix = f"/{language}/"
    if language == source or not request.path.startswith(prefix):
        return None
    slugs = [slug for slug in request.path[len(prefix) :].split("/") if slug]
    homes = home_pages_by_language(request)
    if not slugs or len(slugs) > MAX_PATH_DEPTH or language not in homes or source not in homes:
        return None
    page, found = homes[language], 0
    for slug in slugs:
        child = Page.objects.child_of(page).filter(slug=slug).first()
        if child is None:
            break
        page, found = child, found + 1
    french = homes[source] if found == 0 else page.get_translation_or_none(homes[source].locale)
    for slug in slugs[found:]:
        if french is None:
            return None
        french = Page.objects.child_of(french).filter(slug=slug).first()
    if french is None or not french.live or french.pk == homes[source].pk:
        return None
    return french.get_url(request=request)


def page_not_found(request, exception=None):
    """The 404 page in the language of the URL, with a link to the French page when there is one."""
    template = loader.get_template("404.html")
    context = {"request_path": request.path, "source_url": source_language_url(request)}
    return HttpResponseNotFound(template.render(context, request))


def server_error(request):
    """The 500 page in the visitor's language, rendered without touching the database."""
    template = loader.get_template("500.html")
    return HttpResponseServerError(template.render({"LANGUAGE_CODE": get_language() or "fr"}))


@require_GET
@cache_control(max_age=60 * 60 * 24)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
