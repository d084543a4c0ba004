"""What the search knows about words, per language, kept in the cache.

- Equivalence groups: each profession sheet (its name, feminine form and "other names and
  abbreviations": "AS", "EJE", "puer") and each moderator's `Synonym`. A query that contains one
  term of a group is also searched with every other term of the group.
- Profession names for the suggestions.
- Promoted results (wagtail.contrib.search_promotions), keyed by the folded query.

Rebuilt at most once per VOCABULARY_TIMEOUT, and at once when a sheet is published, unpublished or
deleted or a synonym or a promotion changes (signals in search/signals.py).
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache

from search.text import folded_terms

VOCABULARY_TIMEOUT = 60 * 10
MAX_ALTERNATIVES = 8


@dataclass(frozen=True)
class Profession:
    name: str
    feminine_name: str
    url: str
    words: tuple  # folded words of every name of the profession


def _cache_key(language):
    return f"search:vocabulary:{language}"


def invalidate():
    cache.delete_many([_cache_key(code) for code, _name in settings.LANGUAGES])


def vocabulary(language):
    """{"groups": [[folded term, …], …], "professions": [Profession], "promotions": {query: [..]}}"""
    key = _cache_key(language)
    data = cache.get(key)
    if data is None:
        data = _build(language)
        cache.set(key, data, VOCABULARY_TIMEOUT)
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
    for sheet in sheets:
        names = [sheet.profession_name, sheet.feminine_name, *sheet.other_names.split(",")]
        group = _group(names)
        if len(group) > 1:
            groups.append(group)
        professions.append(
            Profession(
                name=sheet.profession_name,
                feminine_name=sheet.feminine_variant,
                url=sheet.get_url(),
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
    return {"groups": groups, "professions": professions, "promotions": promotions}


def _group(names):
    group = []
    for name in names:
        term = " ".join(folded_terms(name))
        if term and term not in group:
            group.append(term)
    return group


def alternatives(words, language):
    """Other ways to write the query `words` (folded), from sheets' variants and synonyms."""
    query = list(words)
    found = []
    for group in vocabulary(language)["groups"]:
        for term in group:
            term_words = term.split()
            position = _find(query, term_words)
            if position is None:
                continue
            for other in group:
                if other == term:
                    continue
                alternative = " ".join(query[:position] + other.split() + query[position + len(term_words) :])
                if alternative not in found and alternative != " ".join(query):
                    found.append(alternative)
            break
        if len(found) >= MAX_ALTERNATIVES:
            break
    return found[:MAX_ALTERNATIVES]


def _find(words, sub):
    size = len(sub)
    for start in range(len(words) - size + 1):
        if words[start : start + size] == sub:
            return start
    return None


def promotion_ids(words, language):
    return vocabulary(language)["promotions"].get(" ".join(words), [])


def suggest_professions(text, language, limit=5):
    """Profession sheets whose name has words starting with each word typed (accents ignored)."""
    typed = folded_terms(text)
    if not typed:
        return []
    matches = []
    for profession in vocabulary(language)["professions"]:
        if all(any(word.startswith(prefix) for word in profession.words) for prefix in typed):
            matches.append(profession)
        if len(matches) >= limit:
            break
    return matches
