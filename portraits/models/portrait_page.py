"""A professional's testimony: an article, a video or a podcast episode, and the quote."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import FileExtensionValidator, MaxLengthValidator
from django.db import models
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    HelpPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField
from wagtailmedia.edit_handlers import MediaChooserPanel

from home.blocks import BodyBlock
from home.models import BasePage
from portraits import structured_data
from portraits.captions import validate_webvtt
from portraits.forms import PortraitPageForm
from portraits.listing import related_portraits, upcoming_events
from portraits.localization import localized_fiche, localized_snippets
from portraits.media import media_type_error, read_field_file_facts
from portraits.reading import reading_minutes
from portraits.sharing import share_links

QUOTE_MAX_LENGTH = 280
PHOTO_SPEC = "fill-720x900|format-webp"
SOCIAL_SPEC = "fill-1200x630|format-jpeg"


class PortraitPage(BasePage):
    """A professional's testimony, linked to the profession sheet it illustrates."""

    class Format(models.TextChoices):
        ARTICLE = "article", _("Article")
        VIDEO = "video", _("Video")
        PODCAST = "podcast", _("Podcast")

    parent_page_types = ["portraits.PortraitIndexPage"]
    subpage_types = []

    # Who
    first_name = models.CharField(
        _("first name"),
        max_length=60,
        help_text=_("First name only, never the surname: it protects the person's privacy."),
    )
    job_title = models.CharField(
        _("job title"),
        max_length=120,
        help_text=_("The job as the person says it, e.g. “infirmière de nuit en gériatrie”."),
    )
    fiche = models.ForeignKey(
        "fiches.FichePage",
        verbose_name=_("profession sheet"),
        on_delete=models.PROTECT,
        related_name="portraits",
        help_text=_("The profession sheet this testimony illustrates; readers go on to it."),
    )
    sectors = ParentalManyToManyField(
        "home.Sector",
        verbose_name=_("sectors"),
        blank=True,
        related_name="portraits",
        help_text=_("Where the person works: health, early childhood, disability…"),
    )
    region = models.ForeignKey(
        "home.Region",
        verbose_name=_("region"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="portraits",
        help_text=_("The region where the person works."),
    )
    employer = models.CharField(
        _("employer or structure"),
        max_length=150,
        blank=True,
        help_text=_("Optional, and only if the employer agrees, e.g. “Crèche Les Petits Pas, Namur”."),
    )
    campaigns = ParentalManyToManyField(
        "home.Campaign",
        verbose_name=_("campaigns"),
        blank=True,
        related_name="portraits",
        help_text=_("The campaign waves this portrait is part of."),
    )
    # What they say
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=False,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("A portrait of the person, ideally at work. Upright photos look best (4:5)."),
    )
    photo_alt_text = models.CharField(
        _("photo description"),
        max_length=200,
        help_text=_(
            "Describe the photo for people who cannot see it, e.g. “Sarah, smiling, helps a "
            "resident to stand up”. Do not start with “Photo of”."
        ),
    )
    quote = models.TextField(
        _("“I love my job because…”"),
        max_length=QUOTE_MAX_LENGTH,
        validators=[MaxLengthValidator(QUOTE_MAX_LENGTH)],
        help_text=_(
            "The end of the sentence “I love my job because…”, in the person's words. 280 "
            "characters at most: it is also the text posted on social networks."
        ),
    )
    introduction = models.TextField(
        _("introduction"),
        max_length=600,
        blank=True,
        help_text=_("Two or three sentences that make the reader want to read on."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    # Main media
    media = models.ForeignKey(
        "wagtailmedia.Media",
        verbose_name=_("video or podcast episode"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Leave empty for a written portrait. Choose a video or a sound recording to make it "
            "a video or a podcast episode: the format and the duration come from the file."
        ),
    )
    transcript = models.TextField(
        _("transcript"),
        blank=True,
        help_text=_(
            "Required with a video or a recording: everything that is said (and, for a video, "
            "shown), for people who cannot hear or watch it. Start each speaker's turn on a new line."
        ),
    )
    format = models.CharField(
        _("format"),
        max_length=10,
        choices=Format.choices,
        default=Format.ARTICLE,
        editable=False,
    )
    # Consent of the person portrayed (image and testimony rights)
    consent_signed_on = models.DateField(
        _("consent signed on"),
        null=True,
        blank=True,
        help_text=_("The date on the consent form the person signed. Keep the signed form on file."),
    )
    consent_website = models.BooleanField(
        _("on this website"),
        default=False,
        help_text=_("The person agrees to appear on this website."),
    )
    consent_social_networks = models.BooleanField(
        _("on social networks"),
        default=False,
        help_text=_("The person agrees to appear in the campaign's social-media posts."),
    )
    consent_print = models.BooleanField(
        _("in print"),
        default=False,
        help_text=_("The person agrees to appear on posters, leaflets and in the press."),
    )
    consent_expires_on = models.DateField(
        _("consent expires on"),
        null=True,
        blank=True,
        help_text=_("Leave empty if the consent has no end date."),
    )
    consent_withdrawn_on = models.DateField(
        _("consent withdrawn on"),
        null=True,
        blank=True,
        help_text=_(
            "Fill in the day the person withdraws their consent: the portrait then comes off "
            "the public site, in every language."
        ),
    )

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("first_name"), FieldPanel("job_title")]),
                FieldPanel("fiche"),
                FieldPanel("employer"),
                FieldRowPanel([FieldPanel("region"), FieldPanel("sectors")]),
                FieldPanel("campaigns"),
            ],
            heading=_("The person"),
        ),
        MultiFieldPanel([FieldPanel("photo"), FieldPanel("photo_alt_text")], heading=_("Photo")),
        FieldPanel("quote"),
        FieldPanel("introduction"),
        FieldPanel("body"),
    ]
    media_panels = [
        HelpPanel(
            content=_(
                "A portrait is an article, a video or a podcast episode. Upload the file in "
                "Media first, then choose it here. Videos need captions in at least one language."
            )
        ),
        MediaChooserPanel("media"),
        FieldPanel("transcript"),
        InlinePanel(
            "caption_tracks",
            heading=_("Video captions"),
            label=_("Captions file"),
            help_text=_("One WebVTT file (.vtt) per language. Only for a video."),
        ),
    ]
    consent_panels = [
        HelpPanel(
            content=_(
                "Nobody's portrait goes online without their signed consent. Record here what "
                "the person signed. These dates are the same in every language."
            )
        ),
        FieldPanel("consent_signed_on"),
        MultiFieldPanel(
            [
                FieldPanel("consent_website"),
                FieldPanel("consent_social_networks"),
                FieldPanel("consent_print"),
            ],
            heading=_("Where the portrait may appear"),
        ),
        FieldRowPanel([FieldPanel("consent_expires_on"), FieldPanel("consent_withdrawn_on")]),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(media_panels, heading=_("Media")),
            ObjectList(consent_panels, heading=_("Consent")),
            ObjectList(BasePage.promote_panels, heading=_("Promote")),
            ObjectList(BasePage.settings_panels, heading=_("Settings")),
        ]
    )
    base_form_class = PortraitPageForm

    search_fields = BasePage.search_fields + [
        index.SearchField("first_name"),
        index.SearchField("job_title"),
        index.SearchField("quote"),
        index.SearchField("introduction"),
        index.SearchField("body"),
        index.SearchField("transcript"),
        index.AutocompleteField("job_title"),
        index.FilterField("locale_id"),
        index.FilterField("format"),
        index.FilterField("region"),
        index.RelatedFields("fiche", [index.SearchField("profession_name")]),
        index.RelatedFields("sectors", [index.SearchField("name")]),
    ]

    override_translatable_fields = BasePage.override_translatable_fields + [
        SynchronizedField("first_name"),
        SynchronizedField("consent_signed_on", overridable=False),
        SynchronizedField("consent_website", overridable=False),
        SynchronizedField("consent_social_networks", overridable=False),
        SynchronizedField("consent_print", overridable=False),
        SynchronizedField("consent_expires_on", overridable=False),
        SynchronizedField("consent_withdrawn_on", overridable=False),
    ]

    def clean(self):
        super().clean()
        errors = {}
        if self.media_id:
            if not (self.transcript or "").strip():
                errors["transcript"] = _("A video or a podcast episode needs its transcript.")
            claimed = self.media.type
            error = media_type_error(claimed, read_field_file_facts(self.media.file))
            if error:
                errors["media"] = error
        if (
            self.consent_expires_on
            and self.consent_signed_on
            and self.consent_expires_on < self.consent_signed_on
        ):
            errors["consent_expires_on"] = _("The consent cannot expire before it was signed.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        self.format = self.derived_format
        return super().save(*args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from home.caching import cached_until, earliest_end, lazy_entries  # imports Wagtail's views

        context = super().get_context(request, *args, **kwargs)
        # The template keeps most of the page in cached fragments (home/templatetags/fragment_tags.py):
        # what only they read is computed lazily, when they are rendered again.
        renditions = SimpleLazyObject(
            lambda: list(self.photo.get_renditions(PHOTO_SPEC, SOCIAL_SPEC).values())
        )
        share_url = SimpleLazyObject(lambda: self.get_full_url(request))
        context.update(
            photo=SimpleLazyObject(lambda: renditions[0]),
            poster=SimpleLazyObject(lambda: renditions[1]),
            **lazy_entries(
                request,
                "portrait-sections",
                (self.pk,),
                self.linked_content,
                ("fiche", "sectors", "campaigns", "related_portraits"),
            ),
            caption_tracks=SimpleLazyObject(lambda: self.caption_tracks_for_player),
            # Upcoming events also change with time: kept until the first of them ends.
            events=cached_until(
                request,
                "portrait-events",
                (self.pk,),
                lambda: upcoming_events(self),
                earliest_end,
            ),
            share_url=share_url,
            share_links=SimpleLazyObject(lambda: share_links(str(share_url), self.title)),
            # A callable: the template calls it when it renders the fragment that holds it.
            structured_data=lambda: self.structured_data(request, renditions[1]),
        )
        return context

    def structured_data(self, request, image):
        # The live language versions, this page's own locale among them: one query for both.
        versions = list(self.get_translations(inclusive=True).live().select_related("locale"))
        for version in versions:
            if version.pk == self.pk:
                self.locale = version.locale
        translation = next((version for version in versions if version.pk != self.pk), None)
        return structured_data.portrait(self, request, image=image, translation=translation)

    def linked_content(self):
        """The sheet, sectors, campaigns and other portraits of the job, in the page's language:
        kept in the shared cache until any content changes (`home.caching.cached`)."""
        return {
            "fiche": localized_fiche(self),
            "sectors": localized_snippets(self.sectors.all(), self.locale_id),
            "campaigns": localized_snippets(self.campaigns.all(), self.locale_id),
            "related_portraits": related_portraits(self),
        }

    @property
    def derived_format(self):
        """The format follows the main media: none is an article, audio is a podcast episode."""
        if self.media_id is None:
            return self.Format.ARTICLE
        return self.Format.VIDEO if self.media.type == "video" else self.Format.PODCAST

    @property
    def is_video(self):
        return self.format == self.Format.VIDEO

    @property
    def is_podcast(self):
        return self.format == self.Format.PODCAST

    @property
    def duration_seconds(self):
        """How long the video or episode lasts, read from its file; None for an article."""
        if self.media_id is None or not self.media.duration:
            return None
        return round(self.media.duration)

    @property
    def duration_iso(self):
        """The duration in ISO 8601, e.g. “PT2M5S”, for structured data."""
        seconds = self.duration_seconds
        if seconds is None:
            return None
        minutes, seconds = divmod(seconds, 60)
        return f"PT{minutes}M{seconds}S" if minutes else f"PT{seconds}S"

    @property
    def duration_label(self):
        seconds = self.duration_seconds
        if seconds is None:
            return ""
        if seconds < 60:
            return _("%(seconds)s s") % {"seconds": seconds}
        return _("%(minutes)s min") % {"minutes": round(seconds / 60)}

    @property
    def reading_time(self):
        """Minutes to read the introduction, the body and the transcript."""
        body_text = self.body.stream_block.get_searchable_content(self.body)
        return reading_minutes([self.introduction, self.transcript, *body_text])

    @property
    def teaser_image(self):
        return self.listing_image or self.photo

    @property
    def caption_tracks_for_player(self):
        """Caption tracks, the one in the page's language first and marked as default."""
        language = self.locale.language_code
        tracks = sorted(self.caption_tracks.all(), key=lambda track: track.language != language)
        for track in tracks:
            track.is_default = track.language == language
        return tracks

    @property
    def consent_scopes(self):
        """The names of the places the person agreed to appear."""
        scopes = {
            "website": self.consent_website,
            "social_networks": self.consent_social_networks,
            "print": self.consent_print,
        }
        return [scope for scope, given in scopes.items() if given]

    def has_consent(self, scope="website", on=None):
        """Whether the recorded consent covers `scope` on the day `on` (today by default)."""
        on = on or timezone.localdate()
        return bool(
            self.consent_signed_on
            and self.consent_signed_on <= on
            and scope in self.consent_scopes
            and (self.consent_expires_on is None or on <= self.consent_expires_on)
            and (self.consent_withdrawn_on is None or on < self.consent_withdrawn_on)
        )

    class Meta:
        verbose_name = _("portrait")
        verbose_name_plural = _("portraits")


class PortraitCaptionTrack(Orderable):
    """A WebVTT captions file for the portrait's video, in one language."""

    page = ParentalKey(PortraitPage, on_delete=models.CASCADE, related_name="caption_tracks")
    language = models.CharField(_("language"), max_length=7, choices=settings.LANGUAGES)
    file = models.FileField(
        _("WebVTT file"),
        upload_to="portraits/captions",
        validators=[FileExtensionValidator(["vtt"]), validate_webvtt],
        help_text=_("A .vtt captions file, exported from your subtitling tool."),
    )

    panels = [FieldRowPanel([FieldPanel("language"), FieldPanel("file")])]

    class Meta(Orderable.Meta):
        verbose_name = _("captions file")
        verbose_name_plural = _("captions files")

    def __str__(self):
        return self.get_language_display()

    @property
    def label(self):
        return self.get_language_display()
