"""Share links that load nothing from a third party: plain links to each network's share page."""

from dataclasses import dataclass
from urllib.parse import quote, urlencode

from django.utils.translation import pgettext

FACEBOOK = "https://www.facebook.com/sharer/sharer.php"
LINKEDIN = "https://www.linkedin.com/sharing/share-offsite/"


@dataclass(frozen=True)
class ShareLink:
    network: str
    label: str
    url: str


def share_links(url, text):
    """Links that open each network's own share page with `url` (and `text`) filled in."""
    return [
        ShareLink("facebook", "Facebook", f"{FACEBOOK}?{urlencode({'u': url})}"),
        ShareLink("linkedin", "LinkedIn", f"{LINKEDIN}?{urlencode({'url': url})}"),
        ShareLink("whatsapp", "WhatsApp", "https://wa.me/?" + urlencode({"text": f"{text} {url}"})),
        ShareLink(
            "bluesky", "Bluesky", "https://bsky.app/intent/compose?" + urlencode({"text": f"{text} {url}"})
        ),
        ShareLink(
            "email",
            pgettext("share", "E-mail"),
            f"mailto:?subject={quote(text, safe='')}&body={quote(url, safe='')}",
        ),
    ]
