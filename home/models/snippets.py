"""Site-wide translatable snippets: the taxonomy (sectors, regions), campaigns and the footer."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField


class TaxonomyMixin(TranslatableMixin, index.Indexed, models.Model):
    """A translatable name with a slug shared by every language (stable filter URLs)."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        help_text=_("Used in the addresses of filtered listings. The same in every language."),
    )

    override_translatable_fields = [SynchronizedField("slug", overridable=False)]

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name


class Sector(TaxonomyMixin):
    """A field of the care, social and non-profit world: health, early childhood, disability…"""

    description = models.TextField(_("description"), max_length=500, blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]

    class Meta(TaxonomyMixin.Meta):
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_sector_slug_per_locale")
        ]


class Region(TaxonomyMixin):
    """A region where professionals work and events take place: Brussels, Wallonia, Flanders…"""

    class Country(models.TextChoices):
        BELGIUM = "BE", _("Belgium")
        FRANCE = "FR", _("France")

    country = models.CharField(_("country"), max_length=2, choices=Country.choices, default=Country.BELGIUM)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("country")]

    class Meta(TaxonomyMixin.Meta):
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        ordering = ["country", "name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_region_slug_per_locale")
        ]


class Campaign(TaxonomyMixin):
    """A wave of the campaign: a themed week, a social-media series, a recruitment drive."""

    class Kind(models.TextChoices):
        WAVE = "wave", _("Campaign wave")
        SOCIAL_SERIES = "social_series", _("Social-media series")
        RECRUITMENT_DRIVE = "recruitment_drive", _("Recruitment drive")
        THEMED_WEEK = "themed_week", _("Themed week")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.WAVE)
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(
        _("end date"), null=True, blank=True, help_text=_("Leave empty if open-ended.")
    )
    description = models.TextField(
        _("description"),
        max_length=1000,
        blank=True,
        help_text=_("What the campaign wants to achieve and who it speaks to."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("kind"),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")], heading=_("Dates")),
        FieldPanel("description"),
    ]

    search_fields = TaxonomyMixin.search_fields + [index.SearchField("description")]

    class Meta(TaxonomyMixin.Meta):
        verbose_name = _("campaign")
        verbose_name_plural = _("campaigns")
        ordering = ["-start_date", "name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_campaign_slug_per_locale")
        ]

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The end date cannot be before the start date.")})


class FooterText(TranslatableMixin, models.Model):
    """The text at the foot of every page: who runs the campaign, how to reach them."""

    body = RichTextField(
        _("footer text"),
        features=["bold", "italic", "link"],
        help_text=_("Who runs the campaign and how to contact them. One per language."),
    )

    panels = [FieldPanel("body")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer text")
        verbose_name_plural = _("footer texts")

    def __str__(self):
        return str(_("Footer text (%(language)s)") % {"language": self.locale.get_display_name()})

    @classmethod
    def for_active_locale(cls):
        return cls.objects.filter(locale__language_code=get_language()).first()
