from .event_pages import EventIndexPage, EventPage
from .kit_pages import PartnerKitIndexPage, PartnerKitPage

__all__ = ["EventIndexPage", "EventPage", "PartnerKitIndexPage", "PartnerKitPage"]
