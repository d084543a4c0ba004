"""sitemap.xml: every live public page in every language, with its hreflang alternates."""

from collections import defaultdict
from functools import reduce
from operator import or_

from django.conf import settings
from django.db.models import Q

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class MultilingualSitemap(Sitemap):
    """Wagtail's sitemap covers the site root's tree only (French); this one covers the tree of
    each language and names each page's translations, French being the x-default."""

    def items(self):
        site = self.get_wagtail_site()
        homes = Page.objects.filter(translation_key=site.root_page.translation_key).only("path")
        trees = reduce(or_, (Q(path__startswith=home.path) for home in homes), Q(pk__in=[]))
        return (
            Page.objects.live()
            .public()
            .filter(trees)
            .select_related("locale")
            .only("id", "path", "url_path", "translation_key", "last_published_at", "locale")
            .order_by("path")
        )

    def get_urls(self, page=1, site=None, protocol=None):
        from home.caching import cached  # imports Wagtail's views: not at model loading time

        # The same for every visitor of a host until the content changes.
        urls = cached(self.request, "sitemap", (self.request.get_host(), page), self.compute_urls)
        self.latest_lastmod = max((url["lastmod"] for url in urls if url["lastmod"]), default=None)
        return urls

    def compute_urls(self):
        pages = list(self.items())
        by_key = defaultdict(dict)
        for item in pages:
            by_key[item.translation_key][item.locale.language_code] = item.get_full_url(self.request)
        urls = []
        for item in pages:
            translations = by_key[item.translation_key]
            alternates = [
                {"lang_code": code, "location": location} for code, location in sorted(translations.items())
            ]
            if len(alternates) > 1 and settings.LANGUAGE_CODE in translations:
                alternates.append(
                    {"lang_code": "x-default", "location": translations[settings.LANGUAGE_CODE]}
                )
            urls.append(
                {
                    "location": translations[item.locale.language_code],
                    "lastmod": item.last_published_at,
                    "alternates": alternates if len(alternates) > 1 else [],
                }
            )
        return urls
