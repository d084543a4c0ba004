"""A small bilingual site to search: sheets, portraits, events, kits and standard pages.

French pages live under the French home, Dutch pages under the Dutch home; every text is
real-sounding and written for the relevance set in test_relevance.py.
"""

from types import SimpleNamespace

from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from events.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    PartnerKitIndexPageFactory,
    PartnerKitPageFactory,
)
from fiches.factories import FicheIndexPageFactory, FichePageFactory
from home.factories import StandardPageFactory
from portraits.factories import PortraitIndexPageFactory, PortraitPageFactory
from search.models import Synonym

# (slug, French (name, feminine, other names, summary), Dutch (name, feminine, other names, summary))
SHEETS = [
    (
        "infirmier",
        (
            "Infirmier",
            "Infirmière",
            "IRSG, infirmier responsable de soins généraux",
            "Il soigne, surveille et rassure, à l'hôpital, en maison de repos ou à domicile, "
            "de jour comme de nuit.",
        ),
        (
            "Verpleegkundige",
            "Verpleegkundige",
            "verpleger, verpleegster",
            "Verzorgt, volgt op en stelt gerust, in het ziekenhuis, het woonzorgcentrum of thuis.",
        ),
    ),
    (
        "aide-soignant",
        (
            "Aide-soignant",
            "Aide-soignante",
            "AS",
            "Il aide les personnes âgées ou malades dans les gestes du quotidien : "
            "se lever, se laver, manger.",
        ),
        (
            "Zorgkundige",
            "Zorgkundige",
            "verzorgende",
            "Helpt oudere of zieke mensen bij het opstaan, het wassen en het eten.",
        ),
    ),
    (
        "educateur-specialise",
        (
            "Éducateur spécialisé",
            "Éducatrice spécialisée",
            "ES, éduc spé",
            "Il accompagne des enfants, des adolescents ou des adultes en difficulté vers plus d'autonomie.",
        ),
        (
            "Opvoeder-begeleider",
            "Opvoedster-begeleidster",
            "orthopedagoog",
            "Begeleidt kinderen, jongeren of volwassenen in moeilijkheden naar meer zelfstandigheid.",
        ),
    ),
    (
        "educateur-de-jeunes-enfants",
        (
            "Éducateur de jeunes enfants",
            "Éducatrice de jeunes enfants",
            "EJE",
            "Il veille à l'éveil et au développement des tout-petits dans une crèche.",
        ),
        (
            "Kinderbegeleider",
            "Kinderbegeleidster",
            "pedagogisch medewerker",
            "Zorgt in de kinderopvang voor de ontwikkeling van de allerkleinsten.",
        ),
    ),
    (
        "auxiliaire-de-puericulture",
        (
            "Auxiliaire de puériculture",
            "Auxiliaire de puériculture",
            "AP, puer",
            "Elle prend soin des bébés et des jeunes enfants : repas, change, sieste et jeux.",
        ),
        (
            "Kinderverzorger",
            "Kinderverzorgster",
            "puericultuur",
            "Zorgt voor baby's en peuters: maaltijden, verschonen, middagdutje en spelen.",
        ),
    ),
    (
        "assistant-social",
        (
            "Assistant social",
            "Assistante sociale",
            "AS, travailleur social",
            "Il aide les personnes à faire valoir leurs droits : logement, revenus, santé.",
        ),
        (
            "Maatschappelijk werker",
            "Maatschappelijk werkster",
            "sociaal assistent",
            "Helpt mensen hun rechten te doen gelden: huisvesting, inkomen, gezondheid.",
        ),
    ),
    (
        "kinesitherapeute",
        (
            "Kinésithérapeute",
            "Kinésithérapeute",
            "kiné",
            "Il rééduque les patients après un accident, une opération ou une maladie.",
        ),
        (
            "Kinesitherapeut",
            "Kinesitherapeute",
            "kine",
            "Revalideert patiënten na een ongeval, een operatie of een ziekte.",
        ),
    ),
    (
        "aide-familial",
        (
            "Aide familial",
            "Aide familiale",
            "aide à domicile, auxiliaire de vie",
            "Il soutient à domicile les familles, les personnes âgées et les personnes malades.",
        ),
        ("Gezinshelper", "Gezinshelpster", "thuishulp", "Ondersteunt gezinnen, ouderen en zieken thuis."),
    ),
    (
        "comptable-asbl",
        (
            "Comptable d'ASBL",
            "Comptable d'ASBL",
            "responsable financier",
            "Il tient les comptes d'une association, prépare le budget et les dossiers de subsides.",
        ),
        (
            "Boekhouder van een vzw",
            "Boekhoudster van een vzw",
            "financieel medewerker",
            "Houdt de rekeningen van een vereniging bij, bereidt het budget en de subsidiedossiers voor.",
        ),
    ),
    (
        "moniteur-eta",
        (
            "Moniteur en entreprise de travail adapté",
            "Monitrice en entreprise de travail adapté",
            "moniteur ETA",
            "Il encadre une équipe de travailleurs en situation de handicap dans un atelier.",
        ),
        (
            "Monitor in een maatwerkbedrijf",
            "Monitrice in een maatwerkbedrijf",
            "werkleider",
            "Begeleidt een ploeg werknemers met een handicap in een atelier.",
        ),
    ),
]

