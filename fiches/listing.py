"""Queries and groupings behind the profession sheet templates.

The sheet shows the portraits and events that link to it. Those models live in other apps and
are looked up through the reverse relations (`portraits`, `events`) at call time, so that this
app never imports them and works whether or not those links exist yet.
"""

import re
import string
import unicodedata
from dataclasses import dataclass, field

from django.core.exceptions import FieldDoesNotExist
from django.db.models import Q
from django.utils import timezone

PORTRAIT_LIMIT = 12
EVENT_LIMIT = 6
CARD_IMAGE_FIELDS = ("listing_image", "photo", "image")


@dataclass
class LetterGroup:
    letter: str
    fiches: list = field(default_factory=list)

    @property
    def anchor(self):
        return f"lettre-{self.letter.lower()}"


@dataclass
class AlphabetEntry:
    letter: str
    anchor: str | None  # None when no sheet starts with this letter


@dataclass
class LetterIndex:
    groups: list
    alphabet: list


@dataclass
class RelatedCard:
    """A portrait or an event as shown on a sheet."""

    title: str
    url: str
    summary: str
    image: object = None
    start: object = None
    end: object = None


def sort_key(text):
    """Accent- and case-insensitive order: “Éducateur” sorts with the E."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


def fiche_letter_groups(fiches):
    """The sheets grouped by the first letter of their name, A to Z, and the full alphabet."""
    groups = {}
    for fiche in sorted(fiches, key=lambda fiche: sort_key(fiche.profession_name)):
        initial = sort_key(fiche.profession_name)[:1].upper() or "#"
        letter = initial if initial in string.ascii_uppercase else "#"
        groups.setdefault(letter, LetterGroup(letter)).fiches.append(fiche)
    ordered = [groups[letter] for letter in sorted(groups, key=lambda letter: (letter == "#", letter))]
    alphabet = [
        AlphabetEntry(letter, groups[letter].anchor if letter in groups else None)
        for letter in string.ascii_uppercase
    ]
    return LetterIndex(groups=ordered, alphabet=alphabet)


def localized(snippets, locale_id):
    """Translatable snippets shown in the page's language, in one query at most.

    A translated page keeps the links of its French source; show the Dutch version of each
    snippet when there is one.
    """
    snippets = list(snippets)
    foreign = [snippet for snippet in snippets if snippet.locale_id != locale_id]
    if not foreign:
        return snippets
    model = type(foreign[0])
    translations = {
        snippet.translation_key: snippet
        for snippet in model.objects.filter(
            locale_id=locale_id, translation_key__in=[snippet.translation_key for snippet in foreign]
        )
    }
    return [translations.get(snippet.translation_key, snippet) for snippet in snippets]


def reverse_relation(model, name):
    """The reverse relation `name` of `model` (e.g. FichePage.portraits), or None if absent."""
    try:
        relation = model._meta.get_field(name)
    except FieldDoesNotExist:
        return None
    if not (relation.is_relation and relation.auto_created and not relation.concrete):
        return None
    return relation


def related_pages(fiche, name):
    """Live pages in the fiche's language that link to the fiche or to any of its translations."""
    relation = reverse_relation(type(fiche), name)
    if relation is None:
        return None
    model = relation.related_model
    queryset = model.objects.live().filter(
        locale_id=fiche.locale_id,
        **{f"{relation.field.name}__translation_key": fiche.translation_key},
    )
    image_fields = [name for name in CARD_IMAGE_FIELDS if _is_image_link(model, name)]
    if image_fields:
        queryset = queryset.select_related(*image_fields).prefetch_related(
            *[f"{name}__renditions" for name in image_fields]
        )
    return queryset.distinct()


def linked_portraits(fiche, request):
    """The live portraits of this profession, newest first."""
    queryset = related_pages(fiche, "portraits")
    if queryset is None:
        return []
    portraits = queryset.order_by("-first_published_at")[:PORTRAIT_LIMIT]
    return [_card(portrait, request) for portrait in portraits]


def upcoming_events(fiche, request):
    """The live events about this profession that have not ended yet, soonest first."""
    queryset = related_pages(fiche, "events")
    if queryset is None or not _has_field(queryset.model, "start"):
        return []
    now = timezone.now()
    if _has_field(queryset.model, "end"):
        queryset = queryset.filter(Q(end__gte=now) | Q(end__isnull=True, start__gte=now))
    else:
        queryset = queryset.filter(start__gte=now)
    events = queryset.order_by("start")[:EVENT_LIMIT]
    return [_card(event, request) for event in events]


def _card(page, request):
    image = next(
        (getattr(page, name) for name in CARD_IMAGE_FIELDS if getattr(page, name, None) is not None),
        None,
    )
    return RelatedCard(
        title=getattr(page, "teaser_title", page.title),
        url=page.get_url(request=request),
        summary=getattr(page, "teaser_summary", "") or "",
        image=image,
        start=getattr(page, "start", None),
        end=getattr(page, "end", None),
    )


def _has_field(model, name):
    try:
        field_ = model._meta.get_field(name)
    except FieldDoesNotExist:
        return False
    return field_.concrete and not field_.many_to_many


def _is_image_link(model, name):
    try:
        field_ = model._meta.get_field(name)
    except FieldDoesNotExist:
        return False
    return bool(field_.many_to_one) and field_.related_model._meta.label_lower == "wagtailimages.image"


# Filters of the A–Z list, read from the query string (a GET form that works without JavaScript).
SLUG_PATTERN = re.compile(r"^[-\w]{1,100}$")
FLAG_FILTERS = ("shortage", "regulated")


def read_fiche_filters(query):
    """{name: value} of the filters given in the query string: `sector` (a slug), `shortage`
    and `regulated` ("1" when ticked)."""
    values = {}
    for name in ("sector", *FLAG_FILTERS):
        value = query.get(name, "").strip()
        if value:
            values[name] = value
    return values


def filter_fiches(queryset, values):
    """`queryset` narrowed by the filter `values`; a value that names nothing gives no sheet."""
    sector = values.get("sector")
    if sector is not None:
        if not SLUG_PATTERN.match(sector):
            return queryset.none()
        queryset = queryset.filter(sectors__slug=sector).distinct()
    for name, field_name in (("shortage", "is_shortage"), ("regulated", "is_regulated")):
        if name in values:
            if values[name] != "1":
                return queryset.none()
            queryset = queryset.filter(**{field_name: True})
    return queryset


def sector_options(locale_id, current, sectors=None):
    """(slug, name, selected) of the sectors of a language, for the filter's select; `sectors`
    are their (slug, name) pairs when already known (see `sector_choices`)."""
    if sectors is None:
        sectors = sector_choices(locale_id)
    return [(slug, name, slug == current) for slug, name in sectors]


def sector_choices(locale_id):
    """(slug, name) of the sectors of a language, by name."""
    from home.models import Sector

    return list(Sector.objects.filter(locale_id=locale_id).values_list("slug", "name").order_by("name"))


def filter_choices(sectors):
    """{name: [(value, label), …]} of the form's filters (`home.listing.is_known`): the sectors'
    (slug, name) pairs, and "1" for each box that can be ticked."""
    return {"sector": sectors, **{name: [("1", name)] for name in FLAG_FILTERS}}
