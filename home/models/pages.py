"""The campaign home page (one per language) and the standard pages hanging from it."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from home.blocks import BodyBlock

from .base import BasePage


class HomePage(BasePage):
    """The home page of the campaign site. The Dutch one is the translation of the French one."""

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "portraits.PortraitIndexPage",
        "fiches.FicheIndexPage",
        "events.EventIndexPage",
        "events.PartnerKitIndexPage",
        "home.StandardPage",
    ]

    hero_heading = models.CharField(
        _("hero heading"),
        max_length=120,
        help_text=_("The campaign's slogan, in large letters at the top of the page."),
    )
    hero_text = models.TextField(
        _("hero text"),
        max_length=400,
        blank=True,
        help_text=_("One or two sentences under the slogan: who the campaign speaks to and why."),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A professional at work, landscape, at least 1600 pixels wide."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("hero_heading"), FieldPanel("hero_text"), FieldPanel("hero_image")],
            heading=_("Campaign hero"),
        ),
        InlinePanel(
            "featured_portraits",
            label=_("Featured portraits"),
            heading=_("Featured portraits"),
            help_text=_(
                "Up to four portraits shown first on the home page. The newest portraits fill the "
                "remaining places."
            ),
            max_num=4,
        ),
        FieldPanel("body"),
    ]

    search_fields = BasePage.search_fields + [
        index.SearchField("hero_heading"),
        index.SearchField("hero_text"),
    ]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    @classmethod
    def can_create_at(cls, parent):
        # One home page per language: the Dutch one is created by translating the French one.
        return super().can_create_at(parent) and not cls.objects.exists()

    def get_context(self, request, *args, **kwargs):
        from home.caching import cached_until, lazy_entries
        from home.home_sections import HOME_SECTION_KEYS, agenda_sections, home_sections

        context = super().get_context(request, *args, **kwargs)
        context.update(
            lazy_entries(request, "home-sections", (self.pk,), lambda: home_sections(self), HOME_SECTION_KEYS)
        )
        context.update(
            cached_until(
                request,
                "home-agenda",
                (self.pk,),
                lambda: agenda_sections(self),
                lambda agenda: agenda["expires"],
            )
        )
        return context


class HomePageFeaturedPortrait(Orderable):
    """A portrait the editors put forward on the home page."""

    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_portraits")
    portrait = models.ForeignKey(
        "portraits.PortraitPage",
        verbose_name=_("portrait"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("portrait")]

    class Meta(Orderable.Meta):
        verbose_name = _("featured portrait")
        verbose_name_plural = _("featured portraits")


class StandardPage(BasePage):
    """About, legal notice, privacy policy, accessibility statement: text pages."""

    parent_page_types = ["home.HomePage"]
    subpage_types = []

    introduction = models.TextField(
        _("introduction"),
        max_length=500,
        blank=True,
        help_text=_("A short paragraph in larger type under the title."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("introduction"), FieldPanel("body")]

    search_fields = BasePage.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")
