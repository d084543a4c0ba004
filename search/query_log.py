"""Counting searches for the editors' report without a database write per search.

A search request only writes to the cache (Redis in production, `REDIS_URL`): it takes a number
from an atomic counter and stores `(language, query, found anything)` under that number. The
entries are added up and written to `SearchQueryLog` in one transaction by `flush()`:
- `manage.py flush_search_log` (cron, every few minutes), and
- the request that finds SEARCH_LOG_BATCH_SIZE entries waiting, so that a site without cron (or a
  development server with its local-memory cache) still fills the report.

A count can be lost (an entry expires after ENTRY_TIMEOUT without a flush, or the cache restarts);
a count is never written twice, because a flush holds a cache lock and moves the "flushed up to"
mark before it deletes the entries it read.
"""

import logging
from collections import Counter

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

logger = logging.getLogger(__name__)

SEQUENCE_KEY = "search:log:sequence"
FLUSHED_KEY = "search:log:flushed"
LOCK_KEY = "search:log:lock"
ENTRY_KEY = "search:log:entry:{}"
ENTRY_TIMEOUT = 60 * 60 * 24 * 7
LOCK_TIMEOUT = 60 * 5
READ_BATCH = 500
MAX_LOGGED_LENGTH = 100


def record(language, query, found):
    """Count one search (cache only). Returns True when a batch is waiting to be flushed."""
    if not query:
        return False
    cache.add(SEQUENCE_KEY, 0, timeout=None)
    try:
        number = cache.incr(SEQUENCE_KEY)
    except ValueError:  # the key expired between add and incr
        cache.add(SEQUENCE_KEY, 0, timeout=None)
        number = cache.incr(SEQUENCE_KEY)
    cache.set(ENTRY_KEY.format(number), (language, query[:MAX_LOGGED_LENGTH], bool(found)), ENTRY_TIMEOUT)
    flushed = cache.get(FLUSHED_KEY, 0)
    return number - flushed >= settings.SEARCH_LOG_BATCH_SIZE


def pending():
    return cache.get(SEQUENCE_KEY, 0) - cache.get(FLUSHED_KEY, 0)


def flush():
    """Add the waiting counts to SearchQueryLog. Returns the number of searches written."""
    if not cache.add(LOCK_KEY, 1, LOCK_TIMEOUT):
        return 0  # another process is flushing
    try:
        start = cache.get(FLUSHED_KEY, 0) + 1
        end = cache.get(SEQUENCE_KEY, 0)
        if end < start:
            return 0
        totals = Counter()
        misses = Counter()
        for batch_start in range(start, end + 1, READ_BATCH):
            keys = [ENTRY_KEY.format(n) for n in range(batch_start, min(batch_start + READ_BATCH, end + 1))]
            for language, query, found in cache.get_many(keys).values():
                totals[(language, query)] += 1
                if not found:
                    misses[(language, query)] += 1
        _write(totals, misses)
        cache.set(FLUSHED_KEY, end, timeout=None)
        for batch_start in range(start, end + 1, READ_BATCH):
            cache.delete_many(
                [ENTRY_KEY.format(n) for n in range(batch_start, min(batch_start + READ_BATCH, end + 1))]
            )
        return sum(totals.values())
    finally:
        cache.delete(LOCK_KEY)


def _write(totals, misses):
    from search.models import SearchQueryLog

    now = timezone.now()
    with transaction.atomic():
        for (language, query), hits in totals.items():
            changes = {
                "hits": F("hits") + hits,
                "hits_without_results": F("hits_without_results") + misses[(language, query)],
                "last_searched_at": now,
            }
            rows = SearchQueryLog.objects.filter(language=language, query_string=query)
            if rows.update(**changes):
                continue
            try:
                with transaction.atomic():
                    SearchQueryLog.objects.create(
                        language=language,
                        query_string=query,
                        hits=hits,
                        hits_without_results=misses[(language, query)],
                        last_searched_at=now,
                    )
            except IntegrityError:  # created meanwhile by another flush
                rows.update(**changes)


def flush_quietly():
    """Flush from a request: a failure is logged, never shown to the visitor."""
    try:
        flush()
    except Exception:  # noqa: BLE001 (the visitor's search must not fail because of the report)
        logger.exception("Could not write the search counts")