# (slug, sheet slug, French (title, first name, job, introduction), Dutch (…))
PORTRAITS = [
    (
        "nadia",
        "infirmier",
        (
            "« Je suis parfois la seule visite de la journée »",
            "Nadia",
            "Infirmière à domicile",
            "Depuis huit ans, Nadia soigne à domicile dans les quartiers est de Bruxelles.",
        ),
        (
            "'Soms ben ik het enige bezoek van de dag'",
            "Nadia",
            "Thuisverpleegkundige",
            "Al acht jaar verzorgt Nadia mensen thuis in het oosten van Brussel.",
        ),
    ),
    (
        "karim",
        "educateur-specialise",
        (
            "« Chaque petit progrès est une victoire partagée »",
            "Karim",
            "Éducateur spécialisé",
            "Karim accompagne des adolescents placés dans un service résidentiel à Charleroi.",
        ),
        (
            "'Elke kleine vooruitgang is een gedeelde overwinning'",
            "Karim",
            "Opvoeder-begeleider",
            "Karim begeleidt jongeren in een residentiële dienst in Charleroi.",
        ),
    ),
    (
        "fatou",
        "aide-soignant",
        (
            "Fatou, veilleuse en maison de repos",
            "Fatou",
            "Aide-soignante de nuit",
            "Fatou est aide-soignante de nuit dans une maison de repos de Namur.",
        ),
        (
            "Fatou waakt 's nachts in het woonzorgcentrum",
            "Fatou",
            "Nachtzorgkundige",
            "Fatou werkt 's nachts als zorgkundige in een woonzorgcentrum in Namen.",
        ),
    ),
    (
        "julien",
        "kinesitherapeute",
        (
            "« Remettre les gens debout, au sens propre »",
            "Julien",
            "Kinésithérapeute",
            "Julien aide les patients à remarcher après une opération, au centre de revalidation de Liège.",
        ),
        (
            "'Mensen letterlijk weer op de been helpen'",
            "Julien",
            "Kinesitherapeut",
            "Julien helpt patiënten weer te stappen na een operatie, in het revalidatiecentrum van Luik.",
        ),
    ),
]

QUOTES = {
    "fr": {
        "nadia": "Je connais leurs petits-enfants et je les aide à rester chez eux.",
        "karim": "On ne lâche personne, même les jours difficiles.",
        "fatou": "La nuit, chaque sonnette compte.",
        "julien": "Le jour où un patient remarche seul, je sais pourquoi je fais ce métier.",
    },
    "nl": {
        "nadia": "Ik ken hun kleinkinderen en ik help hen thuis te blijven wonen.",
        "karim": "We laten niemand los, ook niet op moeilijke dagen.",
        "fatou": "'s Nachts telt elke bel.",
        "julien": "De dag dat een patiënt weer alleen stapt, weet ik waarom ik dit doe.",
    },
}

# (slug, French (title, city, introduction), Dutch (title, city, introduction))
EVENTS = [
    (
        "portes-ouvertes-creche",
        (
            "Journée portes ouvertes à la crèche Les Petits Pas",
            "Bruxelles",
            "Venez découvrir le quotidien des puéricultrices et poser vos questions.",
        ),
        (
            "Opendeurdag in kinderdagverblijf De Kleine Stapjes",
            "Gent",
            "Ontdek het dagelijkse werk van de kinderbegeleiders en stel je vragen.",
        ),
    ),
    (
        "seance-information-educateur",
        (
            "Séance d'information : devenir éducateur",
            "Liège",
            "Les hautes écoles présentent les études et les stages du métier d'éducateur.",
        ),
        (
            "Infosessie: opvoeder worden",
            "Antwerpen",
            "De hogescholen stellen de opleiding en de stages tot opvoeder voor.",
        ),
    ),
    (
        "exposition-photo",
        (
            "Exposition photo « J'aime mon métier »",
            "Mons",
            "Trente portraits de professionnels du soin et du social, en grand format.",
        ),
        (
            "Fototentoonstelling 'Ik hou van mijn job'",
            "Brugge",
            "Dertig portretten van zorgverleners en welzijnswerkers, in groot formaat.",
        ),
    ),
]

