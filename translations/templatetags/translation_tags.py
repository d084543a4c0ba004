"""Visitor side: how many pages of a listing exist only in French, and where to read them."""

from dataclasses import dataclass

from django import template
from django.conf import settings
from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils import translation

from wagtail.models import Page

register = template.Library()


@dataclass(frozen=True)
class FrenchOnlyPages:
    count: int
    url: str


def french_only_pages(page, request=None):
    """The live French children of `page`'s French version that have no live version in the
    language of `page`, counted, with the French listing's URL. One query; none in French."""
    source = settings.LANGUAGE_CODE
    if page is None or not getattr(page, "pk", None) or translation.get_language() == source:
        return None
    translated_keys = Page.objects.child_of(page).live().values("translation_key")
    french_only_children = (
        Page.objects.filter(path__startswith=OuterRef("path"), depth=OuterRef("depth") + 1, live=True)
        .exclude(translation_key__in=translated_keys)
        .order_by()
        .values("depth")
        .annotate(count=Count("pk"))
        .values("count")
    )
    french_index = (
        Page.objects.filter(translation_key=page.translation_key, locale__language_code=source, live=True)
        .annotate(french_only=Coalesce(Subquery(french_only_children[:1]), 0))
        .first()
    )
    if french_index is None or not french_index.french_only:
        return None
    return FrenchOnlyPages(count=french_index.french_only, url=french_index.get_url(request=request))


@register.inclusion_tag("translations/includes/french_only_notice.html", takes_context=True)
def french_only_notice(context):
    """A notice under a Dutch listing: "3 more are available in French only", with a link."""
    return {"french_only": french_only_pages(context.get("page"), context.get("request"))}
