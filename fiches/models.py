"""Profession sheets ("fiches métiers"): the job, how to train for it, where it leads, its pay."""

from collections import namedtuple
from urllib.parse import urlencode

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField
from wagtailmedia.edit_handlers import MediaChooserPanel

from fiches.blocks import TrainingPathsBlock
from fiches.forms import FichePageForm
from fiches.listing import (
    fiche_letter_groups,
    filter_choices,
    filter_fiches,
    linked_portraits,
    localized,
    read_fiche_filters,
    sector_choices,
    sector_options,
    upcoming_events,
)
from fiches.structured_data import occupation_json_ld
from home.blocks import BodyBlock
from home.listing import is_known
from home.models import BasePage

Section = namedtuple("Section", ["anchor", "label"])

LIST_FEATURES = ["bold", "italic", "link", "ul", "ol"]

rome_code_validator = RegexValidator(
    r"^[A-N][0-9]{4}$",
    _("A ROME code is one capital letter from A to N followed by four digits, e.g. J1506."),
)
esco_uri_validator = RegexValidator(
    r"^http://data\.europa\.eu/esco/occupation/"
    r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$",
    _(
        "An ESCO occupation address looks like "
        "http://data.europa.eu/esco/occupation/ followed by an identifier such as "
        "b8a8e6d4-1f3c-4a5e-9d2b-0c7e6f5a4b3c."
    ),
)


