"""Profession sheets ("fiches métiers"): the job, how to train for it, where it leads, its pay."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField

from home.blocks import BodyBlock
from home.models import BasePage


class FicheIndexPage(BasePage):
    """The A–Z list of profession sheets."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["fiches.FichePage"]
    max_count_per_parent = 1

    introduction = models.TextField(_("introduction"), max_length=500, blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("introduction")]

    class Meta:
        verbose_name = _("profession sheet index")
        verbose_name_plural = _("profession sheet indexes")


class FichePage(BasePage):
    """One profession: missions, skills, training paths, prospects, salary."""

    parent_page_types = ["fiches.FicheIndexPage"]
    subpage_types = []

    profession_name = models.CharField(
        _("profession name"),
        max_length=120,
        help_text=_("The usual name of the profession, e.g. “Infirmier”."),
    )
    summary = models.TextField(_("summary"), max_length=600, blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = BasePage.content_panels + [
        FieldPanel("profession_name"),
        FieldPanel("summary"),
        FieldPanel("body"),
    ]

    class Meta:
        verbose_name = _("profession sheet")
        verbose_name_plural = _("profession sheets")
