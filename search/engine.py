"""The site search: which pages match a query in the visitor's language, best first."""

import re
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend
from wagtail.search.query import Or, PlainText

from search import vocabulary
from search.text import fold, folded_terms

RESULTS_PER_PAGE = 10
EXTRACT_LENGTH = 220


@dataclass(frozen=True)
class ResultType:
    key: str
    label: str
    model_path: str

    @property
    def model(self):
        from django.apps import apps

        return apps.get_model(self.model_path)


RESULT_TYPES = [
    ResultType("fiches", _("Profession sheets"), "fiches.FichePage"),
    ResultType("portraits", _("Portraits"), "portraits.PortraitPage"),
    ResultType("events", _("Events"), "events.EventPage"),
    ResultType("kits", _("Partner kits"), "events.PartnerKitPage"),
    ResultType("pages", _("Pages"), "home.StandardPage"),
]
RESULT_TYPE_LABELS = {
    "fiches": _("Profession sheet"),
    "portraits": _("Portrait"),
    "events": _("Event"),
    "kits": _("Partner kit"),
    "pages": _("Page"),
}
ALL_TYPES_LABEL = _("All")
TYPES_BY_KEY = {result_type.key: result_type for result_type in RESULT_TYPES}


def _type_key_by_content_type_id():
    return {ContentType.objects.get_for_model(t.model).pk: t.key for t in RESULT_TYPES}


_SUBCLASSES = {}  # type key ("" for all) -> the page models it covers, subclasses included


def content_type_ids(type_key=""):
    """The content types of the result types (or of one), subclasses included, as `PageQuerySet.type`."""
    if type_key not in _SUBCLASSES:
        from django.apps import apps

        chosen = [TYPES_BY_KEY[type_key]] if type_key in TYPES_BY_KEY else RESULT_TYPES
        types = tuple(result_type.model for result_type in chosen)
        _SUBCLASSES[type_key] = [model for model in apps.get_models() if issubclass(model, types)]
    return sorted(ct.pk for ct in ContentType.objects.get_for_models(*_SUBCLASSES[type_key]).values())


@dataclass
class Result:
    page: Page
    type_key: str
    extract: str
    promoted: bool = False

    @property
    def type_label(self):
        return RESULT_TYPE_LABELS.get(self.type_key, "")


@dataclass
class Outcome:
    query: str = ""
    type_key: str = ""
    count: int = 0
    results: list = field(default_factory=list)
    page_obj: object = None
    paginator: object = None
    broadened: bool = False  # no page had every word: pages with some of them

    @property
    def found(self):
        return self.count > 0


def base_queryset(language, type_key=""):
    types = [TYPES_BY_KEY[type_key]] if type_key in TYPES_BY_KEY else RESULT_TYPES
    return (
        Page.objects.live()
        .public()
        .filter(locale__in=Locale.objects.filter(language_code=language).values("pk"))
        .type(*[result_type.model for result_type in types])
    )


def build_query(words, language, operator="and", words_data=None):
    """The query for `words` and its variants (sheet abbreviations, feminine forms, synonyms)."""
    main = PlainText(" ".join(words), operator=operator)
    others = vocabulary.alternatives(words, language, words_data)
    if not others:
        return main
    return Or([main, *[PlainText(other, operator="and") for other in others]])


