"""Shared cache of what every public page needs before its own content: the site, the route from the
URL to the page, the view restrictions, the navigation and the footer.

Every entry's key carries the *content version*, a number kept in the cache and changed whenever
pages, sites, locales, view restrictions or translatable snippets are saved, deleted, published,
unpublished or moved (signals connected in `connect_signals`). A change therefore makes every
entry unreachable at once, in every worker that shares the cache (Redis in production, see
docs/deployment.md), and the next request computes them again: a publication, a title change or
a footer edit shows on the next page view, never after a delay. The version is also changed again
when the transaction commits, so that a request that read the database between the save and the
commit cannot keep a stale entry.

Entries are read through a small memory of each worker process (`LocalMemory`), keyed like the
shared cache, so that a worker asks the shared cache only for the version on each request and for
entries it has not seen since the content last changed: one round trip to Redis per request
instead of one per entry. The version read once per request keeps the workers consistent.

`CachedRoutingMiddleware` hands Wagtail's `serve` view the site and the route found in the cache,
so that serving a page costs one query for the page itself instead of one per level of the tree.
"""

import contextvars
import operator
import pickle
import threading
import time
from collections import OrderedDict
from functools import partial, wraps

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.http import Http404
from django.http.request import split_domain_port
from django.utils import timezone, translation
from django.utils.functional import SimpleLazyObject

from wagtail import views as wagtail_views
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage
from wagtail.models import Locale, Page, PageViewRestriction, Site, TranslatableMixin
from wagtail.signals import page_published, page_unpublished, post_page_move
from wagtailmedia.models import AbstractMedia

VERSION_KEY = "vocations:content-version"
# Entries of an old version are never read again; they expire instead of being deleted.
ENTRY_TIMEOUT = 60 * 60 * 24
REQUEST_ATTRIBUTE = "_vocations_content_version"
_MISSING = object()

# Saving or deleting one of these changes what public pages show in their header, footer,
# alternates, routing or cached fragments. Translatable models cover every page type and every
# snippet; images, documents and audio or video files appear in cards, kits and players.
WATCHED_MODELS = (
    Page,
    Site,
    Locale,
    PageViewRestriction,
    TranslatableMixin,
    AbstractImage,
    AbstractDocument,
    AbstractMedia,
)


class LocalMemory:
    """The entries this process read or wrote last, as pickles (each reader gets its own copy,
    as from the shared cache), up to `max_bytes`, the least recently used dropped first."""

    def __init__(self, max_bytes):
        self.max_bytes = max_bytes
        self.size = 0
        self.entries = OrderedDict()  # key -> (expires at, pickled value)
        self.lock = threading.Lock()

    def get(self, key, default=None):
        with self.lock:
            entry = self.entries.get(key)
            if entry is None:
                return default
            if entry[0] < time.monotonic():
                self._drop(key)
                return default
            self.entries.move_to_end(key)
        return pickle.loads(entry[1])

    def set(self, key, value, timeout):
        pickled = pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
        with self.lock:
            if key in self.entries:
                self._drop(key)
            self.entries[key] = (time.monotonic() + timeout, pickled)
            self.size += len(pickled)
            while self.size > self.max_bytes and self.entries:
                self._drop(next(iter(self.entries)))

    def _drop(self, key):
        self.size -= len(self.entries.pop(key)[1])

    def clear(self):
        with self.lock:
            self.entries.clear()
            self.size = 0


local_memory = LocalMemory(max_bytes=32 * 1024 * 1024)


def cache_get(key, default=None):
    """An entry whose key carries the content version: from this process's memory, else from the
    shared cache (and then remembered here)."""
    value = local_memory.get(key, _MISSING)
    if value is not _MISSING:
        return value
    value = cache.get(key, _MISSING)
    if value is _MISSING:
        return default
    local_memory.set(key, value, ENTRY_TIMEOUT)
    return value


def cache_set(key, value, timeout=ENTRY_TIMEOUT):
    cache.set(key, value, timeout)
    local_memory.set(key, value, timeout)


# The request being served, for the code that has none at hand (e.g. a page's view restrictions).
current_request = contextvars.ContextVar("vocations_current_request", default=None)


def content_version(request=None):
    """The current content version; read once per request (the one being served when none is
    given)."""
    if request is None:
        request = current_request.get()
    if request is not None and REQUEST_ATTRIBUTE in request.__dict__:
        return request.__dict__[REQUEST_ATTRIBUTE]
    version = cache.get(VERSION_KEY)
    if version is None:
        # First use, or the cache lost the key: a new number that no earlier entry can carry.
        cache.add(VERSION_KEY, time.time_ns(), timeout=None)
        version = cache.get(VERSION_KEY)
    if request is not None:
        request.__dict__[REQUEST_ATTRIBUTE] = version
    return version


def bump_content_version():
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, time.time_ns(), timeout=None)


def content_changed(**kwargs):
    """Signal receiver: change the version now and again when the transaction commits."""
    bump_content_version()
    transaction.on_commit(bump_content_version)


def _model_changed(sender, instance, **kwargs):
    if isinstance(instance, WATCHED_MODELS):
        content_changed()


def connect_signals():
    post_save.connect(_model_changed, dispatch_uid="vocations-cache-post-save")
    post_delete.connect(_model_changed, dispatch_uid="vocations-cache-post-delete")
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(content_changed, dispatch_uid=f"vocations-cache-{id(signal)}")


def entry_key(request, name, parts):
    """The key of an entry of the current content version."""
    return ":".join(["vocations", str(content_version(request)), name, *map(str, parts)])


