"""The editors' search report: the most frequent queries, and the queries that found nothing."""

import datetime

import django_filters

from django.conf import settings
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from search.models import SearchQueryLog


class SearchQueryReportFilterSet(WagtailFilterSet):
    language = django_filters.ChoiceFilter(
        label=_("Language"), choices=settings.LANGUAGES, empty_label=_("All languages")
    )
    outcome = django_filters.ChoiceFilter(
        label=_("Outcome"),
        choices=[
            ("nothing", _("Found nothing at least once")),
            ("always-nothing", _("Never found anything")),
        ],
        empty_label=_("All queries"),
        method="filter_outcome",
    )

    class Meta:
        model = SearchQueryLog
        fields = ["language", "outcome"]

    def filter_outcome(self, queryset, name, value):
        if value == "nothing":
            return queryset.filter(hits_without_results__gt=0).order_by("-hits_without_results", "-hits")
        if value == "always-nothing":
            from django.db.models import F

            return queryset.filter(hits_without_results=F("hits")).order_by("-hits")
        return queryset


class SearchQueryReportView(ReportView):
    page_title = _("Search queries")
    header_icon = "search"
    filterset_class = SearchQueryReportFilterSet
    index_url_name = "search_query_report"
    index_results_url_name = "search_query_report_results"
    permission_required = "view"
    model = SearchQueryLog
    list_export = ["query_string", "language", "hits", "hits_without_results", "last_searched_at"]
    export_headings = {
        "query_string": _("Query"),
        "language": _("Language"),
        "hits": _("Searches"),
        "hits_without_results": _("Searches that found nothing"),
        "last_searched_at": _("Last searched"),
    }
    columns = [
        Column("query_string", label=_("Query")),
        Column("language_name", label=_("Language")),
        Column("hits", label=_("Searches")),
        Column("hits_without_results", label=_("Searches that found nothing")),
        DateColumn("last_searched_at", label=_("Last searched")),
    ]

    @cached_property
    def permission_policy(self):
        return ModelPermissionPolicy(SearchQueryLog)

    def get_filename(self):
        return f"search-queries-{datetime.date.today():%Y-%m-%d}"

    def get_queryset(self):
        return SearchQueryLog.objects.order_by("-hits", "query_string")

    def decorate_paginated_queryset(self, object_list):
        names = dict(settings.LANGUAGES)
        for row in object_list:
            row.language_name = names.get(row.language, row.language)
        return object_list
