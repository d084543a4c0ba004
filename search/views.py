"""The public search page and its suggestions endpoint."""

from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from search import engine, query_log
from search.text import display_query, terms

MIN_SUGGESTION_LENGTH = 2


@require_GET
def search(request):
    language = get_language()
    raw = request.GET.get("q", "")
    words = terms(raw)
    outcome = engine.search(
        words, language, type_key=request.GET.get("type", ""), page_number=request.GET.get("page", "1")
    )
    # One count per search: not again for its further pages or its type filters.
    first_page = request.GET.get("page", "1") in ("", "1")
    if words and first_page and not request.GET.get("type"):
        if query_log.record(language, outcome.query.casefold(), outcome.found):
            query_log.flush_quietly()
    query_params = {"q": outcome.query}
    type_links = [
        {
            "key": "",
            "label": engine.ALL_TYPES_LABEL,
            "current": not outcome.type_key,
        },
        *[
            {
                "key": result_type.key,
                "label": result_type.label,
                "current": outcome.type_key == result_type.key,
            }
            for result_type in engine.RESULT_TYPES
        ],
    ]
    response = TemplateResponse(
        request,
        "search/search_results.html",
        {
            "query": display_query(raw),
            "outcome": outcome,
            "type_links": type_links,
            "query_params": query_params,
            "seo_noindex": True,
        },
    )
    # Search results pages are not indexed (also said by <meta name="robots"> through seo_noindex).
    response["X-Robots-Tag"] = "noindex"
    return response


@require_GET
@cache_control(max_age=60, public=True)
def suggestions(request):
    text = request.GET.get("q", "")
    items = []
    if len("".join(terms(text))) >= MIN_SUGGESTION_LENGTH:
        from home.caching import find_site

        find_site(request)  # through the shared cache: the page URLs below need no database query
        items = engine.suggestions(text, get_language(), request=request)
    response = JsonResponse({"suggestions": items})
    response["X-Robots-Tag"] = "noindex"
    return response
