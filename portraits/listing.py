"""The portraits of an index page: filters kept in the query string, twelve cards a page.

Filters are read from the query string (a GET form that works without JavaScript). A value that
is not a slug or names nothing gives an empty result, never an error; a page number that is not a
positive whole number gives a 404, one past the end gives the last page.
"""

import re
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import CharField, Value
from django.http import Http404
from django.utils import timezone
from django.utils.translation import pgettext_lazy

PORTRAITS_PER_PAGE = 12
RELATED_LIMIT = 3
# Slugs of pages and snippets: letters, digits, dashes and underscores, 100 characters at most.
SLUG_PATTERN = re.compile(r"^[-\w]{1,100}$")


@dataclass(frozen=True)
class FilterOption:
    value: str
    label: str
    selected: bool


@dataclass
class PortraitFilter:
    """One select of the filter form: its query-string name, its label and its options."""

    name: str
    label: str
    options: list = field(default_factory=list)
    value: str = ""


FILTERS = (
    ("profession", pgettext_lazy("portrait filters", "Job")),
    ("sector", pgettext_lazy("portrait filters", "Sector")),
    ("region", pgettext_lazy("portrait filters", "Region")),
    ("format", pgettext_lazy("portrait filters", "Format")),
    ("campaign", pgettext_lazy("portrait filters", "Campaign")),
)


def read_filters(query):
    """The filter values of a query string, {name: value}, only those that were given.

    A value that cannot be a slug is kept as given but matches nothing (see `filter_portraits`).
    """
    values = {}
    for name, _label in FILTERS:
        value = query.get(name, "").strip()
        if value:
            values[name] = value
    return values


def with_card_renditions(queryset):
    """Join what a card shows. The images' renditions come from the rendition cache through
    `{% responsive_image %}`, so they cost no query once rendered."""
    return queryset.select_related("photo", "listing_image", "region", "media")


def live_portraits(index_page):
    """The live portraits under `index_page` (so in its language), with what a card shows."""
    from portraits.models import PortraitPage

    return with_card_renditions(PortraitPage.objects.child_of(index_page).live()).order_by(
        "-first_published_at", "-pk"
    )


def filter_portraits(queryset, values, locale_id):
    """`queryset` narrowed by the filter `values`. Slugs are the same in every language for
    sectors, regions and campaigns; a profession is matched through its sheet's translation key,
    so that a Dutch portrait still linked to the French sheet is found."""
    from fiches.models import FichePage

    if any(not SLUG_PATTERN.match(value) for value in values.values()):
        return queryset.none()
    if "format" in values:
        queryset = queryset.filter(format=values["format"])
    if "profession" in values:
        keys = FichePage.objects.filter(slug=values["profession"], locale_id=locale_id).values(
            "translation_key"
        )
        queryset = queryset.filter(fiche__translation_key__in=keys)
    if "region" in values:
        queryset = queryset.filter(region__slug=values["region"])
    if "sector" in values:
        queryset = queryset.filter(sectors__slug=values["sector"])
    if "campaign" in values:
        queryset = queryset.filter(campaigns__slug=values["campaign"])
    if "sector" in values or "campaign" in values:
        queryset = queryset.distinct()
    return queryset


def filter_choices(index_page):
    """(kind, slug, label) of every option of the form, in one query: the professions that have
    a portrait here, and the sectors, regions and campaigns of the index's language."""
    from fiches.models import FichePage
    from home.models import Campaign, Region, Sector
    from portraits.models import PortraitPage

    locale_id = index_page.locale_id

    def taxonomy(model, kind):
        return (
            model.objects.filter(locale_id=locale_id)
            .annotate(filter_name=Value(kind, output_field=CharField()))
            .values_list("filter_name", "slug", "name")
            .order_by()
        )

    portrait_fiche_keys = (
        PortraitPage.objects.child_of(index_page).live().values("fiche__translation_key").order_by()
    )
    professions = (
        FichePage.objects.live()
        .filter(locale_id=locale_id, translation_key__in=portrait_fiche_keys)
        .annotate(filter_name=Value("profession", output_field=CharField()))
        .values_list("filter_name", "slug", "profession_name")
        .order_by()
    )
    rows = professions.union(
        taxonomy(Sector, "sector"), taxonomy(Region, "region"), taxonomy(Campaign, "campaign"), all=True
    )
    choices = {name: [] for name, _label in FILTERS}
    for kind, slug, label in rows:
        choices[kind].append((slug, label))
    for options in choices.values():
        options.sort(key=lambda option: option[1].casefold())
    choices["format"] = [(value, str(label)) for value, label in PortraitPage.Format.choices]
    return choices


