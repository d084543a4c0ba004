from .index_page import PortraitIndexPage
from .portrait_page import PortraitCaptionTrack, PortraitPage

__all__ = ["PortraitCaptionTrack", "PortraitIndexPage", "PortraitPage"]
