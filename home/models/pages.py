"""The campaign home page (one per language) and the standard pages hanging from it."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
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