class FicheIndexPage(BasePage):
    """The A–Z list of profession sheets."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["fiches.FichePage"]
    max_count_per_parent = 1

    introduction = models.TextField(
        _("introduction"),
        max_length=500,
        blank=True,
        help_text=_("A short paragraph under the title: what visitors will find in these sheets."),
    )

    content_panels = BasePage.content_panels + [FieldPanel("introduction")]

    search_fields = BasePage.search_fields + [
        index.SearchField("introduction"),
        index.FilterField("locale_id"),
    ]

    class Meta:
        verbose_name = _("profession sheet index")
        verbose_name_plural = _("profession sheet indexes")

    def get_context(self, request, *args, **kwargs):
        from home.caching import cached  # imports Wagtail's views: not at model loading time

        context = super().get_context(request, *args, **kwargs)
        values = read_fiche_filters(request.GET)
        sectors = cached(
            request, "fiche-sector-choices", (self.locale_id,), lambda: sector_choices(self.locale_id)
        )

        def sheets():
            fiches = list(
                filter_fiches(FichePage.objects.child_of(self).live(), values).order_by("profession_name")
            )
            return {"fiche_count": len(fiches), "letter_groups": fiche_letter_groups(fiches)}

        listing = SimpleLazyObject(sheets)  # the template renders it in a cached fragment
        context.update(
            fiche_count=SimpleLazyObject(lambda: listing["fiche_count"]),
            letter_groups=SimpleLazyObject(lambda: listing["letter_groups"]),
            # The same list for every visitor until the content changes, unless the query string
            # names sectors that do not exist (None: not cached).
            listing_key=urlencode(sorted(values.items())) or "all"
            if is_known(values, filter_choices(sectors))
            else None,
            active_filters=values,
            sector_options=sector_options(self.locale_id, values.get("sector"), sectors),
            # Filtered lists are not indexed; their canonical address is the plain list.
            seo_noindex=bool(values),
            canonical_url=self.get_full_url(request),
        )
        return context


class FichePage(BasePage):
    """One profession: missions, skills, training paths, prospects, salary."""

    parent_page_types = ["fiches.FicheIndexPage"]
    subpage_types = []
    base_form_class = FichePageForm

    # Names and summary
    profession_name = models.CharField(
        _("profession name"),
        max_length=120,
        help_text=_("The usual name of the profession, e.g. “Infirmier”. The sheets are sorted by it."),
    )
    feminine_name = models.CharField(
        _("feminine form"),
        max_length=120,
        blank=True,
        help_text=_("e.g. “Infirmière”. Leave empty when it is the same word."),
    )
    other_names = models.CharField(
        _("other names and abbreviations"),
        max_length=250,
        blank=True,
        help_text=_(
            "Other names people use, separated by commas, e.g. “AS, aide-soignante”. "
            "Visitors who search for them find this sheet."
        ),
    )
    summary = models.TextField(
        _("summary"),
        max_length=600,
        blank=True,
        help_text=_("Two or three sentences that say what the job is about, in everyday words."),
    )
    sectors = ParentalManyToManyField(
        "home.Sector",
        verbose_name=_("sectors"),
        related_name="fiches",
        blank=True,
        help_text=_("Where people in this job work: health, early childhood, disability…"),
    )

    # The job
    missions = RichTextField(
        _("missions"),
        features=LIST_FEATURES,
        blank=True,
        help_text=_("What the professional does day to day. A bulleted list reads best."),
    )
    skills = RichTextField(
        _("skills and qualities"),
        features=LIST_FEATURES,
        blank=True,
        help_text=_("What it takes: know-how and personal qualities. One per bullet."),
    )
    working_conditions = RichTextField(
        _("working conditions"),
        features=LIST_FEATURES,
        blank=True,
        help_text=_("Hours, shifts, weekends, places of work, physical demands."),
    )
    career_prospects = RichTextField(
        _("career prospects"),
        features=LIST_FEATURES,
        blank=True,
        help_text=_("Where the job can lead: specialisations, management, other professions."),
    )

    # Training
    access_conditions = RichTextField(
        _("access conditions"),
        features=LIST_FEATURES,
        blank=True,
        help_text=_("What is needed to start: diploma, licence, registration, age, medical check."),
    )
    training_paths = StreamField(
        TrainingPathsBlock(),
        verbose_name=_("training paths"),
        blank=True,
        help_text=_("Each diploma or certificate that leads to the job, in the order you want to show them."),
    )

    # Salary
    salary_beginner_min = models.PositiveIntegerField(
        _("beginner: minimum"),
        null=True,
        blank=True,
        help_text=_("Gross monthly pay in euros, full time, at the start of a career."),
    )
    salary_beginner_max = models.PositiveIntegerField(
        _("beginner: maximum"),
        null=True,
        blank=True,
        help_text=_("Gross monthly pay in euros, full time, at the start of a career."),
    )
    salary_experienced_min = models.PositiveIntegerField(
        _("experienced: minimum"),
        null=True,
        blank=True,
        help_text=_("Gross monthly pay in euros, full time, after about 15 years."),
    )
    salary_experienced_max = models.PositiveIntegerField(
        _("experienced: maximum"),
        null=True,
        blank=True,
        help_text=_("Gross monthly pay in euros, full time, after about 15 years."),
    )
    salary_source = models.CharField(
        _("source of the salary figures"),
        max_length=200,
        blank=True,
        help_text=_("Where the figures come from, e.g. “Barème IFIC 2025” or “Convention collective 51”."),
    )
    salary_source_date = models.DateField(
        _("date of the source"),
        null=True,
        blank=True,
        help_text=_("The date of the pay scale or of the publication the figures come from."),
    )

    # Labour market and classification
    is_shortage = models.BooleanField(
        _("shortage profession"),
        default=False,
        help_text=_("Tick when employers struggle to recruit for this job (an official shortage list)."),
    )
    shortage_regions = ParentalManyToManyField(
        "home.Region",
        verbose_name=_("regions in shortage"),
        related_name="shortage_fiches",
        blank=True,
        help_text=_("The regions whose official list names this job as in shortage."),
    )
    is_regulated = models.BooleanField(
        _("regulated profession"),
        default=False,
        help_text=_("Tick when the law reserves the job to holders of a given diploma or licence."),
    )
    rome_code = models.CharField(
        _("ROME code"),
        max_length=10,
        blank=True,
        validators=[rome_code_validator],
        help_text=_("The code of the French job directory (France Travail), e.g. J1506. Optional."),
    )
    esco_uri = models.CharField(
        _("ESCO occupation"),
        max_length=200,
        blank=True,
        validators=[esco_uri_validator],
        help_text=_(
            "The address of the occupation in the European ESCO classification, e.g. "
            "http://data.europa.eu/esco/occupation/… Optional."
        ),
    )
    last_reviewed = models.DateField(
        _("last reviewed"),
        null=True,
        blank=True,
        help_text=_("The day the facts of this sheet (training, pay) were last checked."),
    )

    # Media
    header_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("header image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "A professional at work, landscape, at least 1600 pixels wide. Give it an alternative text."
        ),
    )
    video = models.ForeignKey(
        "wagtailmedia.Media",
        verbose_name=_("video"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        limit_choices_to={"type": "video"},
        help_text=_("An optional short video about the job, from the media library."),
    )
    video_transcript = models.TextField(
        _("video transcript"),
        blank=True,
        help_text=_(
            "Everything that is said and shown in the video, for people who cannot watch or hear it."
        ),
    )

    body = StreamField(
        BodyBlock(),
        verbose_name=_("body"),
        blank=True,
        help_text=_("Anything else worth telling: a testimony, photos, a call to action."),
    )

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("profession_name"), FieldPanel("feminine_name"), FieldPanel("other_names")],
            heading=_("Names of the profession"),
        ),
        FieldPanel("summary"),
        FieldPanel("sectors", widget=forms.CheckboxSelectMultiple),
        FieldPanel("missions"),
        FieldPanel("skills"),
        FieldPanel("working_conditions"),
        FieldPanel("career_prospects"),
        MultiFieldPanel(
            [
                FieldPanel("is_shortage"),
                FieldPanel("shortage_regions", widget=forms.CheckboxSelectMultiple),
                FieldPanel("is_regulated"),
            ],
            heading=_("Labour market"),
        ),
        MultiFieldPanel(
            [FieldPanel("rome_code"), FieldPanel("esco_uri")],
            heading=_("Classification codes"),
        ),
        FieldPanel("last_reviewed"),
        FieldPanel("body"),
    ]
    training_panels = [
        FieldPanel("access_conditions"),
        FieldPanel("training_paths"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("salary_beginner_min"), FieldPanel("salary_beginner_max")]),
                FieldRowPanel([FieldPanel("salary_experienced_min"), FieldPanel("salary_experienced_max")]),
                FieldRowPanel([FieldPanel("salary_source"), FieldPanel("salary_source_date")]),
            ],
            heading=_("Salary (gross per month, in euros)"),
        ),
    ]
    media_panels = [
        FieldPanel("header_image"),
        MediaChooserPanel("video", media_type="video"),
        FieldPanel("video_transcript"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(training_panels, heading=_("Training and salary")),
            ObjectList(media_panels, heading=_("Media")),
            ObjectList(BasePage.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )

    search_fields = BasePage.search_fields + [
        index.SearchField("profession_name", boost=3),
        index.SearchField("feminine_name", boost=3),
        index.SearchField("other_names", boost=3),
        index.AutocompleteField("profession_name"),
        index.AutocompleteField("feminine_name"),
        index.AutocompleteField("other_names"),
        index.SearchField("summary"),
        index.SearchField("missions"),
        index.SearchField("skills"),
        index.SearchField("career_prospects"),
        index.RelatedFields("sectors", [index.SearchField("name")]),
        index.FilterField("locale_id"),
        index.FilterField("is_shortage"),
        index.FilterField("is_regulated"),
    ]

    # The codes and the salary source date are facts, the same in every language.
    override_translatable_fields = BasePage.override_translatable_fields + [
        SynchronizedField("rome_code", overridable=False),
        SynchronizedField("esco_uri", overridable=False),
    ]

    class Meta:
        verbose_name = _("profession sheet")
        verbose_name_plural = _("profession sheets")

    def clean(self):
        super().clean()
        errors = {}
        for stage in ("beginner", "experienced"):
            low = getattr(self, f"salary_{stage}_min")
            high = getattr(self, f"salary_{stage}_max")
            if low is not None and high is not None and low > high:
                errors[f"salary_{stage}_min"] = _(
                    "The minimum (%(minimum)s €) cannot be above the maximum (%(maximum)s €)."
                ) % {"minimum": low, "maximum": high}
        if self.has_salary:
            if not self.salary_source.strip():
                errors["salary_source"] = _(
                    "Say where the salary figures come from, e.g. “Barème IFIC 2025”."
                )
            if self.salary_source_date is None:
                errors["salary_source_date"] = _("Give the date of the source of the salary figures.")
        if self.video_id is not None:
            if self.video.type != "video":
                errors["video"] = _("Choose a video, not an audio file.")
            if not self.video_transcript.strip():
                errors["video_transcript"] = _(
                    "A video needs its transcript, for people who cannot watch it."
                )
        if errors:
            raise ValidationError(errors)

    def get_context(self, request, *args, **kwargs):
        from home.caching import cached_until, earliest_end, lazy_entries  # imports Wagtail's views

        context = super().get_context(request, *args, **kwargs)
        # Upcoming events change with time: kept until the first of them ends. The rest of the
        # sheet is rendered in cached fragments: computed lazily, when they are rendered again.
        events = cached_until(
            request,
            "fiche-events",
            (self.pk,),
            lambda: upcoming_events(self, request),
            earliest_end,
        )
        context["events"] = events
        context.update(
            lazy_entries(
                request,
                "fiche-sections",
                (self.pk, bool(events)),
                lambda: self.linked_content(request, events),
                ("sectors", "shortage_regions", "portraits", "sections"),
            )
        )
        # A callable: the template calls it when it renders the cached fragment that holds it.
        context["json_ld"] = lambda: occupation_json_ld(self, request, regions=context["shortage_regions"])
        return context

    def linked_content(self, request, events):
        shortage_regions = localized(self.shortage_regions.all(), self.locale_id) if self.is_shortage else []
        portraits = linked_portraits(self, request)
        return {
            "sectors": localized(self.sectors.all(), self.locale_id),
            "shortage_regions": shortage_regions,
            "portraits": portraits,
            "sections": self.sections(portraits=portraits, events=events),
        }

    def sections(self, portraits=(), events=()):
        """The sections this sheet shows, in order, for the in-page navigation."""
        candidates = [
            ("missions", _("What the job is"), self.missions),
            ("qualites", _("Skills and qualities"), self.skills),
            ("formation", _("How to train for it"), self.training_paths or self.access_conditions),
            ("salaire", _("What it pays"), self.has_salary),
            ("conditions", _("Working conditions"), self.working_conditions),
            ("perspectives", _("Where it leads"), self.career_prospects or self.is_shortage),
            ("video", _("In pictures"), self.video_id),
            ("en-savoir-plus", _("More about the job"), self.body),
            ("portraits", _("They do this job"), portraits),
            ("agenda", _("Meet them soon"), events),
        ]
        return [Section(anchor, label) for anchor, label, present in candidates if present]

    @property
    def teaser_summary(self):
        return self.listing_summary or self.search_description or self.summary

    @property
    def feminine_variant(self):
        """The feminine form, when it differs from the profession name."""
        if self.feminine_name.strip().casefold() == self.profession_name.strip().casefold():
            return ""
        return self.feminine_name

    @property
    def other_names_list(self):
        return [name.strip() for name in self.other_names.split(",") if name.strip()]

    @property
    def has_salary(self):
        return any(
            value is not None
            for value in (
                self.salary_beginner_min,
                self.salary_beginner_max,
                self.salary_experienced_min,
                self.salary_experienced_max,
            )
        )

    @property
    def salary_rows(self):
        """(label, minimum, maximum) for each career stage that has figures."""
        rows = [
            (_("Beginner"), self.salary_beginner_min, self.salary_beginner_max),
            (_("Experienced"), self.salary_experienced_min, self.salary_experienced_max),
        ]
        return [row for row in rows if row[1] is not None or row[2] is not None]