def build_filters(index_page, values, choices):
    """The selects of the filter form, with the current values selected; `choices` are those of
    `filter_choices`."""
    filters = []
    for name, label in FILTERS:
        current = values.get(name, "")
        options = [FilterOption(value, text, value == current) for value, text in choices[name]]
        filters.append(PortraitFilter(name=name, label=label, options=options, value=current))
    return filters


def paginate(queryset, number):
    """One page of `queryset`. A number past the end gives the last page; a number that is not
    a positive whole number gives a 404."""
    paginator = Paginator(queryset, PORTRAITS_PER_PAGE)
    try:
        return paginator.page(number or 1)
    except PageNotAnInteger:
        raise Http404 from None
    except EmptyPage:
        if str(number).isdigit() and int(number) > 1:
            return paginator.page(paginator.num_pages)
        raise Http404 from None


def portraits_page(index_page, number, values=None):
    """One page of the portraits of `index_page` that match the filter `values`."""
    queryset = filter_portraits(live_portraits(index_page), values or {}, index_page.locale_id)
    return paginate(queryset, number)


def query_string(values, page=None):
    """The query string of a listing URL: the filters in a fixed order, then the page."""
    pairs = [(name, values[name]) for name, _label in FILTERS if values.get(name)]
    if page and page > 1:
        pairs.append(("page", page))
    return "?" + urlencode(pairs) if pairs else ""


@dataclass(frozen=True)
class PageLink:
    number: int | None  # None for the "…" between distant pages
    url: str
    is_current: bool


def page_links(page, values, base_url):
    """Links to the pages of results around the current one (the filters kept), and to the
    previous and next pages."""
    numbers = page.paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1)
    links = [
        PageLink(n, base_url + query_string(values, n), n == page.number)
        if isinstance(n, int)
        else PageLink(None, "", False)
        for n in numbers
    ]
    previous_url = base_url + query_string(values, page.number - 1) if page.has_previous() else ""
    next_url = base_url + query_string(values, page.number + 1) if page.has_next() else ""
    return links, previous_url, next_url


def related_portraits(portrait):
    """Other live portraits of the same profession, in the portrait's language, newest first."""
    from fiches.models import FichePage
    from portraits.models import PortraitPage

    fiche_key = FichePage.objects.filter(pk=portrait.fiche_id).values("translation_key")
    return list(
        with_card_renditions(
            PortraitPage.objects.live().filter(
                locale_id=portrait.locale_id, fiche__translation_key__in=fiche_key
            )
        )
        .exclude(pk=portrait.pk)
        .order_by("-first_published_at", "-pk")[:RELATED_LIMIT]
    )


def upcoming_events(portrait):
    """The live events of the portrait's language about its profession that have not ended yet,
    soonest first ("open days for this job")."""
    from fiches.models import FichePage

    event_model = FichePage._meta.get_field("events").related_model
    fiche_key = FichePage.objects.filter(pk=portrait.fiche_id).values("translation_key")
    return list(
        event_model.objects.live()
        .filter(
            locale_id=portrait.locale_id,
            professions__translation_key__in=fiche_key,
            end__gte=timezone.now(),
        )
        .select_related("region")
        .distinct()
        .order_by("start", "pk")[:RELATED_LIMIT]
    )
