"""What the paginated, filtered listings share (portraits, profession sheets, agenda): which
query strings may be cached, and a page of results kept in the cache.

A listing is cached per filter values and page number only when every value names an option of
its form: made-up query strings are served without the cache, so that they cannot fill it.
"""

from django.core.paginator import Page, Paginator


def is_known(values, choices):
    """True when every filter value is one of its options: `values` is {name: value}, `choices`
    {name: [(value, label), …]}."""
    return all(
        value in {option for option, _label in choices.get(name, ())} for name, value in values.items()
    )


def is_page_number(text):
    """A page number worth caching: 1 to 9999 (past the end is the last page)."""
    return text.isdigit() and len(text) <= 4 and int(text) >= 1


def page_snapshot(page):
    """What a Paginator's page shows, in a form the cache can keep (a queryset cannot be)."""
    return {"items": list(page.object_list), "number": page.number, "count": page.paginator.count}


def page_from_snapshot(snapshot, per_page):
    """The Paginator page of a `page_snapshot`: what templates and pagination links read."""
    paginator = Paginator([], per_page)
    paginator.count = snapshot["count"]  # a cached_property: the count of the whole list
    return Page(snapshot["items"], snapshot["number"], paginator)
