"""The agenda's filters: region, kind, audience, profession and month, combinable, read from the URL.

A value the agenda does not know (a region that does not exist, "2027-13", a profession removed
since the link was shared) is ignored: the visitor sees the agenda with the other filters and a
note saying which filter was left out. Nothing here can raise on what a visitor types.
"""

import datetime
import re
from dataclasses import dataclass
from urllib.parse import urlencode

from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

FILTER_NAMES = ("region", "kind", "audience", "profession", "month")
MONTH_PATTERN = re.compile(r"^(\d{4})-(\d{2})$")
FIRST_YEAR, LAST_YEAR = 2000, 2100


@dataclass(frozen=True)
class Option:
    value: str
    label: str


@dataclass
class Facet:
    """One filter: its field name, its label and the values offered, with the selected one."""

    name: str
    label: str
    all_label: str
    options: list
    selected: str = ""

    @property
    def selected_label(self):
        return next((option.label for option in self.options if option.value == self.selected), "")


def parse_month(raw):
    """'2027-03' → date(2027, 3, 1); anything else → None."""
    match = MONTH_PATTERN.match(raw or "")
    if not match:
        return None
    year, month = int(match[1]), int(match[2])
    if not (FIRST_YEAR <= year <= LAST_YEAR and 1 <= month <= 12):
        return None
    return datetime.date(year, month, 1)


def month_bounds(first_day, tzinfo):
    """The first instant of the month and of the next one, in `tzinfo`."""
    next_month = (first_day.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
    start = datetime.datetime.combine(first_day, datetime.time.min, tzinfo=tzinfo)
    end = datetime.datetime.combine(next_month, datetime.time.min, tzinfo=tzinfo)
    return start, end


def month_option(first_day):
    return Option(first_day.strftime("%Y-%m"), formats.date_format(first_day, "F Y").capitalize())


def single_value(query, name):
    """The first value of a parameter, stripped and bounded ('?kind=a&kind=b' keeps 'a')."""
    values = query.getlist(name)
    return values[0].strip()[:100] if values else ""


class AgendaFilters:
    """Reads the filters from the query string against the values the agenda offers.

    `regions` and `professions` are lists of (slug, name) in the page's language; `months` a list
    of dates (first day of each month that has events).
    """

    def __init__(self, query, *, regions, kinds, audiences, professions, months, tzinfo):
        self.tzinfo = tzinfo
        month_options = [month_option(day) for day in months]
        self.facets = [
            Facet("region", _("Region"), _("All regions"), [Option(*item) for item in regions]),
            Facet("kind", _("Kind of event"), _("All kinds"), [Option(*item) for item in kinds]),
            Facet("audience", _("For whom"), _("All audiences"), [Option(*item) for item in audiences]),
            Facet(
                "profession", _("Profession"), _("All professions"), [Option(*item) for item in professions]
            ),
            Facet("month", _("Month"), _("Any month"), month_options),
        ]
        self.ignored = []
        for facet in self.facets:
            raw = single_value(query, facet.name)
            if not raw:
                continue
            if facet.name == "month":
                self.select_month(facet, raw)
            elif any(option.value == raw for option in facet.options):
                facet.selected = raw
            else:
                self.ignored.append(facet.label)

    def select_month(self, facet, raw):
        """Any real month is accepted, even one with no event (a shared link stays valid)."""
        first_day = parse_month(raw)
        if first_day is None:
            self.ignored.append(facet.label)
            return
        facet.selected = raw
        if not any(option.value == raw for option in facet.options):
            facet.options = sorted([*facet.options, month_option(first_day)], key=lambda option: option.value)

    @property
    def selected(self):
        return {facet.name: facet.selected for facet in self.facets if facet.selected}

    @property
    def is_active(self):
        return bool(self.selected)

    @property
    def query_string(self):
        """The valid filters as a query string, in a fixed order (for links and pagination)."""
        return urlencode(self.selected)

    @property
    def form_key(self):
        """What the filter form shows, for its cached fragment: the valid filters, whether some
        were left out, and the first month offered (the list moves on with the calendar)."""
        months = self.facets[-1].options
        return "|".join(
            [self.query_string or "-", "ignored" if self.ignored else "-", months[0].value if months else "-"]
        )

    def apply(self, events, profession_keys, everyone):
        """Filter an EventPage queryset. `profession_keys` maps a profession slug to its
        translation key: an event is found by the sheet in any language it links to."""
        selected = self.selected
        if "region" in selected:
            events = events.filter(region__slug=selected["region"])
        if "kind" in selected:
            events = events.filter(kind=selected["kind"])
        if "audience" in selected:
            # An event for everyone is also for the audience chosen.
            events = events.filter(audience__in=[selected["audience"], everyone])
        if "profession" in selected:
            events = events.filter(professions__translation_key=profession_keys[selected["profession"]])
        if "month" in selected:
            start, end = month_bounds(parse_month(selected["month"]), self.tzinfo)
            # Every event under way during the month, e.g. an exhibition that opened before.
            events = events.filter(start__lt=end, end__gte=start)
        return events


def months_around(count, *, forward=True, tzinfo=None):
    """The first day of this month and of the `count - 1` next (or previous) months."""
    day = timezone.localdate(timezone=tzinfo).replace(day=1)
    months = []
    for _index in range(count):
        months.append(day)
        if forward:
            day = (day.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
        else:
            day = (day - datetime.timedelta(days=1)).replace(day=1)
    return months
