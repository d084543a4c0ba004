"""What search engines and social networks read in the <head> of every page type, in both
languages: title, description, canonical, robots, Open Graph, Twitter card and hreflang."""

from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest

from django.core.files.base import ContentFile

from wagtail.images import get_image_model

from events import demo_files
from events.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    PartnerKitIndexPageFactory,
    PartnerKitPageFactory,
)
from fiches.factories import FicheIndexPageFactory, FichePageFactory
from home.factories import StandardPageFactory
from home.localization import translate_from_glossary
from portraits.factories import PortraitIndexPageFactory, PortraitPageFactory

pytestmark = pytest.mark.django_db


class HeadParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.meta = {}
        self.links = []
        self.title = ""
        self._in_title = False
        self._in_head = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "head":
            self._in_head = True
        elif tag == "title":
            self._in_title = True
        elif tag == "meta" and self._in_head:
            key = attrs.get("property") or attrs.get("name")
            if key:
                self.meta.setdefault(key, []).append(attrs.get("content"))
        elif tag == "link" and self._in_head:
            self.links.append(attrs)

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        elif tag == "head":
            self._in_head = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data

    def one(self, key):
        [value] = self.meta[key]
        return value

    @property
    def canonical(self):
        [link] = [link["href"] for link in self.links if link.get("rel") == "canonical"]
        return link

    @property
    def alternates(self):
        return {link["hreflang"]: link["href"] for link in self.links if link.get("hreflang")}


def head_of(response):
    assert response.status_code == 200
    parser = HeadParser()
    parser.feed(response.content.decode())
    return parser


def make_image(title, width=1600, height=900):
    return get_image_model().objects.create(
        title=title, file=ContentFile(demo_files.make_visual_png(width, height, title), name=f"{title}.png")
    )


def assert_complete_head(head, *, url, title, document_title, language="fr"):
    """The tags every page carries, whatever its type."""
    assert head.title.strip() == document_title
    assert head.one("description")
    assert head.one("robots") == "index, follow"
    # The listings name their canonical on the Wagtail site's host name, other pages on the
    # request's: the same host in production, "localhost" and "testserver" here.
    assert urlsplit(head.canonical).path == url and head.canonical.startswith("http://")
    assert head.one("og:url") == head.canonical
    assert head.one("og:title") == title
    assert head.one("og:description") == head.one("description")
    assert head.one("og:locale") == {"fr": "fr_BE", "nl": "nl_BE"}[language]
    assert head.one("og:site_name") == {"fr": "J'aime mon métier", "nl": "Ik hou van mijn job"}[language]
    assert head.one("og:image").startswith("http://testserver/")
    assert head.one("og:image:width") and head.one("og:image:height") and head.one("og:image:alt")
    assert head.one("twitter:card") == "summary_large_image"
    assert head.one("twitter:image") == head.one("og:image")
    assert urlsplit(head.alternates[language]).path == url
    assert head.alternates["x-default"].startswith("http://testserver/fr/")


@pytest.fixture
def site_pages(homes, locales):
    """One page of every type under the French home, most of them translated into Dutch."""
    photo = make_image("Nadia")
    agenda = EventIndexPageFactory(parent=homes.fr)
    kits = PartnerKitIndexPageFactory(parent=homes.fr)
    portraits = PortraitIndexPageFactory(parent=homes.fr)
    sheets = FicheIndexPageFactory(parent=homes.fr)
    fiche = FichePageFactory(parent=sheets, title="Infirmier", slug="infirmier")
    pages = {
        "home": homes.fr,
        "standard": StandardPageFactory(parent=homes.fr, title="À propos", slug="a-propos"),
        "portrait_index": portraits,
        "portrait": PortraitPageFactory(parent=portraits, fiche=fiche, photo=photo, title="Nadia"),
        "fiche_index": sheets,
        "fiche": fiche,
        "event_index": agenda,
        "event": EventPageFactory(parent=agenda, title="Portes ouvertes à la crèche"),
        "kit_index": kits,
        "kit": PartnerKitPageFactory(parent=kits, title="Kit de la semaine des métiers du soin"),
    }
    for name in ("standard", "portrait_index", "fiche_index"):
        translate_from_glossary(pages[name], locales.nl, {}, strict=False)
    return pages


