"""What the search knows about words, per language, kept in the cache.

- Equivalence groups: each profession sheet (its name, feminine form and "other names and
  abbreviations": "AS", "EJE", "puer") and each moderator's `Synonym`. A query that contains one
  term of a group is also searched with every other term of the group.
- Profession names for the suggestions.
- Promoted results (wagtail.contrib.search_promotions), keyed by the folded query.

Rebuilt at most once per VOCABULARY_TIMEOUT, and at once when a sheet is published, unpublished or
deleted or a synonym or a promotion changes (signals in search/signals.py).
"""

import time
from dataclasses import dataclass

from django.core.cache import cache

from search.text import folded_terms

VOCABULARY_TIMEOUT = 60 * 10
MAX_ALTERNATIVES = 6


@dataclass(frozen=True)
class Profession:
    name: str
    feminine_name: str
    url: str
    words: tuple  # folded words of every name of the profession


_VERSION_KEY = "search:vocabulary:version"
_built = {}  # (language, version) -> vocabulary, per process


def invalidate():
    cache.delete(_VERSION_KEY)


def _version():
    """A number shared by every process through the cache; a new one when the vocabulary changes
    or after VOCABULARY_TIMEOUT. Only this number is read from the cache on each search."""
    version = cache.get(_VERSION_KEY)
    if version is None:
        version = time.time_ns()
        if not cache.add(_VERSION_KEY, version, VOCABULARY_TIMEOUT):
            version = cache.get(_VERSION_KEY, version)
    return version


def vocabulary(language):
    """{"groups": {first word: [(term words, group)]}, "professions": [Profession], "promotions": {…}}"""
    key = (language, _version())
    data = _built.get(key)
    if data is None:
        data = _build(language)
        for stale in [k for k in _built if k[0] == language]:
            del _built[stale]
        _built[key] = data
    return data


def _build(language):
    from wagtail.contrib.search_promotions.models import SearchPromotion

    from fiches.models import FichePage
    from search.models import Synonym

    groups = []
    professions = []
    sheets = (
        FichePage.objects.live()
        .public()
        .filter(locale__language_code=language)
        .only("id", "url_path", "profession_name", "feminine_name", "other_names", "locale_id")
        .order_by("profession_name")
    )
    site_root_paths = _SiteRootPaths()
    for sheet in sheets:
        names = [sheet.profession_name, sheet.feminine_name, *sheet.other_names.split(",")]
        group = _group(names)
        if len(group) > 1:
            groups.append(group)
        professions.append(
            Profession(
                name=sheet.profession_name,
                feminine_name=sheet.feminine_variant,
                url=sheet.get_url(site_root_paths),
                words=tuple(word for term in group for word in term.split()),
            )
        )
    for synonym in Synonym.objects.filter(language=language):
        group = _group(synonym.term_list)
        if len(group) > 1:
            groups.append(group)

    promotions = {}
    for promotion in SearchPromotion.objects.select_related("query").order_by("sort_order", "pk"):
        promotions.setdefault(" ".join(folded_terms(promotion.query.query_string)), []).append(promotion.pk)
    by_first_word = {}
    unique = {tuple(group): group for group in groups}  # many sheets may share the same names
    for group in unique.values():
        for term in group:
            words = term.split()
            by_first_word.setdefault(words[0], []).append((words, group))
    return {
        "groups": by_first_word,
        "professions": professions,
        # (profession, " word1 word2 …"): a word starts with `p` when " " + p is in the string.
        "professions_words": [(profession, " " + " ".join(profession.words)) for profession in professions],
        # {the first two letters of a word: the positions of the professions with such a word}
        "professions_by_start": _positions_by_start(professions),
        "promotions": promotions,
    }


class _SiteRootPaths:
    """Passed to `Page.get_url` in place of a request: the site root paths are read from the cache
    once for every sheet instead of once per sheet (a second per build with a thousand sheets),
    and there is no current site, so the URLs are those of `get_url()` without a request."""

    _wagtail_site = None

    def __init__(self):
        from wagtail.models import Site

        self._wagtail_cached_site_root_paths = Site.get_site_root_paths()


def _positions_by_start(professions):
    positions = {}
    for position, profession in enumerate(professions):
        for start in {word[:2] for word in profession.words}:
            positions.setdefault(start, []).append(position)
    return positions


def _group(names):
    group = []
    for name in names:
        term = " ".join(folded_terms(name))
        if term and term not in group:
            group.append(term)
    return group


def alternatives(words, language, data=None):
    """Other ways to write the query `words` (folded), from sheets' variants and synonyms.

    `data`: the language's vocabulary() when the caller already has it (one cache read less)."""
    query = list(words)
    found = []
    by_first_word = (data or vocabulary(language))["groups"]
    for position, word in enumerate(query):
        for term_words, group in by_first_word.get(word, ()):
            if query[position : position + len(term_words)] != term_words:
                continue
            for other in group:
                alternative = " ".join(query[:position] + other.split() + query[position + len(term_words) :])
                if alternative not in found and alternative != " ".join(query):
                    found.append(alternative)
                if len(found) >= MAX_ALTERNATIVES:
                    return found
    return found


def promotion_ids(words, language, data=None):
    return (data or vocabulary(language))["promotions"].get(" ".join(words), [])


def suggest_professions(text, language, limit=5):
    """Profession sheets whose name has words starting with each word typed (accents ignored)."""
    typed = folded_terms(text)
    if not typed:
        return []
    data = vocabulary(language)
    matches = []
    prefixes = [" " + prefix for prefix in typed]
    every = candidates = data["professions_words"]
    longest = max(typed, key=len)
    if len(longest) >= 2:  # only the professions with a word that starts like the longest word typed
        candidates = (every[position] for position in data["professions_by_start"].get(longest[:2], ()))
    for profession, haystack in candidates:
        if all(prefix in haystack for prefix in prefixes):
            matches.append(profession)
        if len(matches) >= limit:
            break
    return matches
