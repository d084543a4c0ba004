"""The list of portraits of one language, with its filters and its feeds."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.search import index

from home.listing import is_known, is_page_number, page_from_snapshot, page_snapshot
from home.models import BasePage
from portraits.feeds import LatestPortraitsFeed, PodcastFeed
from portraits.listing import (
    PORTRAITS_PER_PAGE,
    build_filters,
    filter_choices,
    page_links,
    portraits_page,
    query_string,
    read_filters,
)


class PortraitIndexPage(RoutablePageMixin, BasePage):
    """The list of portraits, newest first, twelve a page, with filters kept in the address;
    its RSS feed (`rss/`) and its podcast feed (`podcast/`)."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["portraits.PortraitPage"]
    max_count_per_parent = 1

    introduction = models.TextField(
        _("introduction"),
        max_length=500,
        blank=True,
        help_text=_("One or two sentences shown above the portraits, inviting visitors to read them."),
    )

    content_panels = BasePage.content_panels + [FieldPanel("introduction")]

    search_fields = BasePage.search_fields + [
        index.SearchField("introduction"),
        index.FilterField("locale_id"),
    ]

    @path("")
    def listing(self, request):
        return self.render(request)

    @path("rss/", name="rss")
    def rss_feed(self, request):
        return LatestPortraitsFeed()(request, index_page=self)

    @path("podcast/", name="podcast")
    def podcast_feed(self, request):
        return PodcastFeed()(request, index_page=self)

    def get_context(self, request, *args, **kwargs):
        from home.caching import cached  # imports Wagtail's views: not at model loading time

        context = super().get_context(request, *args, **kwargs)
        values = read_filters(request.GET)
        choices = cached(request, "portrait-filter-choices", (self.pk,), lambda: filter_choices(self))
        number = request.GET.get("page")
        base_url = self.get_url(request)

        def listing():
            return page_snapshot(portraits_page(self, number, values))

        if is_known(values, choices) and (number is None or is_page_number(number)):
            # The same page of the same filters for every visitor until the content changes.
            key = (self.pk, query_string(values, int(number or 1)) or "-")
            found = cached(request, "portrait-listing", key, listing)
            context["listing_key"] = ":".join(map(str, key))
        else:
            found = listing()  # a 404 for a page number that is not one; no cache for made-up values
            context["listing_key"] = None
        portraits = page_from_snapshot(found, PORTRAITS_PER_PAGE)
        links, previous_url, next_url = page_links(portraits, values, base_url)
        full_url = self.get_full_url(request)
        context.update(
            portraits=portraits,
            filters=build_filters(self, values, choices),
            active_filters=values,
            page_links=links,
            previous_url=previous_url,
            next_url=next_url,
            reset_url=base_url,
            # Filtered lists are not indexed; their canonical address is the plain listing.
            seo_noindex=bool(values),
            canonical_url=full_url if values else full_url + query_string({}, portraits.number),
            rss_url=full_url + self.reverse_subpage("rss"),
            podcast_url=full_url + self.reverse_subpage("podcast"),
        )
        return context

    class Meta:
        verbose_name = _("portrait index")
        verbose_name_plural = _("portrait indexes")
