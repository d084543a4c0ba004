"""The agenda and its events: open days, information sessions, talks, exhibitions, workshops."""

import unicodedata
import zoneinfo
from dataclasses import dataclass
from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Min, Value
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from events import calendar
from events.filters import AgendaFilters, months_around, single_value
from events.structured_data import absolute
from home.blocks import BodyBlock
from home.listing import is_page_number, page_from_snapshot, page_snapshot
from home.models import BasePage

BRUSSELS = zoneinfo.ZoneInfo("Europe/Brussels")
EVENTS_PER_PAGE = 20
ARCHIVE_SLUG = "archive"
# Wagtail's page URLs are made of slugs ending in "/": no ".ics" in them. The files are named
# .ics by their Content-Disposition header.
FEED_SLUG = "calendar"
EVENT_CALENDAR_SLUG = "calendar"
RESERVED_SLUGS = (ARCHIVE_SLUG, FEED_SLUG)
UPCOMING_MONTHS = 12
ARCHIVE_MONTHS = 24


def with_card_renditions(queryset, *image_fields):
    """Join the card images. Their renditions come from the rendition cache through
    `{% responsive_image %}`, so they cost no query once rendered."""
    return queryset.select_related(*image_fields)


def sort_key(row):
    """Alphabetical order that puts “Éducateur” among the E's: accents and case aside."""
    name = unicodedata.normalize("NFKD", row[2])
    return "".join(char for char in name if not unicodedata.combining(char)).casefold()


class EventIndexPage(RoutablePageMixin, BasePage):
    """The agenda: upcoming open days, information sessions, talks and exhibitions.

    Routes: the upcoming events (the page itself), `archive/` for past events, both filtered by
    the query string, and `calendar/`, the whole agenda as an iCalendar feed to subscribe to.
    """

    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1

    introduction = models.TextField(
        _("introduction"),
        max_length=500,
        blank=True,
        help_text=_("A few sentences above the list of events: what visitors will find here."),
    )

    content_panels = BasePage.content_panels + [FieldPanel("introduction")]

    search_fields = BasePage.search_fields + [
        index.SearchField("introduction"),
        index.FilterField("locale_id"),
    ]

    class Meta:
        verbose_name = _("agenda")
        verbose_name_plural = _("agendas")

    @path("")
    def upcoming(self, request):
        return self.render(request, context_overrides=self.listing_context(request, archive=False))

    @path(f"{ARCHIVE_SLUG}/")
    def archive(self, request):
        return self.render(request, context_overrides=self.listing_context(request, archive=True))

    @path(f"{FEED_SLUG}/")
    def feed(self, request):
        """Every upcoming event and those of the last months, for calendar applications."""
        events = self.live_events().filter(end__gte=timezone.now() - calendar.FEED_HISTORY)
        feed = calendar.agenda_calendar(
            events.order_by("start", "pk"),
            request,
            name=f"{self.title} · {_('I love my job')}",
            description=self.introduction,
        )
        return calendar.calendar_response(feed)

    def live_events(self):
        """Live events of this agenda and language, with what cards and calendars show."""
        return (
            EventPage.objects.live()
            .child_of(self)
            .filter(locale_id=self.locale_id)
            .select_related("region", "locale")
        )

    def upcoming_events(self):
        """Live events of this language that have not ended yet, soonest first."""
        return with_card_renditions(
            self.live_events().filter(end__gte=timezone.now()).order_by("start", "pk"),
            "listing_image",
            "image",
        )

    def next_end(self):
        """When the first upcoming event of this agenda ends, and leaves for the archive."""
        return self.live_events().filter(end__gte=timezone.now()).aggregate(Min("end"))["end__min"]

    def past_events(self):
        """Live events of this language that are over, the latest first."""
        return with_card_renditions(
            self.live_events().filter(end__lt=timezone.now()).order_by("-start", "-pk"),
            "listing_image",
            "image",
        )

    def filter_choices(self):
        """The regions of this language, and the profession sheets that events of this agenda link
        to, in one query: (slug, name) pairs, and the translation key of each sheet."""
        from fiches.models import FichePage
        from home.models import Region

        regions = (
            Region.objects.filter(locale_id=self.locale_id)
            .annotate(kind=Value("region"), key=Value(""))
            .values_list("kind", "slug", "name", "key")
            .order_by()
        )
        keys = EventPage.objects.live().child_of(self).values("professions__translation_key")
        sheets = (
            FichePage.objects.live()
            .filter(locale_id=self.locale_id, translation_key__in=keys)
            .annotate(kind=Value("profession"), key=Cast("translation_key", models.CharField()))
            .values_list("kind", "slug", "title", "key")
            .order_by()
        )
        regions_list, professions, profession_keys = [], [], {}
        for kind, slug, name, key in sorted(regions.union(sheets, all=True), key=sort_key):
            if kind == "region":
                regions_list.append((slug, name))
            else:
                professions.append((slug, name))
                profession_keys[slug] = key
        return regions_list, professions, profession_keys

    def listing_context(self, request, *, archive):
        from home.caching import cached, cached_until  # imports Wagtail's views: not at model loading time

        regions, professions, profession_keys = cached(
            request, "agenda-filter-choices", (self.pk,), self.filter_choices
        )
        filters = AgendaFilters(
            request.GET,
            regions=regions,
            kinds=EventPage.Kind.choices,
            audiences=[item for item in EventPage.Audience.choices if item[0] != EventPage.Audience.EVERYONE],
            professions=professions,
            months=months_around(
                ARCHIVE_MONTHS if archive else UPCOMING_MONTHS, forward=not archive, tzinfo=BRUSSELS
            ),
            tzinfo=BRUSSELS,
        )
        events = self.past_events() if archive else self.upcoming_events()
        events = filters.apply(events, profession_keys, everyone=EventPage.Audience.EVERYONE)
        page_number = single_value(request.GET, "page")

        def one_page():
            return page_snapshot(Paginator(events, EVENTS_PER_PAGE).get_page(page_number))

        if page_number == "" or is_page_number(page_number):
            # The same page for every visitor until the content changes or an event ends (it
            # leaves the upcoming list for the archive). The filters are the valid ones only.
            key = (
                self.pk,
                ARCHIVE_SLUG if archive else "upcoming",
                filters.query_string or "-",
                page_number or "1",
            )
            found = cached_until(request, "agenda-page", key, one_page, lambda found: self.next_end())
        else:
            found = one_page()
        events_page = page_from_snapshot(found, EVENTS_PER_PAGE)
        base_url = self.url + (f"{ARCHIVE_SLUG}/" if archive else "")
        canonical = request.build_absolute_uri(base_url)
        if not filters.is_active and events_page.number > 1:
            canonical += f"?page={events_page.number}"
        return {
            "events": events_page,
            "is_archive": archive,
            "filters": filters,
            "listing_url": base_url,
            "upcoming_url": self.url,
            "archive_url": f"{self.url}{ARCHIVE_SLUG}/",
            "feed_url": f"{self.url}{FEED_SLUG}/",
            # A filtered list is not a page of its own for search engines.
            "seo_noindex": filters.is_active or bool(filters.ignored),
            "canonical_url": canonical,
            "hreflang_suffix": f"{ARCHIVE_SLUG}/" if archive else "",
        }


