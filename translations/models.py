"""What wagtail-localize does not record: since when a translation is behind its source."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class OutOfDateTranslation(models.Model):
    """The source (French) was published with changes the translation does not have yet.

    Created when the source is published with changed segments, removed when the translation is
    published from a source that matches the published French and has every segment translated.
    """

    object = models.ForeignKey(
        "wagtail_localize.TranslatableObject", on_delete=models.CASCADE, related_name="+"
    )
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    since = models.DateTimeField(_("out of date since"))
    changed_segments = models.JSONField(
        _("changed segments"),
        default=list,
        help_text=_("Each changed segment: its field path, the text before and the text after."),
    )

    class Meta:
        verbose_name = _("out-of-date translation")
        verbose_name_plural = _("out-of-date translations")
        constraints = [
            models.UniqueConstraint(fields=["object", "locale"], name="unique_out_of_date_per_locale")
        ]

    def __str__(self):
        return f"{self.object_id} ({self.locale_id}) since {self.since:%Y-%m-%d}"
