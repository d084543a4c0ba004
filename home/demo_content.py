"""The demo campaign's home and standard pages, in French with their Dutch translation.

Each text is a (French, Dutch) pair: the French builds the source page, and the pairs make the
glossary from which the Dutch translation is produced through wagtail-localize.
"""

import datetime
import itertools

from wagtail.models import Page, Site

from home.demo import Glossary, body_stream
from home.editorial.workflows import ensure_editorial_setup
from home.localization import translate_from_glossary
from home.models import (
    Campaign,
    FooterText,
    HomePage,
    HomePageFeaturedPortrait,
    Region,
    Sector,
    StandardPage,
)

HOME = {
    "title": ("J'aime mon métier", "Ik hou van mijn job"),
    "slug": "accueil",
    "seo_title": (
        "J'aime mon métier : les métiers du soin, du social et du non-marchand",
        "Ik hou van mijn job: beroepen in de zorg, het welzijnswerk en de social profit",
    ),
    "search_description": (
        "Des infirmières, des éducateurs, des aides familiales et des comptables d'ASBL racontent "
        "pourquoi ils aiment leur métier. Portraits, fiches métiers et journées portes ouvertes.",
        "Verpleegkundigen, opvoeders, gezinshelpers en boekhouders van vzw's vertellen waarom ze "
        "van hun job houden. Portretten, beroepsfiches en opendeurdagen.",
    ),
    "hero_heading": (
        "Des métiers qui ont du sens, racontés par celles et ceux qui les font",
        "Beroepen die zin geven, verteld door wie ze elke dag uitoefent",
    ),
    "hero_text": (
        "Infirmier, puéricultrice, éducatrice spécialisée, assistant social, moniteur en entreprise "
        "de travail adapté : découvrez leur quotidien, leurs formations et les portes qui s'ouvrent "
        "à vous.",
        "Verpleegkundige, kinderbegeleider, orthopedagoog, maatschappelijk werker, monitor in een "
        "maatwerkbedrijf: ontdek hun dagelijks werk, hun opleiding en de deuren die voor jou opengaan.",
    ),
    "body": [
        ("heading", ("Pourquoi cette campagne ?", "Waarom deze campagne?")),
        (
            "paragraph",
            (
                "Les hôpitaux, les maisons de repos, les crèches et les services d'aide à domicile "
                "cherchent du monde. Ces métiers sont essentiels, mais on en parle trop souvent à "
                "travers leurs difficultés. Ici, ce sont les professionnels qui prennent la parole, "
                "avec leurs mots, pour dire ce qui les fait se lever le matin.",
                "Ziekenhuizen, woonzorgcentra, kinderdagverblijven en thuiszorgdiensten zoeken "
                "mensen. Deze beroepen zijn onmisbaar, maar we praten er te vaak over vanuit hun "
                "moeilijkheden. Hier nemen de professionals zelf het woord, in hun eigen woorden, "
                "om te vertellen waarvoor ze 's ochtends opstaan.",
            ),
        ),
        (
            "quote",
            (
                "On ne soigne pas seulement une plaie, on accompagne une personne et sa famille.",
                "Je verzorgt niet alleen een wonde, je begeleidt een mens en zijn familie.",
            ),
            ("Nadia, infirmière à domicile", "Nadia, thuisverpleegkundige"),
        ),
    ],
}