class EventPageForm(WagtailAdminPageForm):
    """Offers only the profession sheets written in the event's language."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("professions")
        if field is not None and self.instance.locale_id:
            field.queryset = field.queryset.filter(locale_id=self.instance.locale_id).order_by("title")


@dataclass(frozen=True)
class StatusNotice:
    css_modifier: str
    heading: str
    text: str


class EventPage(RoutablePageMixin, BasePage):
    """An open day, information session, talk, exhibition or workshop."""

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []
    base_form_class = EventPageForm

    class Kind(models.TextChoices):
        OPEN_DAY = "open_day", _("Open day")
        INFORMATION_SESSION = "information_session", _("Information session")
        TALK = "talk", _("Talk")
        EXHIBITION = "exhibition", _("Exhibition")
        TRAVELLING_EXHIBITION = "travelling_exhibition", _("Travelling photo exhibition")
        WORKSHOP = "workshop", _("Workshop")
        THEMED_WEEK = "themed_week", _("Themed week")

    class AttendanceMode(models.TextChoices):
        IN_PERSON = "in_person", _("In person")
        ONLINE = "online", _("Online")
        MIXED = "mixed", _("In person and online")

    class Audience(models.TextChoices):
        YOUNG_PEOPLE = "young_people", _("Young people choosing their studies")
        CAREER_CHANGERS = "career_changers", _("Adults changing careers")
        EVERYONE = "everyone", _("Everyone")

    class Status(models.TextChoices):
        SCHEDULED = "scheduled", _("Scheduled")
        CANCELLED = "cancelled", _("Cancelled")
        POSTPONED = "postponed", _("Postponed")

    kind = models.CharField(
        _("kind of event"),
        max_length=30,
        choices=Kind.choices,
        default=Kind.OPEN_DAY,
        help_text=_("Choose “Themed week” for a week that gathers many partners' open days."),
    )
    introduction = models.TextField(
        _("short description"),
        max_length=400,
        blank=True,
        help_text=_(
            "One or two sentences: what visitors will see and do. Shown in the agenda and to search engines."
        ),
    )
    audience = models.CharField(
        _("audience"),
        max_length=30,
        choices=Audience.choices,
        default=Audience.EVERYONE,
        help_text=_("Who the event is mainly meant for."),
    )
    professions = ParentalManyToManyField(
        "fiches.FichePage",
        verbose_name=_("professions concerned"),
        related_name="events",
        blank=True,
        help_text=_(
            "The profession sheets this event lets visitors discover. The event appears on those sheets."
        ),
    )
    campaign = models.ForeignKey(
        "home.Campaign",
        verbose_name=_("campaign"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
        help_text=_("The campaign wave this event belongs to, e.g. the week of care jobs."),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A photo of the place or of a previous edition, landscape, at least 1200 pixels wide."),
    )
    body = StreamField(
        BodyBlock(),
        verbose_name=_("description"),
        blank=True,
        help_text=_("The programme, what to bring, how to get there."),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=Status.choices,
        default=Status.SCHEDULED,
        help_text=_(
            "If the event is cancelled or postponed, say so here: a notice appears at the top of its page."
        ),
    )

    start = models.DateTimeField(_("start"), help_text=_("Date and time, Brussels time."))
    end = models.DateTimeField(
        _("end"), help_text=_("Date and time, Brussels time. Must be after the start.")
    )
    attendance_mode = models.CharField(
        _("where it takes place"),
        max_length=20,
        choices=AttendanceMode.choices,
        default=AttendanceMode.IN_PERSON,
    )
    venue_name = models.CharField(
        _("venue"),
        max_length=150,
        blank=True,
        help_text=_("The name of the place, e.g. “Crèche Les Petits Pas”. Required for an event in person."),
    )
    venue_street = models.CharField(_("street and number"), max_length=150, blank=True)
    venue_postal_code = models.CharField(_("postal code"), max_length=10, blank=True)
    venue_city = models.CharField(
        _("city"), max_length=100, blank=True, help_text=_("Required for an event in person.")
    )
    region = models.ForeignKey(
        "home.Region",
        verbose_name=_("region"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    online_link = models.URLField(
        _("online link"),
        blank=True,
        help_text=_("The address where people join the session online. Required for an online event."),
    )
    organiser_name = models.CharField(
        _("organiser"), max_length=150, help_text=_("The organisation that welcomes visitors.")
    )
    organiser_website = models.URLField(_("organiser's website"), blank=True)

    registration_open = models.BooleanField(
        _("registration open"),
        default=False,
        help_text=_("Tick to let visitors register on the site."),
    )
    capacity = models.IntegerField(
        _("capacity"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1, message=_("The capacity must be at least one person."))],
        help_text=_("The number of places. Leave empty if there is no limit."),
    )
    registration_deadline = models.DateTimeField(
        _("registration deadline"),
        null=True,
        blank=True,
        help_text=_(
            "Brussels time. Must be before the start of the event. Leave empty to accept registrations until it starts."  # noqa: E501
        ),
    )

    content_panels = BasePage.content_panels + [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("audience")]),
        FieldPanel("introduction"),
        FieldPanel("image"),
        FieldPanel("body"),
        FieldPanel("professions", widget=forms.CheckboxSelectMultiple),
        FieldPanel("campaign"),
        FieldPanel("status"),
    ]
    practical_panels = [
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")], heading=_("Dates")),
        FieldPanel("attendance_mode"),
        MultiFieldPanel(
            [
                FieldPanel("venue_name"),
                FieldPanel("venue_street"),
                FieldRowPanel([FieldPanel("venue_postal_code"), FieldPanel("venue_city")]),
                FieldPanel("region"),
            ],
            heading=_("Venue"),
        ),
        FieldPanel("online_link"),
        MultiFieldPanel(
            [FieldPanel("organiser_name"), FieldPanel("organiser_website")], heading=_("Organiser")
        ),
    ]
    registration_panels = [
        FieldPanel("registration_open"),
        FieldRowPanel([FieldPanel("capacity"), FieldPanel("registration_deadline")]),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(practical_panels, heading=_("Practical details")),
            ObjectList(registration_panels, heading=_("Registration")),
            ObjectList(BasePage.promote_panels, heading=_("Promote")),
            ObjectList(BasePage.settings_panels, heading=_("Settings")),
        ]
    )

    search_fields = BasePage.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("body"),
        index.SearchField("venue_city"),
        index.SearchField("organiser_name"),
        index.AutocompleteField("venue_city"),
        index.FilterField("locale_id"),
        index.FilterField("kind"),
        index.FilterField("start"),
        index.FilterField("end"),
        index.FilterField("region"),
        index.RelatedFields("region", [index.SearchField("name")]),
    ]

    override_translatable_fields = BasePage.override_translatable_fields + [
        SynchronizedField("venue_postal_code"),
    ]

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        errors = {}
        if self.slug in RESERVED_SLUGS:
            errors["slug"] = _("“%(slug)s” is an address the agenda uses itself: choose another slug.") % {
                "slug": self.slug
            }
        if self.start and self.end and self.end <= self.start:
            errors["end"] = _("The event must end after it starts.")
        if self.is_online and not self.online_link:
            errors["online_link"] = _("Give the link where people join online, or choose “In person”.")
        if self.is_in_person:
            if not self.venue_name:
                errors["venue_name"] = _("Give the name of the venue, or choose “Online”.")
            if not self.venue_city:
                errors["venue_city"] = _("Give the city where the event takes place.")
        if self.registration_deadline and self.start and self.registration_deadline >= self.start:
            errors["registration_deadline"] = _(
                "The registration deadline must be before the start of the event."
            )
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        self.localize_professions()
        return super().save(*args, **kwargs)

    def localize_professions(self):
        """A translated event links to the profession sheets of its own language, when they exist."""
        if not self.locale_id:
            return
        professions = list(self.professions.all())
        if all(fiche.locale_id == self.locale_id for fiche in professions):
            return
        from fiches.models import FichePage

        translations = {
            fiche.translation_key: fiche
            for fiche in FichePage.objects.filter(
                locale_id=self.locale_id, translation_key__in=[fiche.translation_key for fiche in professions]
            )
        }
        self.professions = [translations.get(fiche.translation_key, fiche) for fiche in professions]

    def get_context(self, request, *args, **kwargs):
        from home.caching import cached_until, earliest_end  # imports Wagtail's views

        context = super().get_context(request, *args, **kwargs)
        # A callable: the template calls it when it renders the cached fragment that holds it.
        context["json_ld"] = lambda: self.structured_data(request)
        # The programme of a themed week lists upcoming events: kept until the first one ends.
        context["programme"] = cached_until(
            request,
            "event-programme",
            (self.pk,),
            lambda: self.campaign_programme,
            earliest_end,
        )
        context["calendar_url"] = f"{self.url}{EVENT_CALENDAR_SLUG}/"
        # The agenda is the parent: its address is this one without the slug (no query).
        context["agenda_url"] = self.url.rstrip("/").rsplit("/", 1)[0] + "/"
        return context

    @path("")
    def event(self, request):
        return self.render(request)

    @path(f"{EVENT_CALENDAR_SLUG}/")
    def ics(self, request):
        """This event as an .ics file: “add to my calendar”."""
        return calendar.calendar_response(calendar.event_calendar(self, request), filename=self.slug)

    # Dates, always shown in Brussels time whatever the server's or the editor's time zone.
    @property
    def local_start(self):
        return timezone.localtime(self.start, BRUSSELS)

    @property
    def local_end(self):
        return timezone.localtime(self.end, BRUSSELS)

    @property
    def ends_same_day(self):
        return self.local_start.date() == self.local_end.date()

    @property
    def calendar_location(self):
        """The place as one line, for calendars: venue, street, city; or the link online."""
        parts = []
        if self.is_in_person:
            parts = [self.venue_name, self.venue_street, self.postal_code_and_city]
        if self.is_online:
            parts.append(self.online_link)
        return ", ".join(part for part in parts if part)

    @property
    def map_url(self):
        """OpenStreetMap's search for the address: no embedded map, nothing loaded from elsewhere."""
        if not self.is_in_person or not self.venue_city:
            return ""
        parts = [self.venue_street, self.postal_code_and_city, self.region_country_name]
        address = ", ".join(part for part in parts if part)
        return "https://www.openstreetmap.org/search?" + urlencode({"query": address})

    @property
    def postal_code_and_city(self):
        return f"{self.venue_postal_code} {self.venue_city}".strip()

    @property
    def region_country_name(self):
        if not self.region_id:
            return ""
        return {"BE": "Belgique", "FR": "France"}.get(self.region.country, "")

    @property
    def is_in_person(self):
        return self.attendance_mode in (self.AttendanceMode.IN_PERSON, self.AttendanceMode.MIXED)

    @property
    def is_online(self):
        return self.attendance_mode in (self.AttendanceMode.ONLINE, self.AttendanceMode.MIXED)

    @property
    def place_label(self):
        """A short 'where' for cards: the city, 'Online', or both."""
        if self.attendance_mode == self.AttendanceMode.ONLINE:
            return _("Online")
        if self.attendance_mode == self.AttendanceMode.MIXED:
            return _("%(city)s and online") % {"city": self.venue_city}
        return self.venue_city

    @property
    def card_image(self):
        return self.listing_image or self.image

    @property
    def card_summary(self):
        return self.listing_summary or self.introduction or self.search_description

    @property
    def status_notice(self):
        if self.status == self.Status.CANCELLED:
            return StatusNotice(
                "cancelled",
                _("This event is cancelled."),
                _("We are sorry. Other events are listed in the agenda."),
            )
        if self.status == self.Status.POSTPONED:
            return StatusNotice(
                "postponed", _("This event is postponed."), _("The new date will be announced on this page.")
            )
        return None

    @cached_property
    def localized_professions(self):
        """The live profession sheets concerned, in this page's language (one query)."""
        from fiches.models import FichePage

        keys = self.professions.values("translation_key")
        return list(
            FichePage.objects.live()
            .filter(locale_id=self.locale_id, translation_key__in=keys)
            .order_by("title")
        )

    @cached_property
    def campaign_programme(self):
        """For a themed week: the other upcoming events of the same campaign, in this language."""
        if self.kind != self.Kind.THEMED_WEEK or not self.campaign_id:
            return []
        return list(
            EventPage.objects.live()
            .filter(locale_id=self.locale_id, campaign_id=self.campaign_id, end__gte=timezone.now())
            .exclude(pk=self.pk)
            .order_by("start", "pk")[:50]
        )

    def structured_data(self, request=None):
        """schema.org Event, with its translation(s) as workTranslation / translationOfWork."""
        data = {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": self.title,
            "startDate": self.local_start.isoformat(),
            "endDate": self.local_end.isoformat(),
            "eventAttendanceMode": {
                self.AttendanceMode.IN_PERSON: "https://schema.org/OfflineEventAttendanceMode",
                self.AttendanceMode.ONLINE: "https://schema.org/OnlineEventAttendanceMode",
                self.AttendanceMode.MIXED: "https://schema.org/MixedEventAttendanceMode",
            }[self.attendance_mode],
            "eventStatus": {
                self.Status.SCHEDULED: "https://schema.org/EventScheduled",
                self.Status.CANCELLED: "https://schema.org/EventCancelled",
                self.Status.POSTPONED: "https://schema.org/EventPostponed",
            }[self.status],
            "inLanguage": self.locale.language_code,
            "url": self.get_full_url(request),
        }
        locations = []
        if self.is_in_person:
            address = {"@type": "PostalAddress", "addressLocality": self.venue_city}
            if self.venue_street:
                address["streetAddress"] = self.venue_street
            if self.venue_postal_code:
                address["postalCode"] = self.venue_postal_code
            if self.region_id:
                address["addressRegion"] = self.region.name
                address["addressCountry"] = self.region.country
            locations.append({"@type": "Place", "name": self.venue_name, "address": address})
        if self.is_online:
            locations.append({"@type": "VirtualLocation", "url": self.online_link})
        data["location"] = locations[0] if len(locations) == 1 else locations
        organizer = {"@type": "Organization", "name": self.organiser_name}
        if self.organiser_website:
            organizer["url"] = self.organiser_website
        data["organizer"] = organizer
        description = self.introduction or self.search_description
        if description:
            data["description"] = description
        if self.image_id:
            data["image"] = [absolute(request, self.image.file.url)]
        data.update(self.translation_links(request))
        return data

    def translation_links(self, request):
        translations = [
            {"@type": "Event", "@id": page.get_full_url(request), "inLanguage": page.locale.language_code}
            for page in self.get_translations()
            .live()
            .select_related("locale")
            .order_by("locale__language_code")
        ]
        if not translations:
            return {}
        if self.locale.language_code == settings.LANGUAGE_CODE:
            return {"workTranslation": translations}
        source = [item for item in translations if item["inLanguage"] == settings.LANGUAGE_CODE]
        return {"translationOfWork": (source or translations)[0]}