KITS = [
    (
        "kit-portes-ouvertes",
        ("Kit pour les journées portes ouvertes", "Affiches et visuels pour annoncer vos portes ouvertes."),
        ("Kit voor de opendeurdagen", "Affiches en beelden om je opendeurdag aan te kondigen."),
    ),
    (
        "kit-reseaux-sociaux",
        ("Kit réseaux sociaux « J'aime mon métier parce que… »", "Textes et visuels prêts à publier."),
        ("Kit sociale media 'Ik hou van mijn job omdat…'", "Teksten en beelden klaar om te posten."),
    ),
]

STANDARD_PAGES = [
    (
        "a-propos",
        (
            "À propos de la campagne",
            "Une campagne pour donner envie de travailler dans le soin et le social.",
        ),
        ("Over de campagne", "Een campagne die zin geeft om in de zorg en het welzijnswerk te werken."),
    ),
    (
        "se-former",
        ("Se former aux métiers du soin", "Les écoles, les hautes écoles et les formations pour adultes."),
        ("Een opleiding in de zorg volgen", "Scholen, hogescholen en opleidingen voor volwassenen."),
    ),
]

SYNONYMS = [
    ("fr", "crèche, garderie, milieu d'accueil"),
    ("nl", "kinderopvang, kribbe, crèche"),
]

# (query, language, standard page slug): promoted results
PROMOTIONS = [("formation", "fr", "se-former"), ("diploma", "nl", "se-former")]


def build_corpus(homes):
    """Create every page of both languages, the synonyms and the promotions. Returns the pages
    by language and slug: corpus.fr["infirmier"], corpus.nl["kit-portes-ouvertes"]…"""
    pages = {"fr": {}, "nl": {}}
    for language, home, index in (("fr", homes.fr, 1), ("nl", homes.nl, 2)):
        suffix = "" if language == "fr" else "-nl"
        fiche_index = FicheIndexPageFactory(parent=home, slug=f"metiers{suffix}")
        portrait_index = PortraitIndexPageFactory(parent=home, slug=f"portraits{suffix}")
        event_index = EventIndexPageFactory(parent=home, slug=f"agenda{suffix}")
        kit_index = PartnerKitIndexPageFactory(parent=home, slug=f"kits{suffix}")
        for slug, *texts in SHEETS:
            name, feminine, other_names, summary = texts[index - 1]
            pages[language][slug] = FichePageFactory(
                parent=fiche_index,
                slug=slug,
                title=name,
                profession_name=name,
                feminine_name=feminine,
                other_names=other_names,
                summary=summary,
                missions="",
                skills="",
                career_prospects="",
                access_conditions="",
                working_conditions="",
                training_paths=[],
            )
        for slug, sheet_slug, *texts in PORTRAITS:
            title, first_name, job_title, introduction = texts[index - 1]
            pages[language][slug] = PortraitPageFactory(
                parent=portrait_index,
                slug=slug,
                title=title,
                first_name=first_name,
                job_title=job_title,
                introduction=introduction,
                quote=QUOTES[language][slug],
                body=[],
                fiche=pages[language][sheet_slug],
            )
        for slug, *texts in EVENTS:
            title, city, introduction = texts[index - 1]
            pages[language][slug] = EventPageFactory(
                parent=event_index,
                slug=slug,
                title=title,
                venue_city=city,
                introduction=introduction,
                organiser_name=f"Ville de {city}" if language == "fr" else f"Stad {city}",
                body=[],
            )
        for slug, *texts in KITS:
            title, introduction = texts[index - 1]
            pages[language][slug] = PartnerKitPageFactory(
                parent=kit_index, slug=slug, title=title, introduction=introduction, intended_partners=""
            )
        for slug, *texts in STANDARD_PAGES:
            title, introduction = texts[index - 1]
            pages[language][slug] = StandardPageFactory(
                parent=home, slug=f"{slug}{suffix}", title=title, introduction=introduction, body=[]
            )
    for language, terms in SYNONYMS:
        Synonym.objects.create(language=language, terms=terms)
    for query_string, language, slug in PROMOTIONS:
        SearchPromotion.objects.create(
            query=Query.get(query_string), page=pages[language][slug], description="", sort_order=0
        )
    return SimpleNamespace(**pages)