def cached(request, name, parts, compute):
    """`compute()`, kept in the cache under `name` and `parts` until the content changes.

    A page's own data may be cached this way too (`cached(request, "portrait-related", (page.pk,),
    lambda: list(...))`): any change to a page or a snippet changes the version. Not for data that
    changes with time alone (upcoming events). A preview renders a draft: it is never cached.
    """
    if getattr(request, "is_preview", False):
        return compute()
    key = entry_key(request, name, parts)
    value = cache_get(key, _MISSING)
    if value is _MISSING:
        value = compute()
        cache_set(key, value)
    return value


def cached_until(request, name, parts, compute, expiry):
    """`cached()` for a value that also changes with time alone, such as the next events.

    `expiry(value)` gives the moment (an aware datetime) when the value stops being true without
    any content change, e.g. the end of the first listed event, or None if only a content change
    can alter it. The entry is used until then, never longer than a content version.
    """
    if getattr(request, "is_preview", False):
        return compute()
    key = entry_key(request, name, parts)
    entry = cache_get(key)
    now = timezone.now()
    if entry is not None and (entry[1] is None or now < entry[1]):
        return entry[0]
    value = compute()
    moment = expiry(value)
    timeout = ENTRY_TIMEOUT if moment is None else min(ENTRY_TIMEOUT, (moment - now).total_seconds())
    if timeout >= 1:
        cache_set(key, (value, moment), int(timeout))
    return value


def earliest_end(events):
    """The `expiry` of `cached_until` for a list of events (or cards of events): when the first of
    them ends (or starts, when it has no end), None for no event."""
    return min((event.end or event.start for event in events), default=None)


def lazy_entries(request, name, parts, compute, keys):
    """The `keys` of the dict `cached(request, name, parts, compute)`, each a lazy object: nothing
    is read or computed unless the template uses it, i.e. unless the cached fragment that shows
    it is rendered again (home/templatetags/fragment_tags.py)."""
    whole = SimpleLazyObject(lambda: cached(request, name, parts, compute))
    return {key: SimpleLazyObject(partial(operator.getitem, whole, key)) for key in keys}


def cached_per_site_and_language(function):
    """Cache a `function(request, *args)` per site, active language and arguments (pages by id)."""

    @wraps(function)
    def wrapper(request, *args):
        site = find_site(request)
        parts = (
            site.pk if site else "-",
            translation.get_language(),
            *(getattr(argument, "pk", argument) for argument in args),
        )
        return cached(request, function.__qualname__, parts, lambda: function(request, *args))

    return wrapper


# Routing -------------------------------------------------------------------------------------


def find_site(request):
    """`Site.find_for_request` through the cache; Wagtail keeps it on the request afterwards."""
    if "_wagtail_site" not in request.__dict__:
        hostname = split_domain_port(request._get_raw_host())[0]
        request._wagtail_site = cached(
            request, "site", (hostname, request.get_port()), lambda: Site._find_for_request(request)
        )
    return request._wagtail_site


def route(request, site, path):
    """Wagtail's route for `path`, the page found through the cache with one query.

    The cache remembers which page a path leads to and how many of its components are page
    slugs; the page is loaded by id and routes the remaining components itself (the sub-pages of
    a routable page), exactly as it would at the end of Wagtail's walk down the tree.
    """
    components = [component for component in path.split("/") if component]
    language = translation.get_language()
    key = entry_key(request, "route", (site.pk, language, "/".join(components)))
    entry = cache_get(key)
    if entry is not None:
        page_id, content_type_id, consumed = entry
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        page = model.objects.filter(pk=page_id).first() if model else None
        if page is not None:
            try:
                return page.route(request, components[consumed:])
            except Http404:
                return None
    root = site.root_page.localized.specific
    try:
        result = root.route(request, components)
    except Http404:
        return None
    page = result[0]
    consumed = page.depth - root.depth
    if 0 <= consumed <= len(components) and page.url_path.startswith(root.url_path):
        cache_set(key, (page.pk, page.content_type_id, consumed))
    return result


class CachedRoutingMiddleware:
    """Give Wagtail's `serve` view the site and the route found through the cache."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = current_request.set(request)
        try:
            return self.get_response(request)
        finally:
            current_request.reset(token)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is not wagtail_views.serve or hasattr(request, "_wagtail_route_for_request"):
            return None
        path = view_args[0] if view_args else view_kwargs.get("path", "")
        site = find_site(request)
        # Wagtail reads the sites' root paths from the shared cache for every URL it builds,
        # unless the request carries them.
        request._wagtail_cached_site_root_paths = cached(
            request, "site-root-paths", (), Site.get_site_root_paths
        )
        if site is not None:
            request._wagtail_route_for_request = route(request, site, path)
        return None


# View restrictions ---------------------------------------------------------------------------


def _restricted_paths():
    """Tree paths of the pages that carry a view restriction or are aliases of another page."""
    restricted = PageViewRestriction.objects.values_list("page__path", flat=True)
    aliases = Page.objects.filter(alias_of__isnull=False).values_list("path", flat=True)
    return frozenset(restricted) | frozenset(aliases)


def may_have_view_restrictions(page):
    """False when neither the page nor any ancestor is restricted (or an alias): no query needed."""
    paths = cached(None, "restricted-paths", (), _restricted_paths)
    if not paths:
        return False
    step = Page.steplen
    return any(page.path[: depth * step] in paths for depth in range(1, len(page.path) // step + 1))
