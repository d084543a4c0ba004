"""iCalendar (RFC 5545) files of the agenda: one event to add to a calendar, or the whole agenda
of a language as a feed that calendar applications subscribe to (http:// or webcal://).

Times are written in Brussels local time with `TZID=Europe/Brussels`, and the calendar carries
the matching VTIMEZONE (the EU summer-time rule, as Google Calendar and Outlook write it), so
that an event at 10:00 in Brussels stays at 10:00 in Brussels in every application.
"""

import datetime

from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard, vDuration, vRecur

from django.http import HttpResponse
from django.utils import timezone
from django.utils.text import slugify

TZID = "Europe/Brussels"
PRODUCT_ID = "-//Vocations//J'aime mon metier//FR"
# Calendar applications poll a subscribed feed; ask them to do it twice a day.
REFRESH_INTERVAL = datetime.timedelta(hours=12)
# A subscribed calendar keeps the events of the last few months, then forgets them.
FEED_HISTORY = datetime.timedelta(days=180)

STATUSES = {"scheduled": "CONFIRMED", "cancelled": "CANCELLED", "postponed": "TENTATIVE"}


def brussels_timezone():
    """VTIMEZONE for Europe/Brussels: CET, CEST from the last Sunday of March to the last of October."""
    zone = Timezone()
    zone.add("tzid", TZID)
    zone.add("x-lic-location", TZID)
    summer = TimezoneDaylight()
    summer.add("tzname", "CEST")
    summer.add("tzoffsetfrom", datetime.timedelta(hours=1))
    summer.add("tzoffsetto", datetime.timedelta(hours=2))
    summer.add("dtstart", datetime.datetime(1970, 3, 29, 2, 0))
    summer.add("rrule", vRecur(freq="YEARLY", bymonth=3, byday="-1SU"))
    winter = TimezoneStandard()
    winter.add("tzname", "CET")
    winter.add("tzoffsetfrom", datetime.timedelta(hours=2))
    winter.add("tzoffsetto", datetime.timedelta(hours=1))
    winter.add("dtstart", datetime.datetime(1970, 10, 25, 3, 0))
    winter.add("rrule", vRecur(freq="YEARLY", bymonth=10, byday="-1SU"))
    zone.add_component(summer)
    zone.add_component(winter)
    return zone


def new_calendar(name=None, description=None):
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    if name:
        calendar.add("name", name)
        calendar.add("x-wr-calname", name)
    if description:
        calendar.add("x-wr-caldesc", description)
    calendar.add("x-wr-timezone", TZID)
    calendar.add_component(brussels_timezone())
    return calendar


def event_uid(event, request):
    """Stable across edits and unique per language: the same event in French and in Dutch are two
    entries of two different calendars."""
    return f"event-{event.translation_key}-{event.locale.language_code}@{request.get_host().split(':')[0]}"


def vevent(event, request):
    """One VEVENT: summary, local start and end, place, description with the page's address."""
    component = Event()
    url = request.build_absolute_uri(event.get_url(request))
    component.add("uid", event_uid(event, request))
    component.add("dtstamp", event.last_published_at or timezone.now())
    if event.last_published_at:
        component.add("last-modified", event.last_published_at)
    component.add("dtstart", event.local_start)
    component.add("dtend", event.local_end)
    component.add("summary", event.title)
    parts = [event.introduction or event.search_description, event.organiser_name, url]
    description = "\n\n".join(str(part) for part in parts if part)
    component.add("description", description)
    location = event.calendar_location
    if location:
        component.add("location", location)
    component.add("url", url)
    component.add("status", STATUSES.get(event.status, "CONFIRMED"))
    component.add("categories", [str(event.get_kind_display())])
    component.add("transp", "OPAQUE")
    return component


def event_calendar(event, request):
    calendar = new_calendar()
    calendar.add_component(vevent(event, request))
    return calendar


def agenda_calendar(events, request, name, description=None):
    calendar = new_calendar(name, description)
    calendar.add("refresh-interval", REFRESH_INTERVAL, parameters={"VALUE": "DURATION"})
    # An unknown X- property gets no type from the library: give it the DURATION text itself.
    calendar.add("x-published-ttl", vDuration(REFRESH_INTERVAL))
    for event in events:
        calendar.add_component(vevent(event, request))
    return calendar


def calendar_response(calendar, filename=None):
    """text/calendar; with a filename, the browser offers to save (or open) the file."""
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    if filename:
        response["Content-Disposition"] = f'attachment; filename="{slugify(filename)[:80] or "event"}.ics"'
    else:
        response["Content-Disposition"] = 'inline; filename="agenda.ics"'
    return response