STANDARD_PAGES = [
    {
        "slug": "a-propos",
        "show_in_menus": True,
        "title": ("À propos de la campagne", "Over de campagne"),
        "search_description": (
            "Qui porte la campagne « J'aime mon métier », ce qu'elle publie et comment y participer.",
            "Wie de campagne 'Ik hou van mijn job' draagt, wat ze publiceert en hoe je kunt meedoen.",
        ),
        "introduction": (
            "« J'aime mon métier » donne la parole aux femmes et aux hommes qui font vivre les "
            "secteurs de la santé, du social et du non-marchand.",
            "'Ik hou van mijn job' geeft het woord aan de vrouwen en mannen die de zorg, het "
            "welzijnswerk en de social profit doen draaien.",
        ),
        "body": [
            ("heading", ("Ce que nous publions", "Wat we publiceren")),
            (
                "paragraph",
                (
                    "Chaque semaine, un journaliste rencontre une professionnelle ou un professionnel "
                    "sur son lieu de travail. Son témoignage devient un article, une courte vidéo ou "
                    "un épisode de podcast, toujours relu et validé par la personne interviewée.",
                    "Elke week gaat een journalist op bezoek bij een professional op de werkvloer. "
                    "Die getuigenis wordt een artikel, een korte video of een podcastaflevering, "
                    "altijd nagelezen en goedgekeurd door de geïnterviewde.",
                ),
            ),
            (
                "paragraph",
                (
                    "À côté des portraits, les fiches métiers expliquent concrètement en quoi consiste "
                    "le travail, quelles formations y mènent, quelles perspectives il offre et ce "
                    "qu'il rapporte.",
                    "Naast de portretten leggen de beroepsfiches concreet uit wat het werk inhoudt, "
                    "welke opleidingen ernaartoe leiden, welke vooruitzichten het biedt en wat het "
                    "verdient.",
                ),
            ),
            ("heading", ("Nos partenaires", "Onze partners")),
            (
                "paragraph",
                (
                    "La campagne est construite avec les fédérations du secteur, les partenaires "
                    "sociaux, les écoles et les services de l'emploi. Les organisations partenaires "
                    "peuvent télécharger les affiches et les visuels pour relayer la campagne.",
                    "De campagne komt tot stand samen met de sectorfederaties, de sociale partners, "
                    "de scholen en de arbeidsbemiddelingsdiensten. Partnerorganisaties kunnen de "
                    "affiches en beelden downloaden om de campagne mee te verspreiden.",
                ),
            ),
        ],
    },
    {
        "slug": "mentions-legales",
        "show_in_menus": False,
        "title": ("Mentions légales", "Wettelijke vermeldingen"),
        "search_description": (
            "L'éditeur du site, son hébergement et les droits sur les contenus publiés.",
            "De uitgever van de website, de hosting en de rechten op de gepubliceerde inhoud.",
        ),
        "introduction": (
            "Ce site est édité par l'Agence pour les métiers du lien, association sans but lucratif.",
            "Deze website wordt uitgegeven door het Agentschap voor verbindende beroepen, vereniging "
            "zonder winstoogmerk.",
        ),
        "body": [
            ("heading", ("Droits sur les contenus", "Rechten op de inhoud")),
            (
                "paragraph",
                (
                    "Les textes, photos, vidéos et podcasts sont publiés avec l'accord écrit des "
                    "personnes qui y figurent. Toute reproduction en dehors des kits mis à "
                    "disposition des partenaires demande une autorisation préalable.",
                    "De teksten, foto's, video's en podcasts worden gepubliceerd met de schriftelijke "
                    "toestemming van de personen die erin voorkomen. Elke overname buiten de kits "
                    "voor partners vereist een voorafgaande toestemming.",
                ),
            ),
        ],
    },
    {
        "slug": "vie-privee",
        "show_in_menus": False,
        "title": ("Politique de confidentialité", "Privacybeleid"),
        "search_description": (
            "Quelles données nous recueillons, pourquoi, combien de temps et comment exercer vos droits.",
            "Welke gegevens we verzamelen, waarom, hoe lang en hoe je je rechten uitoefent.",
        ),
        "introduction": (
            "Nous ne recueillons que les données nécessaires pour vous inscrire à une journée "
            "portes ouvertes, et nous n'utilisons aucun traceur publicitaire.",
            "We verzamelen alleen de gegevens die nodig zijn om je in te schrijven voor een "
            "opendeurdag, en we gebruiken geen advertentietrackers.",
        ),
        "body": [
            ("heading", ("Vos droits", "Jouw rechten")),
            (
                "paragraph",
                (
                    "Vous pouvez demander à consulter, corriger ou effacer vos données à tout moment. "
                    "Les inscriptions aux événements sont supprimées six mois après la date de "
                    "l'événement.",
                    "Je kunt op elk moment vragen om je gegevens in te kijken, te verbeteren of te "
                    "wissen. Inschrijvingen voor evenementen worden zes maanden na de datum van het "
                    "evenement verwijderd.",
                ),
            ),
        ],
    },
    {
        "slug": "accessibilite",
        "show_in_menus": False,
        "title": ("Déclaration d'accessibilité", "Toegankelijkheidsverklaring"),
        "search_description": (
            "Le niveau d'accessibilité du site et comment nous signaler une difficulté.",
            "Hoe toegankelijk de website is en hoe je ons een probleem meldt.",
        ),
        "introduction": (
            "Nous voulons que chacun puisse découvrir ces métiers, quel que soit son handicap ou "
            "l'appareil qu'il utilise.",
            "We willen dat iedereen deze beroepen kan ontdekken, met welke beperking of welk toestel ook.",
        ),
        "body": [
            ("heading", ("Niveau visé", "Beoogd niveau")),
            (
                "paragraph",
                (
                    "Le site vise la conformité au niveau AA des règles WCAG 2.1. Les vidéos sont "
                    "sous-titrées et chaque podcast est accompagné de sa transcription.",
                    "De website streeft naar conformiteit met niveau AA van de WCAG 2.1-richtlijnen. "
                    "De video's zijn ondertiteld en bij elke podcast hoort een transcriptie.",
                ),
            ),
            ("heading", ("Nous signaler un problème", "Een probleem melden")),
            (
                "paragraph",
                (
                    "Si un contenu vous reste inaccessible, écrivez-nous : nous vous répondrons dans "
                    "les cinq jours ouvrables et vous proposerons une alternative.",
                    "Is een inhoud voor jou niet toegankelijk? Schrijf ons: we antwoorden binnen vijf "
                    "werkdagen en bieden je een alternatief aan.",
                ),
            ),
        ],
    },
]

