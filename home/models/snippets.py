"""Site-wide translatable snippets."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Locale, TranslatableMixin


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
        return cls.objects.filter(locale=Locale.get_active()).first()
