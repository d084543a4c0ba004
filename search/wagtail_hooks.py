from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from search.admin_views import SearchQueryReportView
from search.models import Synonym


class SynonymViewSet(SnippetViewSet):
    model = Synonym
    icon = "search"
    menu_label = _("Search synonyms")
    menu_order = 610
    add_to_admin_menu = False
    list_display = ["terms", "language"]
    list_filter = ["language"]
    list_export = ["terms", "language"]
    search_fields = ["terms"]


register_snippet(SynonymViewSet)


@hooks.register("register_admin_urls")
def register_search_report_urls():
    view = SearchQueryReportView
    return [
        path("reports/search-queries/", view.as_view(), name="search_query_report"),
        path(
            "reports/search-queries/results/",
            view.as_view(results_only=True),
            name="search_query_report_results",
        ),
    ]


class SearchReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("search.view_searchquerylog")


@hooks.register("register_reports_menu_item")
def register_search_report_menu_item():
    return SearchReportMenuItem(
        _("Search queries"),
        reverse("search_query_report"),
        name="search-queries",
        icon_name="search",
        order=1000,
    )


@hooks.register("construct_reports_menu")
def hide_wagtail_search_terms_report(request, menu_items):
    """Wagtail's "Search terms" report counts Query.add_hit(), which this site does not call (one
    database write per search): the "Search queries" report above replaces it."""
    menu_items[:] = [item for item in menu_items if item.name != "search-terms"]