FOOTER = (
    [
        "« J'aime mon métier » est une campagne de l'Agence pour les métiers du lien, menée avec "
        "les fédérations du soin, du social et du non-marchand.",
        "Contact : campagne@jaimemonmetier.be",
    ],
    [
        "'Ik hou van mijn job' is een campagne van het Agentschap voor verbindende beroepen, samen "
        "met de federaties uit de zorg, het welzijnswerk en de social profit.",
        "Contact: campagne@jaimemonmetier.be",
    ],
)

# Sentences combined to make the synthetic pages of `load_demo_content --scale N`.
SCALE_TOPICS = [
    "Travailler de nuit en maison de repos",
    "Reprendre des études d'infirmier à quarante ans",
    "Une journée en crèche parentale",
    "Accompagner des jeunes en service d'aide à la jeunesse",
    "Devenir moniteur en entreprise de travail adapté",
    "Les coulisses d'un service d'aide familiale",
]
SCALE_SENTENCES = [
    "Ce métier demande de l'écoute, de la patience et un vrai sens de l'équipe.",
    "La formation se fait en alternance, entre l'école et le terrain.",
    "Le secteur recrute dans toutes les régions, en particulier à Bruxelles.",
    "Les horaires varient, mais chaque journée apporte sa part de rencontres.",
]

# (slug, French, Dutch)
SECTORS = [
    ("sante", "Santé", "Gezondheidszorg"),
    ("social", "Social", "Welzijnswerk"),
    ("petite-enfance", "Petite enfance", "Kinderopvang"),
    ("handicap", "Handicap", "Personen met een handicap"),
    ("protection-de-l-enfance", "Protection de l'enfance", "Jeugdhulp"),
    ("aide-a-domicile", "Aide à domicile", "Thuiszorg"),
    ("travail-adapte", "Travail adapté", "Maatwerk"),
    ("fonctions-transversales", "Fonctions transversales", "Ondersteunende functies"),
]

