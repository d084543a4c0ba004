"""Portraits of professionals: an article, a video or a podcast episode, and the quote."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField

from home.blocks import BodyBlock
from home.models import BasePage


class PortraitIndexPage(BasePage):
    """The list of portraits, filtered by profession, sector, region, format and campaign."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["portraits.PortraitPage"]
    max_count_per_parent = 1

    introduction = models.TextField(_("introduction"), max_length=500, blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("introduction")]

    class Meta:
        verbose_name = _("portrait index")
        verbose_name_plural = _("portrait indexes")


class PortraitPage(BasePage):
    """A professional's testimony."""

    parent_page_types = ["portraits.PortraitIndexPage"]
    subpage_types = []

    first_name = models.CharField(_("first name"), max_length=60)
    quote = models.TextField(_("quote"), max_length=280)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = BasePage.content_panels + [
        FieldPanel("first_name"),
        FieldPanel("quote"),
        FieldPanel("body"),
    ]

    class Meta:
        verbose_name = _("portrait")
        verbose_name_plural = _("portraits")
