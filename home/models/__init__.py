from .base import BasePage, ListingTeaserMixin, SocialSharingMixin
from .pages import HomePage, HomePageFeaturedPortrait, StandardPage
from .snippets import Campaign, FooterText, Region, Sector

__all__ = [
    "BasePage",
    "Campaign",
    "FooterText",
    "HomePage",
    "HomePageFeaturedPortrait",
    "ListingTeaserMixin",
    "Region",
    "Sector",
    "SocialSharingMixin",
    "StandardPage",
]