# (slug, country, French, Dutch)
REGIONS = [
    ("bruxelles", "BE", "Bruxelles", "Brussel"),
    ("wallonie", "BE", "Wallonie", "Wallonië"),
    ("flandre", "BE", "Flandre", "Vlaanderen"),
    ("ile-de-france", "FR", "Île-de-France", "Île-de-France"),
    ("hauts-de-france", "FR", "Hauts-de-France", "Hauts-de-France"),
    ("grand-est", "FR", "Grand Est", "Grand Est"),
    ("auvergne-rhone-alpes", "FR", "Auvergne-Rhône-Alpes", "Auvergne-Rhône-Alpes"),
    ("pays-de-la-loire", "FR", "Pays de la Loire", "Pays de la Loire"),
]

CAMPAIGNS = [
    {
        "slug": "j-aime-mon-metier",
        "kind": "wave",
        "start_date": "2026-03-01",
        "end_date": None,
        "name": ("J'aime mon métier", "Ik hou van mijn job"),
        "description": (
            "Des portraits de professionnels de la santé, du social et du non-marchand, en "
            "articles, vidéos et podcasts, avec les fiches métiers qui les accompagnent.",
            "Portretten van professionals uit de zorg, het welzijnswerk en de social profit, als "
            "artikel, video en podcast, met de bijbehorende beroepsfiches.",
        ),
    },
    {
        "slug": "parce-que",
        "kind": "social_series",
        "start_date": "2026-12-01",
        "end_date": "2026-12-21",
        "name": ("J'aime mon métier parce que…", "Ik hou van mijn job omdat…"),
        "description": (
            "Deux publications par semaine pendant trois semaines : une photo, un prénom, un "
            "métier et une phrase.",
            "Twee berichten per week, drie weken lang: een foto, een voornaam, een beroep en één zin.",
        ),
    },
    {
        "slug": "semaine-des-metiers-du-soin",
        "kind": "themed_week",
        "start_date": "2027-03-15",
        "end_date": "2027-03-21",
        "name": (
            "La semaine des métiers du soin et de l'accompagnement",
            "De week van de zorg- en begeleidingsberoepen",
        ),
        "description": (
            "Pendant une semaine, des établissements ouvrent leurs portes pour faire découvrir "
            "leurs métiers aux jeunes et aux personnes en reconversion.",
            "Een week lang openen voorzieningen hun deuren om jongeren en zij-instromers hun "
            "beroepen te laten ontdekken.",
        ),
    },
    {
        "slug": "petite-enfance",
        "kind": "recruitment_drive",
        "start_date": "2027-01-10",
        "end_date": "2027-04-30",
        "name": ("Les métiers de la petite enfance", "Beroepen in de kinderopvang"),
        "description": (
            "Un spot, trois vidéos de deux minutes et six fiches métiers, diffusés dans les "
            "agences pour l'emploi et les écoles.",
            "Een spot, drie video's van twee minuten en zes beroepsfiches, verspreid via de "
            "arbeidsbemiddeling en de scholen.",
        ),
    },
]


def load(context):
    """Home page, standard pages, footer, sectors, regions and campaigns; `--scale` pages."""
    context.home = load_home(context)
    for definition in STANDARD_PAGES:
        load_standard_page(context, definition)
    load_footer(context)
    load_taxonomy(context)
    if context.scale:
        load_scale(context)


def load_home(context):
    home = HomePage.objects.filter(locale=context.french).first()
    if home is not None:
        return home
    glossary = Glossary()
    home = HomePage(
        locale=context.french,
        slug=HOME["slug"],
        title=glossary.french(HOME["title"]),
        seo_title=glossary.french(HOME["seo_title"]),
        search_description=glossary.french(HOME["search_description"]),
        hero_heading=glossary.french(HOME["hero_heading"]),
        hero_text=glossary.french(HOME["hero_text"]),
        body=body_stream(glossary, HOME["body"]),
    )
    context.publish_with_translation(Page.get_first_root_node(), home, glossary, translate=False)
    point_site_at(home)
    translate_from_glossary(home, context.dutch, glossary)
    return home


