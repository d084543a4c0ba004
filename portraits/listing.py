"""The portraits of an index page, newest first, one page of cards at a time."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Prefetch
from django.http import Http404

from wagtail.images import get_image_model

PORTRAITS_PER_PAGE = 12
CARD_IMAGE_SPEC = "fill-480x480|format-webp"


def live_portraits(index_page):
    """The live portraits under `index_page` (so in its language), with what a card shows."""
    from portraits.models import PortraitPage

    renditions = get_image_model().get_rendition_model().objects.filter(filter_spec=CARD_IMAGE_SPEC)
    return (
        PortraitPage.objects.child_of(index_page)
        .live()
        .select_related("photo", "listing_image", "region", "media")
        .prefetch_related(
            Prefetch("photo__renditions", queryset=renditions),
            Prefetch("listing_image__renditions", queryset=renditions),
        )
        .order_by("-first_published_at", "-pk")
    )


def portraits_page(index_page, number):
    """One page of portraits. A number past the end gives the last page; a number that is not
    a positive whole number gives a 404."""
    paginator = Paginator(live_portraits(index_page), PORTRAITS_PER_PAGE)
    try:
        return paginator.page(number or 1)
    except PageNotAnInteger:
        raise Http404 from None
    except EmptyPage:
        if str(number).isdigit() and int(number) > 1:
            return paginator.page(paginator.num_pages)
        raise Http404 from None
