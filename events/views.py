"""The “Calendrier de campagne” admin view: scheduled publications and events, week by week."""

import datetime
from collections import defaultdict

from django.conf import settings
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page, Revision

from events.models import EventPage
from events.models.event_pages import BRUSSELS

WEEKS_SHOWN = 8
# Dates outside these years are typing mistakes (and would overflow the week arithmetic).
FIRST_YEAR, LAST_YEAR = 2000, 2100


def monday_of(day):
    """The Monday that starts the ISO week of `day`."""
    return day - datetime.timedelta(days=day.weekday())


def brussels_midnight(day):
    return datetime.datetime.combine(day, datetime.time.min, tzinfo=BRUSSELS)


class CalendarEntry:
    """One line of the calendar: a page going live, or an event starting."""

    PUBLICATION = "publication"
    EVENT = "event"

    def __init__(self, kind, page, when, type_name):
        self.kind = kind
        self.page = page
        self.when = timezone.localtime(when, BRUSSELS)
        self.type_name = type_name
        self.title = page.get_admin_display_title()
        self.language = page.locale.language_code
        self.edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])

    @property
    def is_event(self):
        return self.kind == self.EVENT

    @property
    def kind_label(self):
        return _("Event") if self.is_event else _("Publication")


class CalendarWeek:
    def __init__(self, monday, entries):
        self.monday = monday
        self.sunday = monday + datetime.timedelta(days=6)
        self.number = monday.isocalendar().week
        self.entries = sorted(entries, key=lambda entry: (entry.when, entry.title))
        self.is_current = monday == monday_of(timezone.localdate(timezone=BRUSSELS))

    @property
    def heading(self):
        return _("Week %(number)s: %(monday)s to %(sunday)s") % {
            "number": self.number,
            "monday": formats.date_format(self.monday, "j F"),
            "sunday": formats.date_format(self.sunday, "j F Y"),
        }

    @property
    def publication_count(self):
        return sum(not entry.is_event for entry in self.entries)

    @property
    def event_count(self):
        return sum(entry.is_event for entry in self.entries)


def scheduled_publications(start, end, language=None):
    """Pages with a revision approved to go live between `start` and `end`: two queries."""
    revisions = Revision.page_revisions.filter(
        approved_go_live_at__gte=start, approved_go_live_at__lt=end
    ).values_list("object_id", "approved_go_live_at")
    go_live = {int(object_id): when for object_id, when in revisions}
    pages = Page.objects.filter(pk__in=go_live).select_related("locale", "content_type")
    if language:
        pages = pages.filter(locale__language_code=language)
    entries = []
    for page in pages:
        model = page.content_type.model_class()
        type_name = model._meta.verbose_name if model else ""
        entries.append(CalendarEntry(CalendarEntry.PUBLICATION, page, go_live[page.pk], type_name))
    return entries


def events_starting(start, end, language=None):
    """Events, published or not, that start between `start` and `end`: one query."""
    events = (
        EventPage.objects.filter(start__gte=start, start__lt=end)
        .select_related("locale")
        .only("pk", "title", "draft_title", "start", "live", "locale__language_code", "latest_revision_id")
    )
    if language:
        events = events.filter(locale__language_code=language)
    return [
        CalendarEntry(CalendarEntry.EVENT, event, event.start, EventPage._meta.verbose_name)
        for event in events
    ]


def campaign_weeks(first_monday, language=None, weeks=WEEKS_SHOWN):
    """`weeks` ISO weeks from `first_monday` (Brussels time), each with its entries."""
    start = brussels_midnight(first_monday)
    end = brussels_midnight(first_monday + datetime.timedelta(weeks=weeks))
    by_monday = defaultdict(list)
    for entry in scheduled_publications(start, end, language) + events_starting(start, end, language):
        by_monday[monday_of(entry.when.date())].append(entry)
    mondays = [first_monday + datetime.timedelta(weeks=n) for n in range(weeks)]
    return [CalendarWeek(monday, by_monday[monday]) for monday in mondays]


class CampaignCalendarView(WagtailAdminTemplateMixin, TemplateView):
    """Week by week, what goes live and which events start: to plan a series of publications."""

    template_name = "events/admin/campaign_calendar.html"
    page_title = gettext_lazy("Campaign calendar")
    header_icon = "date"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_first_monday(self):
        today = timezone.localdate(timezone=BRUSSELS)
        raw = self.request.GET.get("start", "").strip()
        if not raw:
            return monday_of(today)
        try:
            day = datetime.date.fromisoformat(raw)
            if not FIRST_YEAR <= day.year <= LAST_YEAR:
                raise ValueError(raw)
            return monday_of(day)
        except ValueError:
            messages.error(
                self.request,
                _(
                    "“%(value)s” is not a date: write it as YYYY-MM-DD, e.g. 2027-03-15. "
                    "Showing the coming weeks."
                )
                % {"value": raw[:40]},
            )
            return monday_of(today)

    def get_language(self):
        language = self.request.GET.get("language", "")
        return language if language in dict(settings.WAGTAIL_CONTENT_LANGUAGES) else ""

    def get_context_data(self, **kwargs):
        first_monday = self.get_first_monday()
        language = self.get_language()
        step = datetime.timedelta(weeks=WEEKS_SHOWN)
        query = f"&language={language}" if language else ""
        url = reverse("events_campaign_calendar")
        return super().get_context_data(
            weeks=campaign_weeks(first_monday, language),
            language=language,
            languages=settings.WAGTAIL_CONTENT_LANGUAGES,
            start=first_monday.isoformat(),
            previous_url=f"{url}?start={(first_monday - step).isoformat()}{query}",
            next_url=f"{url}?start={(first_monday + step).isoformat()}{query}",
            today_url=f"{url}?{query[1:]}" if query else url,
            **kwargs,
        )
