"""Text normalisation shared by the search page, the suggestions and the query log."""

import re
import unicodedata

MAX_QUERY_LENGTH = 200  # characters kept from what the visitor typed
MAX_TERMS = 12

_WORD = re.compile(r"[^\W_]+")


def strip_accents(text):
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def fold(text):
    """Lower case, without accents: 'Éducatrice' → 'educatrice'."""
    return strip_accents(text).casefold()


def display_query(text):
    """What the visitor typed, safe to show back: no control characters, at most MAX_QUERY_LENGTH."""
    text = unicodedata.normalize("NFC", text or "")[:MAX_QUERY_LENGTH]
    return " ".join("".join(char for char in text if not unicodedata.category(char).startswith("C")).split())


def terms(text):
    """The words of a query (letters and digits only), at most MAX_TERMS of them.

    Everything else — quotes, SQL or regular-expression metacharacters, emoji, control characters,
    a null byte — separates words and never reaches the database.
    """
    return _WORD.findall(unicodedata.normalize("NFC", text[:MAX_QUERY_LENGTH]))[:MAX_TERMS]


def clean_query(text):
    """The query as it is searched and shown back: its words separated by single spaces."""
    return " ".join(terms(text or ""))


def folded_terms(text):
    return [fold(term) for term in terms(text)]