def point_site_at(home):
    """Make the French home the site's root, and remove Wagtail's 'Welcome' placeholder page."""
    site = Site.objects.filter(is_default_site=True).first()
    placeholder = site.root_page if site else None
    if site is None:
        site = Site(hostname="localhost", port=80, is_default_site=True)
    site.root_page = home
    site.site_name = "Vocations"
    site.save()
    if placeholder and placeholder.specific_class is Page and placeholder.depth == 2:
        placeholder.delete()


def load_standard_page(context, definition):
    existing = StandardPage.objects.child_of(context.home).filter(slug=definition["slug"]).first()
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
    return context.publish_with_translation(context.home, page, glossary)


def load_footer(context):
    if FooterText.objects.filter(locale=context.french).exists():
        return
    french_lines, dutch_lines = FOOTER
    footer = FooterText.objects.create(
        locale=context.french, body="".join(f"<p>{line}</p>" for line in french_lines)
    )
    translate_from_glossary(footer, context.dutch, dict(zip(french_lines, dutch_lines, strict=True)))


def load_taxonomy(context):
    for slug, french, dutch in SECTORS:
        load_snippet(context, Sector, slug, {"name": (french, dutch)})
    for slug, country, french, dutch in REGIONS:
        load_snippet(context, Region, slug, {"name": (french, dutch)}, country=country)
    for campaign in CAMPAIGNS:
        load_snippet(
            context,
            Campaign,
            campaign["slug"],
            {"name": campaign["name"], "description": campaign["description"]},
            kind=campaign["kind"],
            start_date=datetime.date.fromisoformat(campaign["start_date"]),
            end_date=campaign["end_date"] and datetime.date.fromisoformat(campaign["end_date"]),
        )


def load_snippet(context, model, slug, texts, **fields):
    """A translatable snippet in French and its Dutch translation, unless it exists."""
    if model.objects.filter(locale=context.french, slug=slug).exists():
        return
    glossary = Glossary()
    instance = model.objects.create(
        locale=context.french,
        slug=slug,
        **{name: glossary.french(pair) for name, pair in texts.items()},
        **fields,
    )
    # A name that is the same in both languages ("Grand Est") has no segment to translate.
    translate_from_glossary(instance, context.dutch, glossary)


def load_scale(context):
    """N synthetic standard pages, French only: the cost of a large tree, not of translation."""
    sentences = itertools.cycle(SCALE_SENTENCES)
    topics = itertools.cycle(SCALE_TOPICS)
    start = StandardPage.objects.count()
    for number in range(start, start + context.scale):
        page = StandardPage(
            title=f"{next(topics)} ({number + 1})",
            slug=f"dossier-{number + 1}",
            introduction=next(sentences),
            body=[("paragraph", f"<p>{next(sentences)} {next(sentences)}</p>")],
        )
        context.publish_with_translation(context.home, page, Glossary(), translate=False)
    context.log(f"{context.scale} synthetic standard pages added.")


def finish(context):
    """Once every app has loaded: the menu order, and the portraits put forward on the home page."""
    for home in HomePage.objects.all():
        about = StandardPage.objects.child_of(home).filter(slug="a-propos").first()
        if about is not None and about.get_next_siblings().exists():
            about.move(home, pos="last-child")
    feature_portraits(context)
    ensure_editorial_setup()  # the workflows go on the home pages created above


def feature_portraits(context):
    """Put the first portraits of each format forward on the home page, once."""
    from portraits.models import PortraitPage

    home = HomePage.objects.filter(locale=context.french).first()
    if home is None or home.featured_portraits.exists():
        return
    portraits = PortraitPage.objects.live().filter(locale=context.french).order_by("first_published_at")
    chosen = []
    for portrait_format in ("video", "podcast", "article"):
        first = portraits.filter(format=portrait_format).first()
        if first is not None:
            chosen.append(first)
    if not chosen:
        return
    home.featured_portraits = [HomePageFeaturedPortrait(portrait=portrait) for portrait in chosen]
    home.save_revision().publish()
    # Bring the Dutch home page in step: its text is already translated, only the choice changed.
    translate_from_glossary(home, context.dutch, {}, strict=False)