def search(words, language, type_key="", page_number=1, per_page=RESULTS_PER_PAGE):
    """Search `words` (see search.text.terms) among the live public pages of `language`."""
    outcome = Outcome(query=" ".join(words), type_key=type_key if type_key in TYPES_BY_KEY else "")
    if not words:
        return outcome
    folded = [fold(word) for word in words]
    words_data = vocabulary.vocabulary(language)
    promoted = _promoted_pages(folded, language, outcome.type_key, words_data)
    # PostgreSQL (search/backends.py): the slice of the results the requested page shows (after
    # the promoted pages) and their count in one query. Elsewhere: Wagtail's `.search()`.
    search_pages = getattr(get_search_backend(), "search_pages", None)
    first = (_page_index(page_number) - 1) * per_page
    wanted = (max(first - len(promoted), 0), max(first + per_page - len(promoted), 0))

    def run(operator):
        query = build_query(folded, language, operator=operator, words_data=words_data)
        if search_pages:
            type_ids = content_type_ids(outcome.type_key)
            results = _BackendResults(search_pages, query, language, type_ids, promoted)
            if results.prefetch(*wanted):
                return results, results.count()
        queryset = base_queryset(language, outcome.type_key)
        if promoted:
            queryset = queryset.exclude(pk__in=[page.pk for page in promoted])
        results = queryset.search(query, order_by_relevance=True)
        return results, results.count()

    results, count = run("and")
    if count == 0 and len(folded) > 1:
        results, count = run("or")
        outcome.broadened = count > 0

    outcome.count = count + len(promoted)
    paginator = Paginator(_Combined(promoted, results, count), per_page)
    try:
        page_obj = paginator.page(page_number)
    except PageNotAnInteger:
        page_obj = paginator.page(1)
    except EmptyPage:
        page_obj = paginator.page(paginator.num_pages)
    outcome.paginator = paginator
    outcome.page_obj = page_obj
    pages = list(page_obj.object_list)
    texts = {str(page.pk): page.search_text or "" for page in pages if hasattr(page, "search_text")}
    texts.update(_index_texts([page.pk for page in pages if str(page.pk) not in texts]))
    promoted_ids = {page.pk for page in promoted}
    type_keys = _type_key_by_content_type_id()
    outcome.results = [
        Result(
            page=page,
            type_key=type_keys.get(page.content_type_id, ""),
            extract=make_extract(texts.get(str(page.pk), ""), page.search_description, folded),
            promoted=page.pk in promoted_ids,
        )
        for page in pages
    ]
    return outcome


def _page_index(page_number):
    """The page number the Paginator will most likely show (1 when it is not a positive integer)."""
    try:
        number = int(page_number)
    except (TypeError, ValueError):
        return 1
    return number if number >= 1 else 1


class _BackendResults:
    """The results of a backend's `search_pages` (search/backends.py, PostgreSQL) as a sliceable
    sequence: each slice is one query that also gives the total, and the paginator's slice is
    usually the one prefetched."""

    def __init__(self, search_pages, query, language, content_type_ids, promoted):
        self.search_pages = search_pages
        self.query = query
        self.language = language
        self.content_type_ids = content_type_ids
        self.exclude_ids = [page.pk for page in promoted]
        self.total = None
        self.windows = []  # (start, stop asked, pages)

    def prefetch(self, start, stop):
        """Fetch [start:stop] (and the total). False when the backend cannot run this query."""
        if stop <= start:
            stop = start + 1  # nothing of the results is shown: still learn the total
        found = self.search_pages(
            self.query, self.language, self.content_type_ids, self.exclude_ids, start, stop - start
        )
        if found is None:
            return False
        total, pages = found
        if pages or start == 0:
            self.total = total
        self.windows.append((start, stop, pages))
        return True

    def count(self):
        if self.total is None:
            self.prefetch(0, 1)
        return self.total

    def __getitem__(self, item):
        start, stop = item.start or 0, item.stop
        for window_start, window_stop, pages in self.windows:
            complete = len(pages) == window_stop - window_start
            if window_start <= start and (stop <= window_stop or not complete):
                return pages[start - window_start : stop - window_start]
        self.prefetch(start, stop)
        return self.windows[-1][2]


class _Combined:
    """Promoted pages first, then the search results, as one sliceable sequence for the Paginator."""

    def __init__(self, promoted, results, results_count):
        self.promoted = promoted
        self.results = results
        self.results_count = results_count

    def count(self):
        return len(self.promoted) + self.results_count

    def __len__(self):
        return self.count()

    def __getitem__(self, item):
        start, stop = item.start or 0, item.stop
        head = self.promoted[start:stop]
        result_start = max(start - len(self.promoted), 0)
        result_stop = max(stop - len(self.promoted), 0)
        tail = list(self.results[result_start:result_stop]) if result_stop > result_start else []
        return head + tail


def _promoted_pages(folded, language, type_key, words_data=None):
    ids = vocabulary.promotion_ids(folded, language, words_data)
    if not ids:
        return []
    from wagtail.contrib.search_promotions.models import SearchPromotion

    promotions = SearchPromotion.objects.filter(pk__in=ids, page__isnull=False).order_by("sort_order", "pk")
    page_ids = list(promotions.values_list("page_id", flat=True))
    pages = {page.pk: page for page in base_queryset(language, type_key).filter(pk__in=page_ids)}
    return [pages[page_id] for page_id in page_ids if page_id in pages]


