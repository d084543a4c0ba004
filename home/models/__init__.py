from .base import BasePage, ListingTeaserMixin, SocialSharingMixin
from .pages import HomePage, StandardPage
from .snippets import Campaign, FooterText, Region, Sector

__all__ = [
    "BasePage",
    "Campaign",
    "FooterText",
    "HomePage",
    "ListingTeaserMixin",
    "Region",
    "Sector",
    "SocialSharingMixin",
    "StandardPage",
]
