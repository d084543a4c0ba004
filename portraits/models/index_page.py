"""The list of portraits of one language."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from home.models import BasePage
from portraits.listing import portraits_page


class PortraitIndexPage(BasePage):
    """The list of portraits, newest first, twelve a page."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["portraits.PortraitPage"]
    max_count_per_parent = 1

    introduction = models.TextField(
        _("introduction"),
        max_length=500,
        blank=True,
        help_text=_("One or two sentences shown above the portraits, inviting visitors to read them."),
    )

    content_panels = BasePage.content_panels + [FieldPanel("introduction")]

    search_fields = BasePage.search_fields + [
        index.SearchField("introduction"),
        index.FilterField("locale_id"),
    ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["portraits"] = portraits_page(self, request.GET.get("page"))
        return context

    class Meta:
        verbose_name = _("portrait index")
        verbose_name_plural = _("portrait indexes")
