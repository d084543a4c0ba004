"""Synonyms maintained by moderators, and the searches counted for the editors' report."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.search import index

from search.text import fold


class Synonym(index.Indexed, models.Model):
    """Words or expressions that a visitor may type for the same thing ("kiné, kinésithérapeute")."""

    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES, default="fr")
    terms = models.TextField(
        _("equivalent terms"),
        help_text=_(
            "Words or expressions that mean the same thing, separated by commas: "
            "'ASBL, association, non-marchand'. A search for any of them finds the others."
        ),
    )

    search_fields = [index.SearchField("terms"), index.FilterField("language")]

    class Meta:
        verbose_name = _("search synonym")
        verbose_name_plural = _("search synonyms")
        ordering = ["language", "terms"]

    def __str__(self):
        return self.terms

    @property
    def term_list(self):
        return [term.strip() for term in self.terms.split(",") if fold(term)]


class SearchQueryLog(models.Model):
    """How often a query was searched, and how often it found nothing (one row per language and query).

    Written in batches from the cache (see search/query_log.py), never by the search request itself.
    """

    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    query_string = models.CharField(_("query"), max_length=255)
    hits = models.PositiveIntegerField(_("searches"), default=0)
    hits_without_results = models.PositiveIntegerField(_("searches that found nothing"), default=0)
    last_searched_at = models.DateTimeField(_("last searched"), null=True, blank=True)

    class Meta:
        verbose_name = _("search query")
        verbose_name_plural = _("search queries")
        constraints = [
            models.UniqueConstraint(fields=["language", "query_string"], name="search_query_log_unique")
        ]
        indexes = [models.Index(fields=["-hits"], name="search_query_log_hits")]

    def __str__(self):
        return self.query_string