@pytest.mark.parametrize(
    "name",
    [
        "home",
        "standard",
        "portrait_index",
        "portrait",
        "fiche_index",
        "fiche",
        "event_index",
        "event",
        "kit_index",
        "kit",
    ],
)
def test_every_page_type_has_title_description_canonical_social_tags_and_alternates(client, site_pages, name):
    page = site_pages[name]

    head = head_of(client.get(page.url))

    title = page.seo_title or page.title
    # The home page's <title> is the campaign's name alone.
    document_title = "J'aime mon métier" if name == "home" else f"{title} · J'aime mon métier"
    assert_complete_head(head, url=page.url, title=title, document_title=document_title)


def test_a_dutch_page_names_its_french_original_as_x_default(client, site_pages, locales):
    dutch = site_pages["standard"].get_translation(locales.nl)

    head = head_of(client.get(dutch.url))

    assert head.one("og:locale") == "nl_BE"
    assert head.one("og:locale:alternate") == "fr_BE"
    assert head.alternates == {
        "fr": "http://testserver/fr/a-propos/",
        "nl": f"http://testserver{dutch.url}",
        "x-default": "http://testserver/fr/a-propos/",
    }
    assert head.canonical == f"http://testserver{dutch.url}"


def test_a_page_in_one_language_only_is_its_own_alternate_and_x_default(client, site_pages):
    head = head_of(client.get(site_pages["event"].url))

    url = f"http://testserver{site_pages['event'].url}"
    assert head.alternates == {"fr": url, "x-default": url}


def test_the_social_image_is_a_1200_by_630_rendition_of_the_pages_social_image(client, homes):
    social = make_image("Affiche de la campagne", 2400, 1600)
    page = StandardPageFactory(parent=homes.fr, title="La campagne", slug="la-campagne", social_image=social)

    head = head_of(client.get(page.url))

    assert head.one("og:image").startswith("http://testserver/media/images/")
    assert (head.one("og:image:width"), head.one("og:image:height")) == ("1200", "630")
    assert head.one("og:image:type") == "image/jpeg"
    assert head.one("og:image:alt") == "Affiche de la campagne"


def test_a_portrait_without_social_image_is_shared_with_its_photo_and_its_alt_text(client, site_pages):
    portrait = site_pages["portrait"]

    head = head_of(client.get(portrait.url))

    rendition = portrait.photo.get_rendition("fill-1200x630-c75|format-jpeg")
    assert head.one("og:image") == f"http://testserver{rendition.url}"
    assert head.one("og:image:alt") == portrait.photo_alt_text
    assert head.one("og:type") == "article"


def test_a_page_with_no_image_at_all_is_shared_with_the_campaign_image(client, site_pages):
    head = head_of(client.get(site_pages["standard"].url))

    assert head.one("og:image") == "http://testserver/static/img/social-default.png"
    assert (head.one("og:image:width"), head.one("og:image:height")) == ("1200", "630")


def test_the_search_description_is_the_meta_description_else_the_introduction(client, homes):
    described = StandardPageFactory(
        parent=homes.fr, slug="decrite", search_description="Tout sur la campagne en deux phrases."
    )
    introduced = StandardPageFactory(parent=homes.fr, slug="intro", introduction="<b>Une</b> introduction.")

    assert head_of(client.get(described.url)).one("description") == "Tout sur la campagne en deux phrases."
    assert head_of(client.get(introduced.url)).one("description") == "Une introduction."


def test_the_seo_title_replaces_the_title_in_the_head(client, homes):
    page = StandardPageFactory(parent=homes.fr, slug="seo", title="Page", seo_title="Un titre pour Google")

    head = head_of(client.get(page.url))

    assert head.title.strip() == "Un titre pour Google · J'aime mon métier"
    assert head.one("og:title") == "Un titre pour Google"


def test_search_results_are_not_indexed(client, homes):
    response = client.get("/fr/recherche/", {"q": "infirmier"})

    head = head_of(response)
    assert head.one("robots") == "noindex, follow"
