"""What the home page shows besides its hero: featured and latest portraits, shortage
professions, upcoming events, the partner kits and the campaign's figures.

Each function costs a fixed number of queries whatever the size of the site. Models of the
content apps are looked up through the app registry: they import `home`, not the reverse.

`home_sections` is kept in the shared cache until the content changes, and read lazily: the
template renders most of it in cached fragments. The upcoming events and their number change with
time too: `agenda_sections` is kept until the first of them ends.
"""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Min
from django.utils import timezone

from wagtail.models import Page

from events.models.event_pages import with_card_renditions

PORTRAITS_SHOWN = 8  # featured ones first, the newest fill the remaining places
SHORTAGE_PROFESSIONS_SHOWN = 10
EVENTS_SHOWN = 3


def model(label):
    return apps.get_model(label)


def portraits_for_cards(locale_id):
    """Live portraits of a language with what a card shows (renditions come from the cache)."""
    return (
        model("portraits.PortraitPage")
        .objects.live()
        .filter(locale_id=locale_id)
        .select_related("photo", "listing_image", "region", "media")
    )


def featured_portraits(home):
    """The portraits the editors chose, in the home page's language and order (two queries)."""
    keys = [item.portrait.translation_key for item in home.featured_portraits.select_related("portrait")]
    if not keys:
        return []
    by_key = {
        portrait.translation_key: portrait
        for portrait in portraits_for_cards(home.locale_id).filter(translation_key__in=keys)
    }
    return [by_key[key] for key in keys if key in by_key]


def latest_portraits(home, exclude=()):
    """The newest live portraits of the home page's language, the featured ones left out."""
    return list(
        portraits_for_cards(home.locale_id)
        .exclude(pk__in=[portrait.pk for portrait in exclude])
        .order_by("-first_published_at", "-pk")[: max(PORTRAITS_SHOWN - len(exclude), 0)]
    )


def shortage_professions(home):
    return list(
        model("fiches.FichePage")
        .objects.live()
        .filter(locale_id=home.locale_id, is_shortage=True)
        .only("id", "path", "url_path", "title", "profession_name", "locale_id")
        .order_by("profession_name")[:SHORTAGE_PROFESSIONS_SHOWN]
    )


def upcoming_events(home):
    events = (
        model("events.EventPage")
        .objects.live()
        .filter(locale_id=home.locale_id, end__gte=timezone.now())
        .select_related("region")
        .order_by("start", "pk")
    )
    return list(with_card_renditions(events, "listing_image", "image")[:EVENTS_SHOWN])


INDEX_PAGE_TYPES = {
    "portrait_index": "portraits.PortraitIndexPage",
    "fiche_index": "fiches.FicheIndexPage",
    "event_index": "events.EventIndexPage",
    "kit_index": "events.PartnerKitIndexPage",
}


def index_pages(home):
    """The home page's live index pages, keyed by section name (one query)."""
    content_types = {
        ContentType.objects.get_for_model(model(label)).pk: name for name, label in INDEX_PAGE_TYPES.items()
    }
    found = dict.fromkeys(INDEX_PAGE_TYPES)
    children = Page.objects.child_of(home).live().filter(content_type_id__in=content_types)
    for child in children.order_by("path"):
        name = content_types[child.content_type_id]
        found[name] = found[name] or child
    return found


def campaign_figures(home):
    """How many portraits and profession sheets the visitor can read (2 queries)."""
    live_here = {"live": True, "locale_id": home.locale_id}
    return {
        "portraits": model("portraits.PortraitPage").objects.filter(**live_here).count(),
        "fiches": model("fiches.FichePage").objects.filter(**live_here).count(),
    }


def upcoming_event_figures(home):
    """How many events have not ended yet, and when the first of them ends (one query)."""
    return (
        model("events.EventPage")
        .objects.filter(live=True, locale_id=home.locale_id, end__gte=timezone.now())
        .aggregate(count=Count("pk"), next_end=Min("end"))
    )


def home_sections(home):
    """Everything but the events: it changes only with the content."""
    featured = featured_portraits(home)
    latest = latest_portraits(home, exclude=featured)
    return {
        "featured_portraits": featured,
        "latest_portraits": latest,
        # The hero quotes the first of them: "I love my job because…"
        "spotlight_portrait": (featured + latest)[0] if featured or latest else None,
        "shortage_professions": shortage_professions(home),
        "figures": campaign_figures(home),
        **index_pages(home),
    }


HOME_SECTION_KEYS = (
    "featured_portraits",
    "latest_portraits",
    "spotlight_portrait",
    "shortage_professions",
    "figures",
    *INDEX_PAGE_TYPES,
)


def agenda_sections(home):
    """The next events and the number of upcoming events, with the moment they stop being true."""
    figures = upcoming_event_figures(home)
    return {
        "upcoming_events": upcoming_events(home),
        "upcoming_events_count": figures["count"],
        "expires": figures["next_end"],
    }
