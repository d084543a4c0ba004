"""The machinery of `load_demo_content`: French pages built from (French, Dutch) pairs, whose
Dutch translations are then made through wagtail-localize.

Each content app has a `demo_content` module with its data and a `load(context)` function;
`load_demo_content` calls them in dependency order with one DemoContext.
"""

from dataclasses import dataclass, field

from wagtail.models import Locale

from home.localization import translate_from_glossary


class Glossary(dict):
    """French → Dutch, filled as the French values are read from (French, Dutch) pairs."""

    def french(self, pair):
        french, dutch = pair
        self[french] = dutch
        return french


def body_stream(glossary, blocks):
    """A body StreamField value from ("heading" | "paragraph" | "quote", pairs…) tuples."""
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
        else:
            raise ValueError(f"Unknown demo block type {block_type!r}")
    return stream


@dataclass
class DemoContext:
    """What every app's demo loader needs: the locales, the French home page, the output."""

    stdout: object
    french: Locale = field(default_factory=lambda: Locale.objects.get(language_code="fr"))
    dutch: Locale = field(default_factory=lambda: Locale.objects.get(language_code="nl"))
    home: object = None
    scale: int = 0

    def publish_with_translation(self, parent, page, glossary, *, translate=True):
        """Add `page` under `parent`, publish it, and publish its Dutch translation."""
        parent.add_child(instance=page)
        page.save_revision().publish()
        if translate:
            translate_from_glossary(page, self.dutch, glossary)
        return page

    def log(self, message):
        self.stdout.write(message)
