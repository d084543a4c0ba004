"""Factories for the home app's pages and snippets (tests and benchmarks)."""

import factory
import wagtail_factories

from django.utils.text import slugify

from wagtail.models import Locale, Page, Site

from home.localization import translate_from_glossary
from home.models import FooterText, HomePage, StandardPage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "J'aime mon métier"
    slug = "accueil"
    hero_heading = "Des métiers qui ont du sens"
    hero_text = "Découvrez celles et ceux qui soignent, éduquent et accompagnent."

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Informations pratiques {n}")
    slug = factory.LazyAttribute(lambda page: slugify(page.title))
    introduction = "Tout ce qu'il faut savoir avant de se lancer."
    body = factory.LazyFunction(
        lambda: [
            ("heading", {"text": "Pour qui ?", "level": "h2"}),
            ("paragraph", "<p>Pour les jeunes qui choisissent leurs études.</p>"),
        ]
    )

    class Meta:
        model = StandardPage


class FooterTextFactory(factory.django.DjangoModelFactory):
    body = "<p>Une campagne pour les métiers du lien.</p>"
    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code="fr"))

    class Meta:
        model = FooterText


HOME_GLOSSARY = {
    "J'aime mon métier": "Ik hou van mijn job",
    "Des métiers qui ont du sens": "Beroepen die zin geven",
    "Découvrez celles et ceux qui soignent, éduquent et accompagnent.": (
        "Ontdek wie verzorgt, opvoedt en begeleidt."
    ),
}


def build_bilingual_site():
    """A French home page as the default site's root, and its Dutch translation, both live.

    Returns (french_home, dutch_home).
    """
    french, _created = Locale.objects.get_or_create(language_code="fr")
    dutch, _created = Locale.objects.get_or_create(language_code="nl")
    # Browser tests flush the database between tests: the tree root may have to be re-created.
    root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", locale=french))
    french_home = HomePageFactory(parent=root, locale=french)
    site = Site.objects.filter(is_default_site=True).first()
    placeholder = site.root_page if site else None
    if site is None:
        site = Site(hostname="localhost", port=80, is_default_site=True)
    site.root_page = french_home
    site.save()
    if placeholder is not None and placeholder.specific_class is Page:
        placeholder.delete()
    dutch_home = translate_from_glossary(french_home, dutch, HOME_GLOSSARY)
    return french_home, dutch_home
