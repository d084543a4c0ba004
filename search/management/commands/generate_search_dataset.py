"""Generate a large bilingual site to measure the search page (`make bench`, scripts/bench_search.sh).

    manage.py generate_search_dataset --pages 10000

Adds synthetic French and Dutch profession sheets, portraits, events, partner kits and standard
pages (in the proportions of the real site: many portraits, fewer kits) under the demo site's
home pages, then rebuilds the search index in bulk. Run `load_demo_content` first. Idempotent:
pages already generated (slug prefix "gen-") are counted and only the missing ones are added.
"""

import datetime
import itertools
import random

from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone

from wagtail.images.models import Image
from wagtail.models import Page

from events.models import EventIndexPage, EventPage, PartnerKitIndexPage, PartnerKitPage
from fiches.models import FicheIndexPage, FichePage
from home.models import HomePage, StandardPage
from portraits.models import PortraitIndexPage, PortraitPage

PREFIX = "gen-"
BATCH_SIZE = 500
# Share of each page type in the dataset.
SHARES = [("portrait", 0.4), ("fiche", 0.2), ("event", 0.2), ("kit", 0.1), ("page", 0.1)]

WORDS = {
    "fr": {
        "jobs": [
            ("Infirmier", "Infirmière"),
            ("Aide-soignant", "Aide-soignante"),
            ("Éducateur spécialisé", "Éducatrice spécialisée"),
            ("Assistant social", "Assistante sociale"),
            ("Auxiliaire de puériculture", "Auxiliaire de puériculture"),
            ("Kinésithérapeute", "Kinésithérapeute"),
            ("Aide familial", "Aide familiale"),
            ("Ergothérapeute", "Ergothérapeute"),
            ("Logopède", "Logopède"),
            ("Moniteur d'atelier", "Monitrice d'atelier"),
            ("Animateur en maison de repos", "Animatrice en maison de repos"),
            ("Comptable d'ASBL", "Comptable d'ASBL"),
        ],
        "places": ["Bruxelles", "Liège", "Namur", "Charleroi", "Mons", "Tournai", "Arlon", "Wavre", "Lille"],
        "settings": [
            "à l'hôpital",
            "en maison de repos",
            "à domicile",
            "en crèche",
            "dans un service résidentiel",
            "dans une entreprise de travail adapté",
        ],
        "verbs": ["accompagne", "soigne", "écoute", "rassure", "conseille", "forme", "encadre"],
        "people": ["des personnes âgées", "des enfants", "des adolescents", "des familles", "des patients"],
        "first_names": [
            "Nadia",
            "Karim",
            "Sophie",
            "Julien",
            "Fatou",
            "Léa",
            "Marc",
            "Inès",
            "Hugo",
            "Amina",
        ],
        "event": "Journée portes ouvertes",
        "kit": "Kit de campagne",
        "page": "Informations pratiques",
    },
    "nl": {
        "jobs": [
            ("Verpleegkundige", "Verpleegkundige"),
            ("Zorgkundige", "Zorgkundige"),
            ("Opvoeder-begeleider", "Opvoedster-begeleidster"),
            ("Maatschappelijk werker", "Maatschappelijk werkster"),
            ("Kinderbegeleider", "Kinderbegeleidster"),
            ("Kinesitherapeut", "Kinesitherapeute"),
            ("Gezinshelper", "Gezinshelpster"),
            ("Ergotherapeut", "Ergotherapeute"),
            ("Logopedist", "Logopediste"),
            ("Monitor", "Monitrice"),
            ("Animator in een woonzorgcentrum", "Animatrice in een woonzorgcentrum"),
            ("Boekhouder van een vzw", "Boekhoudster van een vzw"),
        ],
        "places": [
            "Brussel",
            "Gent",
            "Antwerpen",
            "Leuven",
            "Brugge",
            "Hasselt",
            "Mechelen",
            "Kortrijk",
            "Aalst",
        ],
        "settings": [
            "in het ziekenhuis",
            "in het woonzorgcentrum",
            "bij mensen thuis",
            "in de kinderopvang",
            "in een residentiële dienst",
            "in een maatwerkbedrijf",
        ],
        "verbs": ["begeleidt", "verzorgt", "luistert naar", "stelt gerust", "adviseert", "leidt op"],
        "people": ["ouderen", "kinderen", "jongeren", "gezinnen", "patiënten"],
        "first_names": [
            "Nadia",
            "Karim",
            "Sofie",
            "Jens",
            "Fatou",
            "Lotte",
            "Pieter",
            "Ines",
            "Wout",
            "Amina",
        ],
        "event": "Opendeurdag",
        "kit": "Campagnekit",
        "page": "Praktische informatie",
    },
}


