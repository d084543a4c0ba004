"""Open-day events and the partner kits that relay the campaign."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField

from home.blocks import BodyBlock
from home.models import BasePage


class EventIndexPage(BasePage):
    """The agenda: upcoming open days, information sessions, talks and exhibitions."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1

    introduction = models.TextField(_("introduction"), max_length=500, blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("introduction")]

    class Meta:
        verbose_name = _("agenda")
        verbose_name_plural = _("agendas")


class EventPage(BasePage):
    """An open day, information session, talk, exhibition or workshop."""

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    start = models.DateTimeField(_("start"))
    end = models.DateTimeField(_("end"))
    body = StreamField(BodyBlock(), verbose_name=_("description"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("start"), FieldPanel("end"), FieldPanel("body")]

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")


class PartnerKitIndexPage(BasePage):
    """The list of campaign kits that partner organisations download."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.PartnerKitPage"]
    max_count_per_parent = 1

    introduction = models.TextField(_("introduction"), max_length=500, blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("introduction")]

    class Meta:
        verbose_name = _("partner kit index")
        verbose_name_plural = _("partner kit indexes")


class PartnerKitPage(BasePage):
    """A campaign kit: posters, visuals, videos and ready-to-post texts."""

    parent_page_types = ["events.PartnerKitIndexPage"]
    subpage_types = []

    introduction = models.TextField(_("introduction"), max_length=500, blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("introduction")]

    class Meta:
        verbose_name = _("partner kit")
        verbose_name_plural = _("partner kits")
