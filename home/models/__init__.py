from .base import BasePage, ListingTeaserMixin, SocialSharingMixin
from .pages import HomePage, StandardPage
from .snippets import FooterText

__all__ = [
    "BasePage",
    "FooterText",
    "HomePage",
    "ListingTeaserMixin",
    "SocialSharingMixin",
    "StandardPage",
]