class Command(BaseCommand):
    help = "Generate synthetic French and Dutch pages for the search benchmark, then rebuild the index."

    def add_arguments(self, parser):
        parser.add_argument("--pages", type=int, default=10_000, help="Total number of generated pages.")
        parser.add_argument("--seed", type=int, default=7)

    def handle(self, *args, pages, seed, **options):
        random.seed(seed)
        homes = {home.locale.language_code: home for home in HomePage.objects.select_related("locale")}
        if set(homes) != {"fr", "nl"}:
            raise CommandError("Load the demo content first (manage.py load_demo_content).")
        existing = Page.objects.filter(slug__startswith=PREFIX).count()
        missing = pages - existing
        if missing <= 0:
            self.stdout.write(f"{existing} generated pages already there: nothing to do.")
            return
        image = Image.objects.first()
        if image is None:
            raise CommandError("The demo content has no image for the portraits.")
        indexes = {language: self.indexes(home) for language, home in homes.items()}
        for language, home in homes.items():
            indexes[language]["sheets"] = list(FichePage.objects.descendant_of(home).live()[:50])
            if not indexes[language]["sheets"]:
                raise CommandError("The demo content has no profession sheet to link the portraits to.")
        kinds = list(itertools.chain.from_iterable([kind] * round(share * 100) for kind, share in SHARES))
        batch = []
        for number in range(existing, pages):
            language = "fr" if number % 2 == 0 else "nl"
            kind = kinds[number % len(kinds)]
            batch.append(self.build(kind, language, number, indexes[language], homes[language], image))
            if len(batch) == BATCH_SIZE or number == pages - 1:
                self.insert(batch)
                batch = []
                self.stdout.write(f"  {number + 1} / {pages}")
        self.stdout.write("Rebuilding the search index…")
        call_command("update_index", verbosity=0)
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                # Fresh statistics, or the planner misjudges the new rows; and no dead rows left by
                # the index rebuild (it rewrites every entry to set its title_norm).
                cursor.execute("VACUUM ANALYZE")
        self.stdout.write(self.style.SUCCESS(f"{missing} pages generated ({pages} in all)."))

    def indexes(self, home):
        found = {}
        for key, model in (
            ("fiche", FicheIndexPage),
            ("portrait", PortraitIndexPage),
            ("event", EventIndexPage),
            ("kit", PartnerKitIndexPage),
        ):
            found[key] = model.objects.child_of(home).first()
            if found[key] is None:
                raise CommandError(f"No {model.__name__} under {home}: load the demo content first.")
        return found

    @transaction.atomic
    def insert(self, batch):
        """Insert the pages of `batch` [(parent, page)] without saving them one by one: the tree
        paths are computed here, the Page rows are created in bulk, then each page type's row
        with a raw save (no signals: the index is rebuilt at the end)."""
        by_parent = {}
        for parent, page in batch:
            by_parent.setdefault(parent.pk, (parent, []))[1].append(page)
        bases = []
        for parent, children in by_parent.values():
            parent = Page.objects.select_for_update().get(pk=parent.pk)
            last = parent.get_last_child()
            step = Page._str2int(last.path[-Page.steplen :]) if last else 0
            for page in children:
                step += 1
                page.path = Page._get_path(parent.path, parent.depth + 1, step)
                page.depth = parent.depth + 1
                page.numchild = 0
                page.url_path = f"{parent.url_path}{page.slug}/"
                page.locale_id = parent.locale_id
                page.live = True
                page.draft_title = page.title
                page.first_published_at = page.last_published_at = timezone.now()
                page.content_type = ContentType.objects.get_for_model(type(page))
                bases.append(
                    Page(**{f.attname: getattr(page, f.attname) for f in Page._meta.concrete_fields})
                )
            Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + len(children))
        Page.objects.bulk_create(bases)
        for base, (_parent, page) in zip(bases, batch_in_parent_order(by_parent), strict=True):
            page.page_ptr_id = page.pk = base.pk
            page.save_base(raw=True)

    def build(self, kind, language, number, indexes, home, image):
        words = WORDS[language]
        job, feminine = random.choice(words["jobs"])
        place = random.choice(words["places"])
        setting = random.choice(words["settings"])
        verb = random.choice(words["verbs"])
        people = random.choice(words["people"])
        first_name = random.choice(words["first_names"])
        slug = f"{PREFIX}{kind}-{number}"
        sentence = f"{feminine} {setting} à {place}, {first_name} {verb} {people}."
        if language == "nl":
            sentence = f"{feminine} {setting} in {place}: {first_name} {verb} {people}."
        if kind == "fiche":
            page = FichePage(
                title=f"{job} ({place} {number})",
                slug=slug,
                profession_name=job,
                feminine_name=feminine,
                other_names="",
                summary=sentence,
                missions=f"<p>{sentence}</p>",
            )
            parent = indexes["fiche"]
        elif kind == "portrait":
            page = PortraitPage(
                title=f"{first_name}, {job.lower()} {setting} ({number})",
                slug=slug,
                first_name=first_name,
                job_title=feminine,
                quote=sentence,
                introduction=sentence,
                photo=image,
                fiche=random.choice(indexes["sheets"]),
                photo_alt_text=first_name,
                first_published_at=timezone.now(),
                consent_signed_on=timezone.localdate() - datetime.timedelta(days=30),
                consent_website=True,
                consent_social_networks=True,
            )
            parent = indexes["portrait"]
        elif kind == "event":
            start = timezone.now() + datetime.timedelta(days=number % 300 + 1)
            page = EventPage(
                title=f"{words['event']} : {job.lower()} à {place} ({number})",
                slug=slug,
                introduction=sentence,
                start=start,
                end=start + datetime.timedelta(hours=6),
                venue_name=place,
                venue_city=place,
                organiser_name=place,
            )
            parent = indexes["event"]
        elif kind == "kit":
            page = PartnerKitPage(
                title=f"{words['kit']} {place} {number}",
                slug=slug,
                introduction=sentence,
                intended_partners=people,
            )
            parent = indexes["kit"]
        else:
            page = StandardPage(title=f"{words['page']} {place} {number}", slug=slug, introduction=sentence)
            parent = home
        return parent, page


def batch_in_parent_order(by_parent):
    for parent, children in by_parent.values():
        for page in children:
            yield parent, page