def _index_texts(page_ids):
    """{page id (str): the indexed text of the page's fields} in one query."""
    if not page_ids:
        return {}
    from wagtail.search.models import IndexEntry

    text_field = "body_text" if any(f.name == "body_text" for f in IndexEntry._meta.fields) else "body"
    rows = IndexEntry.objects.filter(
        content_type_id__in=list(_type_key_by_content_type_id()), object_id__in=[str(pk) for pk in page_ids]
    ).values_list("object_id", text_field)
    return {object_id: text or "" for object_id, text in rows}


class _AlignedFolding(dict):
    """{code point: its folded character}, for str.translate, filled as characters are met: a
    character whose folded form is not one character ('ß', 'ﬁ') stays itself, lower case."""

    def __missing__(self, code):
        char = chr(code)
        folded = fold(char)
        self[code] = value = folded if len(folded) == 1 else char.lower()[:1] or " "
        return value


_ALIGNED_FOLDING = _AlignedFolding()


def _fold_aligned(text):
    """`text` folded character by character, so that positions match the original."""
    return text.translate(_ALIGNED_FOLDING)


def _stem(word):
    return word[: max(4, len(word) - 2)] if len(word) > 5 else word


def make_extract(text, fallback, folded_words, length=EXTRACT_LENGTH):
    """A short passage of `text` around the first word of the query, the words marked."""
    text = " ".join(text.split())
    if not text:
        return format_html("{}", fallback[:length])
    haystack = _fold_aligned(text)
    stems = [_stem(word) for word in folded_words if len(word) > 1]
    positions = [
        match.start() for stem in stems for match in [re.search(r"\b" + re.escape(stem), haystack)] if match
    ]
    if positions:
        first = min(positions)
        start = max(0, first - length // 3)
        if start:
            start = text.rfind(" ", 0, start) + 1
    elif fallback:
        return format_html("{}", fallback[:length])
    else:
        start = 0
    end = min(len(text), start + length)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    passage, folded_passage = text[start:end], haystack[start:end]
    marked = _mark(passage, folded_passage, stems)
    return mark_safe(("… " if start else "") + marked + (" …" if end < len(text) else ""))  # noqa: S308 (escaped by _mark)


def _mark(passage, folded_passage, stems):
    """`passage`, escaped, with the words that start with one of `stems` in <mark>."""
    if not stems:
        return escape(passage)
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(stem) for stem in stems) + r")\w*")
    pieces, last = [], 0
    for match in pattern.finditer(folded_passage):
        pieces.append(escape(passage[last : match.start()]))
        pieces.append("<mark>" + escape(passage[match.start() : match.end()]) + "</mark>")
        last = match.end()
    pieces.append(escape(passage[last:]))
    return "".join(pieces)


def suggestions(text, language, limit=8, request=None):
    """Profession names first, then page titles, for the words typed so far."""
    professions = vocabulary.suggest_professions(text, language, limit=5)
    items = [
        {"label": p.name, "detail": p.feminine_name, "url": p.url, "kind": "profession"} for p in professions
    ]
    words = folded_terms(text)
    if not words or len(items) >= limit:
        return items[:limit]
    seen = {item["url"] for item in items}
    backend = get_search_backend()
    found = None
    if hasattr(backend, "autocomplete_pages"):
        query = PlainText(" ".join(words), operator="and")
        found = backend.autocomplete_pages(query, language, content_type_ids(), limit)
    # `limit` titles are enough: at most len(items) of them are profession sheets already listed.
    pages = found[1] if found else base_queryset(language).autocomplete(" ".join(words))[:limit]
    type_keys = _type_key_by_content_type_id()
    for page in pages:
        url = page.get_url(request)
        if url in seen:
            continue
        seen.add(url)
        items.append(
            {
                "label": page.title,
                "detail": str(RESULT_TYPE_LABELS.get(type_keys.get(page.content_type_id), "")),
                "url": url,
                "kind": "page",
            }
        )
        if len(items) >= limit:
            break
    return items
