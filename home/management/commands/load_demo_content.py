"""Load the demo campaign: home page, standard pages and footer, in French and Dutch.

Idempotent: pages and snippets that already exist are left as they are. `--scale N` adds N
synthetic pages of each page type, for benchmarks.
"""

import itertools

from django.core.management.base import BaseCommand

from wagtail.models import Locale, Page, Site

from home import demo_content
from home.localization import translate_from_glossary
from home.models import FooterText, HomePage, StandardPage


class Glossary(dict):
    """French → Dutch, filled as the French values are read from (French, Dutch) pairs."""

    def french(self, pair):
        french, dutch = pair
        self[french] = dutch
        return french


def body_stream(glossary, blocks):
    stream = []
    for block_type, *pairs in blocks:
        if block_type == "heading":
            stream.append(("heading", {"text": glossary.french(pairs[0]), "level": "h2"}))
        elif block_type == "paragraph":
            stream.append(("paragraph", f"<p>{glossary.french(pairs[0])}</p>"))
        elif block_type == "quote":
            text, attribution = pairs
            stream.append(
                ("quote", {"text": glossary.french(text), "attribution": glossary.french(attribution)})
            )
    return stream


class Command(BaseCommand):
    help = "Load the demo campaign content in French and Dutch (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing when the site already has a home page.",
        )
        parser.add_argument(
            "--scale",
            type=int,
            default=0,
            metavar="N",
            help="Also generate N synthetic pages of each page type (for benchmarks).",
        )

    def handle(self, *args, if_empty=False, scale=0, **options):
        if if_empty and HomePage.objects.exists():
            self.stdout.write("Demo content already loaded: nothing to do.")
            return
        french = Locale.objects.get(language_code="fr")
        dutch = Locale.objects.get(language_code="nl")
        home = self.load_home(french, dutch)
        for definition in demo_content.STANDARD_PAGES:
            self.load_standard_page(home, dutch, definition)
        self.load_footer(french, dutch)
        if scale:
            self.load_scale(home, scale)
        self.stdout.write(self.style.SUCCESS("Demo content loaded."))

    def load_home(self, french, dutch):
        home = HomePage.objects.filter(locale=french).first()
        if home is None:
            glossary = Glossary()
            data = demo_content.HOME
            home = HomePage(
                locale=french,
                slug=data["slug"],
                title=glossary.french(data["title"]),
                seo_title=glossary.french(data["seo_title"]),
                search_description=glossary.french(data["search_description"]),
                hero_heading=glossary.french(data["hero_heading"]),
                hero_text=glossary.french(data["hero_text"]),
                body=body_stream(glossary, data["body"]),
            )
            root = Page.get_first_root_node()
            root.add_child(instance=home)
            home.save_revision().publish()
            self.point_site_at(home)
            translate_from_glossary(home, dutch, glossary)
        return home

    def point_site_at(self, home):
        """Make the French home the site's root, and remove Wagtail's 'Welcome' placeholder page."""
        site = Site.objects.filter(is_default_site=True).first()
        placeholder = site.root_page if site else None
        if site is None:
            site = Site(hostname="localhost", port=80, is_default_site=True, site_name="Vocations")
        site.root_page = home
        site.site_name = "Vocations"
        site.save()
        if placeholder and placeholder.specific_class is Page and placeholder.depth == 2:
            placeholder.delete()

    def load_standard_page(self, home, dutch, definition):
        existing = StandardPage.objects.child_of(home).filter(slug=definition["slug"]).first()
        if existing is not None:
            return existing
        glossary = Glossary()
        page = StandardPage(
            slug=definition["slug"],
            title=glossary.french(definition["title"]),
            search_description=glossary.french(definition["search_description"]),
            introduction=glossary.french(definition["introduction"]),
            body=body_stream(glossary, definition["body"]),
            show_in_menus=definition["show_in_menus"],
        )
        home.add_child(instance=page)
        page.save_revision().publish()
        translate_from_glossary(page, dutch, glossary)
        return page

    def load_footer(self, french, dutch):
        if FooterText.objects.filter(locale=french).exists():
            return
        french_lines, dutch_lines = demo_content.FOOTER
        footer = FooterText.objects.create(
            locale=french, body="".join(f"<p>{line}</p>" for line in french_lines)
        )
        translate_from_glossary(footer, dutch, dict(zip(french_lines, dutch_lines, strict=True)))

    def load_scale(self, home, count):
        """N synthetic standard pages, French only: the cost of a large tree, not of translation."""
        sentences = itertools.cycle(demo_content.SCALE_SENTENCES)
        topics = itertools.cycle(demo_content.SCALE_TOPICS)
        start = StandardPage.objects.count()
        for number in range(start, start + count):
            title = f"{next(topics)} ({number + 1})"
            page = StandardPage(
                title=title,
                slug=f"dossier-{number + 1}",
                introduction=next(sentences),
                body=[("paragraph", f"<p>{next(sentences)} {next(sentences)}</p>")],
            )
            home.add_child(instance=page)
            page.save_revision().publish()
        self.stdout.write(f"{count} synthetic standard pages added.")
