"""The demo agenda and partner kits, in French with their Dutch translation.

Event dates are relative to today so that the agenda always has upcoming events; the themed
week keeps the campaign's own dates while they are ahead. Kit files (PDF posters, PNG visuals,
a WAV radio spot) are generated at run time; the kits reuse the videos of the portraits demo.
"""

import datetime

from django.core.files.base import ContentFile
from django.utils import timezone

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtailmedia.models import get_media_model

from events import demo_files
from events.models import EventIndexPage, EventPage, PartnerKitIndexPage, PartnerKitPage
from events.models.event_pages import BRUSSELS
from fiches.models import FichePage
from home.demo import Glossary, body_stream
from home.models import Campaign, Region

AGENDA = {
    "slug": "agenda",
    "title": ("Agenda", "Agenda"),
    "search_description": (
        "Journées portes ouvertes, séances d'information, expositions et ateliers pour découvrir "
        "les métiers du soin, du social et du non-marchand.",
        "Opendeurdagen, infosessies, tentoonstellingen en workshops om de beroepen in de zorg, het "
        "welzijnswerk en de social profit te ontdekken.",
    ),
    "introduction": (
        "Poussez la porte d'un hôpital, d'une crèche ou d'un service d'aide à domicile : les "
        "professionnels vous accueillent, vous montrent leur quotidien et répondent à vos questions.",
        "Stap binnen in een ziekenhuis, een kinderdagverblijf of een thuiszorgdienst: de professionals "
        "ontvangen je, tonen hun dagelijks werk en beantwoorden je vragen.",
    ),
}

KITS = {
    "slug": "kits",
    "title": ("Kits pour les partenaires", "Kits voor partners"),
    "search_description": (
        "Affiches, visuels, vidéos et textes prêts à publier pour relayer la campagne.",
        "Affiches, beelden, video's en kant-en-klare teksten om de campagne mee te verspreiden.",
    ),
    "introduction": (
        "Écoles, agences pour l'emploi, fédérations, établissements : téléchargez gratuitement nos "
        "affiches, visuels et textes pour faire connaître les métiers du lien autour de vous.",
        "Scholen, arbeidsbemiddelingsdiensten, federaties, voorzieningen: download gratis onze affiches, "
        "beelden en teksten om de verbindende beroepen in jouw omgeving bekend te maken.",
    ),
}

# "week" events take place during the themed week, on the given day of the week (0 = Monday);
# the others `days` from today. Times are Brussels time.
EVENTS = [
    {
        "slug": "semaine-des-metiers-du-soin-et-de-l-accompagnement",
        "kind": "themed_week",
        "week": 0,
        "time": (9, 0),
        "duration_days": 6,
        "end_time": (18, 0),
        "attendance": "mixed",
        "campaign": "semaine-des-metiers-du-soin",
        "audience": "everyone",
        "title": (
            "La semaine des métiers du soin et de l'accompagnement",
            "De week van de zorg- en begeleidingsberoepen",
        ),
        "introduction": (
            "Pendant une semaine, hôpitaux, maisons de repos, services pour personnes handicapées et "
            "entreprises de travail adapté ouvrent leurs portes aux jeunes et aux personnes en reconversion.",
            "Een week lang openen ziekenhuizen, woonzorgcentra, diensten voor personen met een handicap en "
            "maatwerkbedrijven hun deuren voor jongeren en zij-instromers.",
        ),
        "venue": ("Maison des métiers du lien", "Huis van de verbindende beroepen"),
        "street": ("Boulevard du Jardin botanique 20", "Kruidtuinlaan 20"),
        "postal_code": "1000",
        "city": ("Bruxelles", "Brussel"),
        "region": "bruxelles",
        "online_link": "https://live.jaimemonmetier.be/semaine-des-metiers",
        "organiser": ("Agence pour les métiers du lien", "Agentschap voor verbindende beroepen"),
        "website": "https://www.jaimemonmetier.be/",
        "professions": [
            "infirmier",
            "aide-soignant",
            "educateur-specialise",
            "accompagnant-educatif-et-social",
        ],
        "body": [
            ("heading", ("Une semaine pour pousser les portes", "Een week om binnen te stappen")),
            (
                "paragraph",
                (
                    "Infirmier, aide-soignant, éducateur spécialisé, accompagnant éducatif et social : ces "
                    "métiers recrutent partout et ils ont du sens. Cette semaine, des dizaines "
                    "d'établissements partenaires vous accueillent pour une visite, un échange avec les "
                    "équipes ou une journée d'immersion.",
                    "Verpleegkundige, zorgkundige, orthopedagoog, begeleider: deze beroepen zoeken overal "
                    "mensen en ze geven zin. Deze week ontvangen tientallen partnervoorzieningen je voor een "
                    "bezoek, een gesprek met de teams of een snuffeldag.",
                ),
            ),
            (
                "paragraph",
                (
                    "La soirée d'ouverture, lundi à 18 heures, est retransmise en direct pour celles et ceux "
                    "qui ne peuvent pas se déplacer.",
                    "De openingsavond, maandag om 18 uur, wordt live uitgezonden voor wie niet ter plaatse "
                    "kan komen.",
                ),
            ),
        ],
    },
    {
        "slug": "portes-ouvertes-chu-saint-pierre",
        "kind": "open_day",
        "week": 0,
        "time": (10, 0),
        "end_time": (16, 0),
        "attendance": "in_person",
        "campaign": "semaine-des-metiers-du-soin",
        "audience": "young_people",
        "title": ("Portes ouvertes au CHU Saint-Pierre", "Opendeurdag in het UMC Sint-Pieter"),
        "introduction": (
            "Visitez les urgences, la maternité et l'unité de gériatrie avec les infirmières et les "
            "aides-soignants qui y travaillent.",
            "Bezoek de spoedafdeling, de materniteit en de geriatrie met de verpleegkundigen en "
            "zorgkundigen die er werken.",
        ),
        "venue": ("CHU Saint-Pierre", "UMC Sint-Pieter"),
        "street": ("Rue Haute 322", "Hoogstraat 322"),
        "postal_code": "1000",
        "city": ("Bruxelles", "Brussel"),
        "region": "bruxelles",
        "organiser": ("CHU Saint-Pierre", "UMC Sint-Pieter"),
        "website": "https://www.stpierre-bru.be/",
        "registration": {"capacity": 60, "deadline_days_before": 2},
        "professions": ["infirmier", "aide-soignant", "kinesitherapeute"],
        "body": [
            (
                "paragraph",
                (
                    "Les visites partent toutes les heures du hall d'entrée, par groupes de dix. Prévoyez "
                    "une heure et demie : la visite se termine par un café avec des étudiants en soins "
                    "infirmiers qui font leur stage à l'hôpital.",
                    "De rondleidingen vertrekken elk uur in de inkomhal, in groepjes van tien. Reken op "
                    "anderhalf uur: het bezoek eindigt met een koffie met studenten verpleegkunde die er "
                    "stage lopen.",
                ),
            ),
        ],
    },
    {
        "slug": "portes-ouvertes-maison-de-repos-les-tilleuls",
        "kind": "open_day",
        "week": 1,
        "time": (13, 30),
        "end_time": (17, 0),
        "attendance": "in_person",
        "campaign": "semaine-des-metiers-du-soin",
        "audience": "career_changers",
        "title": (
            "Portes ouvertes à la maison de repos Les Tilleuls",
            "Opendeurdag in woonzorgcentrum De Linden",
        ),
        "introduction": (
            "Vous pensez à une reconversion ? Passez un après-midi avec l'équipe soignante et la "
            "directrice d'une maison de repos de 90 résidents.",
            "Denk je aan een carrièreswitch? Breng een namiddag door met het zorgteam en de directrice "
            "van een woonzorgcentrum met 90 bewoners.",
        ),
        "venue": ("Maison de repos Les Tilleuls", "Woonzorgcentrum De Linden"),
        "street": ("Chaussée de Louvain 145", "Leuvensesteenweg 145"),
        "postal_code": "5000",
        "city": ("Namur", "Namen"),
        "region": "wallonie",
        "organiser": ("ASBL Les Tilleuls", "vzw De Linden"),
        "website": "https://www.lestilleuls-namur.be/",
        "professions": ["aide-soignant", "infirmier", "directeur-de-maison-de-repos", "ergotherapeute"],
        "body": [
            (
                "paragraph",
                (
                    "La directrice présentera les formations en alternance financées par l'établissement. "
                    "Des aides-soignantes qui se sont reconverties après dix ans dans le commerce "
                    "raconteront leur parcours.",
                    "De directrice stelt de duale opleidingen voor die de voorziening financiert. "
                    "Zorgkundigen die na tien jaar in de handel van loopbaan veranderden, vertellen hun "
                    "verhaal.",
                ),
            ),
        ],
    },
    {
        "slug": "portes-ouvertes-ime-les-hirondelles",
        "kind": "open_day",
        "week": 2,
        "time": (9, 30),
        "end_time": (15, 30),
        "attendance": "in_person",
        "campaign": "semaine-des-metiers-du-soin",
        "audience": "young_people",
        "title": (
            "Portes ouvertes à l'institut médico-éducatif Les Hirondelles",
            "Opendeurdag in het medisch-pedagogisch instituut De Zwaluwen",
        ),
        "introduction": (
            "Découvrez le travail des éducateurs spécialisés et des accompagnants éducatifs et sociaux "
            "auprès d'enfants et d'adolescents en situation de handicap.",
            "Ontdek het werk van orthopedagogen en begeleiders bij kinderen en jongeren met een handicap.",
        ),
        "venue": ("IME Les Hirondelles", "MPI De Zwaluwen"),
        "street": ("Rue de Wazemmes 18", "Rue de Wazemmes 18"),
        "postal_code": "59000",
        "city": ("Lille", "Rijsel"),
        "region": "hauts-de-france",
        "organiser": ("Association Les Hirondelles", "Vereniging De Zwaluwen"),
        "website": "https://www.ime-leshirondelles.fr/",
        "professions": ["educateur-specialise", "accompagnant-educatif-et-social", "psychomotricien"],
        "body": [
            (
                "paragraph",
                (
                    "Au programme : visite des ateliers, démonstration d'une séance de psychomotricité et "
                    "rencontre avec des apprentis éducateurs.",
                    "Op het programma: bezoek aan de ateliers, demonstratie van een psychomotoriekles en "
                    "ontmoeting met leerling-opvoeders.",
                ),
            ),
        ],
    },
    {
        "slug": "portes-ouvertes-eta-les-ateliers-du-val",
        "kind": "open_day",
        "week": 3,
        "time": (10, 0),
        "end_time": (15, 0),
        "attendance": "in_person",
        "campaign": "semaine-des-metiers-du-soin",
        "audience": "everyone",
        "title": (
            "Portes ouvertes aux Ateliers du Val, entreprise de travail adapté",
            "Opendeurdag in De Ateliers van de Vallei, maatwerkbedrijf",
        ),
        "introduction": (
            "Rencontrez les moniteurs qui encadrent 180 travailleurs en situation de handicap en "
            "menuiserie, en conditionnement et en entretien d'espaces verts.",
            "Maak kennis met de monitoren die 180 werknemers met een handicap begeleiden in de "
            "schrijnwerkerij, de verpakking en het groenonderhoud.",
        ),
        "venue": ("Les Ateliers du Val", "De Ateliers van de Vallei"),
        "street": ("Rue de la Providence 61", "Rue de la Providence 61"),
        "postal_code": "6000",
        "city": ("Charleroi", "Charleroi"),
        "region": "wallonie",
        "organiser": ("Les Ateliers du Val ASBL", "De Ateliers van de Vallei vzw"),
        "website": "https://www.ateliersduval.be/",
        "professions": [
            "moniteur-en-entreprise-de-travail-adapte",
            "comptable-non-marchand",
            "conseiller-en-prevention",
        ],
        "body": [
            (
                "paragraph",
                (
                    "Le comptable et la conseillère en prévention de l'entreprise présenteront aussi leur "
                    "métier : le non-marchand a besoin de toutes les compétences.",
                    "Ook de boekhouder en de preventieadviseur van het bedrijf stellen hun beroep voor: de "
                    "social profit heeft alle talenten nodig.",
                ),
            ),
        ],
    },
    {
        "slug": "exposition-photo-itinerante-j-aime-mon-metier",
        "kind": "travelling_exhibition",
        "days": 20,
        "time": (9, 0),
        "duration_days": 21,
        "end_time": (18, 0),
        "attendance": "in_person",
        "campaign": "j-aime-mon-metier",
        "audience": "everyone",
        "title": (
            "« J'aime mon métier », l'exposition photo itinérante",
            "'Ik hou van mijn job', de reizende fototentoonstelling",
        ),
        "introduction": (
            "Trente portraits grand format de soignants, d'éducateurs et de travailleurs sociaux, avec "
            "leurs mots. L'exposition s'installe trois semaines dans le hall de la gare avant de repartir.",
            "Dertig grote portretten van zorgverleners, opvoeders en maatschappelijk werkers, met hun eigen "
            "woorden. De tentoonstelling staat drie weken in de stationshal en reist dan verder.",
        ),
        "venue": ("Gare de Liège-Guillemins", "Station Luik-Guillemins"),
        "street": ("Place des Guillemins 2", "Place des Guillemins 2"),
        "postal_code": "4000",
        "city": ("Liège", "Luik"),
        "region": "wallonie",
        "organiser": ("Agence pour les métiers du lien", "Agentschap voor verbindende beroepen"),
        "website": "https://www.jaimemonmetier.be/",
        "professions": ["infirmier", "educateur-specialise", "assistant-social", "aide-familiale"],
        "body": [
            (
                "paragraph",
                (
                    "Chaque photo est accompagnée d'une phrase : « J'aime mon métier parce que… ». Un code à "
                    "scanner mène au portrait complet, en article, en vidéo ou en podcast.",
                    "Bij elke foto hoort één zin: 'Ik hou van mijn job omdat…'. Een code om te scannen leidt "
                    "naar het volledige portret, als artikel, video of podcast.",
                ),
            ),
        ],
    },
    {
        "slug": "reunion-information-metiers-protection-de-l-enfance",
        "kind": "information_session",
        "days": 24,
        "time": (18, 30),
        "end_time": (20, 30),
        "attendance": "in_person",
        "campaign": None,
        "audience": "career_changers",
        "title": (
            "Réunion d'information : devenir assistant familial ou référent en protection de l'enfance",
            "Infoavond: pleegzorger of consulent in de jeugdhulp worden",
        ),
        "introduction": (
            "Dans le cadre de la semaine pour l'enfance du département, des professionnels de l'aide "
            "sociale à l'enfance présentent leurs métiers, les formations et les recrutements en cours.",
            "In het kader van de week voor het kind van het departement stellen professionals uit de "
            "jeugdhulp hun beroepen, de opleidingen en de lopende vacatures voor.",
        ),
        "venue": ("Hôtel du département", "Departementshuis"),
        "street": ("Place Michel Debré", "Place Michel Debré"),
        "postal_code": "49000",
        "city": ("Angers", "Angers"),
        "region": "pays-de-la-loire",
        "organiser": ("Département de Maine-et-Loire", "Departement Maine-et-Loire"),
        "website": "https://www.maine-et-loire.fr/",
        "registration": {"capacity": 80, "deadline_days_before": 1},
        "professions": [
            "famille-d-accueil",
            "delegue-a-la-protection-de-la-jeunesse",
            "auxiliaire-de-puericulture",
            "educateur-specialise",
        ],
        "body": [
            (
                "paragraph",
                (
                    "Une auxiliaire de puériculture, une référente protection et un assistant familial "
                    "raconteront leur quotidien avant un temps d'échange avec le service des ressources "
                    "humaines.",
                    "Een kinderverzorgster, een consulente jeugdhulp en een pleegzorger vertellen over hun "
                    "dagelijks werk, waarna je vragen kunt stellen aan de personeelsdienst.",
                ),
            ),
        ],
    },
    {
        "slug": "seance-en-ligne-se-reconvertir-dans-la-petite-enfance",
        "kind": "information_session",
        "days": 12,
        "time": (19, 0),
        "end_time": (20, 15),
        "attendance": "online",
        "campaign": "petite-enfance",
        "audience": "career_changers",
        "title": (
            "Séance en ligne : se reconvertir dans la petite enfance",
            "Online infosessie: overstappen naar de kinderopvang",
        ),
        "introduction": (
            "Assistante maternelle, auxiliaire de puériculture, éducateur de jeunes enfants : quelles "
            "formations, combien de temps, quel salaire ? Une heure pour poser toutes vos questions.",
            "Onthaalouder, kinderverzorger, pedagogisch medewerker: welke opleiding, hoe lang, welk "
            "loon? Een uur om al je vragen te stellen.",
        ),
        "online_link": "https://visio.jaimemonmetier.be/petite-enfance",
        "organiser": ("Agence pour les métiers du lien", "Agentschap voor verbindende beroepen"),
        "website": "https://www.jaimemonmetier.be/",
        "registration": {"capacity": 200, "deadline_days_before": 0},
        "professions": [
            "assistante-maternelle",
            "auxiliaire-de-puericulture",
            "educateur-de-jeunes-enfants",
            "garde-d-enfants-a-domicile",
        ],
        "body": [
            (
                "paragraph",
                (
                    "La séance est animée par une conseillère en orientation et une éducatrice de jeunes "
                    "enfants qui a changé de métier à 38 ans. Les questions peuvent être posées par écrit.",
                    "De sessie wordt geleid door een loopbaanbegeleider en een pedagogisch medewerker die op "
                    "38 jaar van beroep veranderde. Je kunt je vragen ook schriftelijk stellen.",
                ),
            ),
        ],
    },
    {
        "slug": "conference-le-soin-a-domicile-un-metier-d-avenir",
        "kind": "talk",
        "days": 33,
        "time": (19, 30),
        "end_time": (21, 0),
        "attendance": "mixed",
        "campaign": "j-aime-mon-metier",
        "audience": "everyone",
        "title": (
            "Conférence : le soin à domicile, un métier d'avenir",
            "Lezing: thuiszorg, een beroep met toekomst",
        ),
        "introduction": (
            "Infirmières à domicile et aides familiales expliquent comment elles organisent leurs "
            "tournées et pourquoi elles ne reviendraient pas en arrière.",
            "Thuisverpleegkundigen en gezinshelpers leggen uit hoe ze hun ronde organiseren en waarom ze "
            "nooit meer terug zouden willen.",
        ),
        "venue": ("Centre culturel de Woluwe", "Cultureel centrum Woluwe"),
        "street": ("Avenue Paul Hymans 117", "Paul Hymanslaan 117"),
        "postal_code": "1200",
        "city": ("Bruxelles", "Brussel"),
        "region": "bruxelles",
        "online_link": "https://live.jaimemonmetier.be/soin-a-domicile",
        "organiser": (
            "Fédération de l'aide et des soins à domicile",
            "Federatie voor thuishulp en thuiszorg",
        ),
        "website": "https://www.fasd.be/",
        "professions": ["infirmier", "aide-familiale"],
        "body": [],
    },
    {
        "slug": "atelier-cv-metiers-du-soin",
        "kind": "workshop",
        "days": 17,
        "time": (14, 0),
        "end_time": (16, 30),
        "attendance": "in_person",
        "campaign": None,
        "audience": "career_changers",
        "title": (
            "Atelier : valoriser son expérience pour un métier du soin",
            "Workshop: je ervaring in de verf zetten voor een zorgberoep",
        ),
        "introduction": (
            "Un atelier en petit groupe pour transformer votre parcours en atout : CV, lettre et "
            "préparation à l'entretien avec une recruteuse d'hôpital.",
            "Een workshop in kleine groep om je traject tot troef te maken: cv, brief en voorbereiding op "
            "het sollicitatiegesprek met een rekruteerder van een ziekenhuis.",
        ),
        "venue": ("Cité des métiers de Bruxelles", "Beroepenpunt Brussel"),
        "street": ("Avenue de l'Astronomie 14", "Sterrenkundelaan 14"),
        "postal_code": "1210",
        "city": ("Saint-Josse-ten-Noode", "Sint-Joost-ten-Node"),
        "region": "bruxelles",
        "organiser": ("Cité des métiers de Bruxelles", "Beroepenpunt Brussel"),
        "website": "https://www.citedesmetiers.brussels/",
        "registration": {"capacity": 12, "deadline_days_before": 3},
        "professions": ["aide-soignant", "infirmier", "logopede"],
        "body": [],
    },
    {
        "slug": "portes-ouvertes-creche-les-lucioles",
        "kind": "open_day",
        "days": 40,
        "time": (9, 0),
        "end_time": (12, 0),
        "attendance": "in_person",
        "status": "postponed",
        "campaign": "petite-enfance",
        "audience": "young_people",
        "title": (
            "Portes ouvertes à la crèche communale Les Lucioles",
            "Opendeurdag in het gemeentelijk kinderdagverblijf De Glimwormen",
        ),
        "introduction": (
            "Une matinée avec les puéricultrices d'une crèche de 48 places, pour les élèves du secondaire "
            "qui hésitent encore sur leurs études.",
            "Een ochtend met de kinderbegeleiders van een kinderdagverblijf met 48 plaatsen, voor "
            "leerlingen uit het secundair die nog twijfelen over hun studiekeuze.",
        ),
        "venue": ("Crèche Les Lucioles", "Kinderdagverblijf De Glimwormen"),
        "street": ("Rue du Centre 9", "Rue du Centre 9"),
        "postal_code": "1300",
        "city": ("Wavre", "Waver"),
        "region": "wallonie",
        "organiser": ("Commune de Wavre", "Gemeente Waver"),
        "website": "https://www.wavre.be/",
        "professions": [
            "auxiliaire-de-puericulture",
            "infirmiere-puericultrice",
            "educateur-de-jeunes-enfants",
        ],
        "body": [],
    },
]

HASHTAGS_CARE = ("#JaimeMonMetier #MetiersDuSoin", "#IkHouVanMijnJob #Zorgberoepen")
HASHTAGS_CHILDHOOD = ("#JaimeMonMetier #PetiteEnfance", "#IkHouVanMijnJob #Kinderopvang")

PARTNER_KITS = [
    {
        "slug": "kit-campagne-nationale-de-recrutement",
        "campaign": "semaine-des-metiers-du-soin",
        "colour": demo_files.TERRACOTTA,
        "title": (
            "Kit de la campagne « Les métiers du soin et de l'accompagnement recrutent »",
            "Kit van de campagne 'De zorg- en begeleidingsberoepen zoeken mensen'",
        ),
        "introduction": (
            "Tout ce qu'il faut pour relayer la campagne nationale de recrutement et annoncer vos portes "
            "ouvertes pendant la semaine des métiers du soin et de l'accompagnement.",
            "Alles wat je nodig hebt om de nationale rekruteringscampagne te verspreiden en je opendeurdag "
            "tijdens de week van de zorg- en begeleidingsberoepen aan te kondigen.",
        ),
        "partners": (
            "Hôpitaux, maisons de repos, services pour personnes handicapées, écoles de soins infirmiers, "
            "agences pour l'emploi et centres d'orientation.",
            "Ziekenhuizen, woonzorgcentra, diensten voor personen met een handicap, verpleegscholen, "
            "arbeidsbemiddelingsdiensten en studiekeuzecentra.",
        ),
        "terms": (
            "Les fichiers sont libres de diffusion jusqu'au 31 décembre pour promouvoir les métiers du "
            "soin et de l'accompagnement. Vous pouvez ajouter votre logo et vos dates, pas modifier les "
            "photos ni les témoignages.",
            "De bestanden mogen tot 31 december vrij verspreid worden om de zorg- en begeleidingsberoepen "
            "te promoten. Je mag je logo en je data toevoegen, maar de foto's en getuigenissen niet "
            "wijzigen.",
        ),
        "credits": (
            "Photos : Léa Martin. Graphisme : Atelier Lien. Spot radio : Studio Onde.",
            "Foto's: Léa Martin. Vormgeving: Atelier Lien. Radiospot: Studio Onde.",
        ),
        "posters": [
            (
                (
                    "Affiche A3 « Ils ont choisi un métier qui a du sens »",
                    "Affiche A3 'Zij kozen een job die zin geeft'",
                ),
                ("A3, à imprimer en couleur", "A3, in kleur af te drukken"),
                "affiche-metiers-du-soin-recrutent.pdf",
                [
                    "Infirmier, aide-soignant, éducateur spécialisé, accompagnant éducatif et social.",
                    "Verpleegkundige, zorgkundige, orthopedagoog, begeleider.",
                    "www.jaimemonmetier.be",
                ],
            ),
            (
                (
                    "Affiche « Nos portes sont ouvertes » à compléter",
                    "Affiche 'Onze deuren staan open' om in te vullen",
                ),
                (
                    "A4, avec un cadre pour vos dates et votre adresse",
                    "A4, met een kader voor je data en adres",
                ),
                "affiche-portes-ouvertes-a-completer.pdf",
                ["Date : ............  Adresse : ............", "Datum: ............  Adres: ............"],
            ),
        ],
        "visuals": [
            (
                ("Visuel carré pour Instagram et Facebook", "Vierkant beeld voor Instagram en Facebook"),
                1080,
                1080,
            ),
            (("Story pour Instagram", "Story voor Instagram"), 1080, 1920),
            (("Bannière pour LinkedIn et votre site", "Banner voor LinkedIn en je website"), 1500, 500),
        ],
        "slogan": ("Les métiers du soin et de l'accompagnement recrutent", "Semaine des métiers du soin"),
        "audio": (("Spot radio de 30 secondes (habillage sonore)", "Radiospot van 30 seconden (muziekbed)"),),
        "videos": 2,
        "posts": [
            (
                ("Publication pour Facebook et LinkedIn", "Bericht voor Facebook en LinkedIn"),
                (
                    "Cette semaine, nos portes sont ouvertes ! Venez rencontrer nos infirmières, nos "
                    "aides-soignants et nos éducateurs : ils vous diront pourquoi ils aiment leur métier.",
                    "Deze week staan onze deuren open! Kom kennismaken met onze verpleegkundigen, "
                    "zorgkundigen en opvoeders: zij vertellen je waarom ze van hun job houden.",
                ),
                HASHTAGS_CARE,
            ),
            (
                ("Publication courte pour Instagram", "Kort bericht voor Instagram"),
                (
                    "Un métier qui a du sens, ça se découvre de près. Rendez-vous pendant la semaine des "
                    "métiers du soin et de l'accompagnement.",
                    "Een job die zin geeft, ontdek je van dichtbij. Afspraak tijdens de week van de zorg- en "
                    "begeleidingsberoepen.",
                ),
                HASHTAGS_CARE,
            ),
        ],
        "logo": ("Logo « J'aime mon métier »", "Logo 'Ik hou van mijn job'"),
    },
    {
        "slug": "kit-petite-enfance",
        "campaign": "petite-enfance",
        "colour": demo_files.TEAL,
        "title": (
            "Kit « Les métiers de la petite enfance nous font grandir »",
            "Kit 'De beroepen in de kinderopvang laten ons groeien'",
        ),
        "introduction": (
            "Les affiches, les visuels et les trois vidéos de professionnelles de la petite enfance, à "
            "diffuser dans les agences pour l'emploi, les écoles et les consultations pour enfants.",
            "De affiches, de beelden en de drie video's van professionals uit de kinderopvang, om te "
            "verspreiden in de arbeidsbemiddeling, de scholen en de consultatiebureaus.",
        ),
        "partners": (
            "Agences pour l'emploi, écoles secondaires, centres d'orientation, crèches et services "
            "d'accueil de l'enfance.",
            "Arbeidsbemiddelingsdiensten, secundaire scholen, studiekeuzecentra, kinderdagverblijven en "
            "diensten voor kinderopvang.",
        ),
        "terms": (
            "Diffusion libre et gratuite jusqu'à la fin de la campagne, sans modification des visuels.",
            "Vrije en gratis verspreiding tot het einde van de campagne, zonder de beelden te wijzigen.",
        ),
        "credits": (
            "Photos et vidéos : collectif Petits Pas. Graphisme : Atelier Lien.",
            "Foto's en video's: collectief Kleine Stapjes. Vormgeving: Atelier Lien.",
        ),
        "posters": [
            (
                (
                    "Affiche « La petite enfance nous fait grandir »",
                    "Affiche 'Kinderopvang laat ons groeien'",
                ),
                ("A3, à imprimer en couleur", "A3, in kleur af te drukken"),
                "affiche-petite-enfance.pdf",
                [
                    "Assistante maternelle, auxiliaire de puériculture, éducateur de jeunes enfants.",
                    "Onthaalouder, kinderverzorger, pedagogisch medewerker.",
                ],
            ),
        ],
        "visuals": [
            (
                ("Visuel carré « Ils nous font grandir »", "Vierkant beeld 'Zij laten ons groeien'"),
                1080,
                1080,
            ),
            (("Story « Une journée en crèche »", "Story 'Een dag in de crèche'"), 1080, 1920),
            (("Bannière de la campagne petite enfance", "Banner van de kinderopvangcampagne"), 1500, 500),
        ],
        "slogan": ("Les métiers de la petite enfance nous font grandir", "Petite enfance"),
        "audio": (),
        "videos": 3,
        "posts": [
            (
                ("Publication pour les agences pour l'emploi", "Bericht voor de arbeidsbemiddeling"),
                (
                    "Vous aimez le contact avec les enfants ? Les crèches et les assistantes maternelles "
                    "recrutent. Découvrez les formations, même en reconversion.",
                    "Werk je graag met kinderen? Kinderdagverblijven en onthaalouders zoeken mensen. Ontdek "
                    "de opleidingen, ook als zij-instromer.",
                ),
                HASHTAGS_CHILDHOOD,
            ),
        ],
        "logo": ("Logo de la campagne petite enfance", "Logo van de kinderopvangcampagne"),
    },
]


def load(context):
    """The agenda with its events, the kit index with its kits; `--scale N` adds N of each."""
    agenda = load_index(context, EventIndexPage, AGENDA)
    for definition in EVENTS:
        load_event(context, agenda, definition)
    kits = load_index(context, PartnerKitIndexPage, KITS)
    for definition in PARTNER_KITS:
        load_kit(context, kits, definition)
    if context.scale:
        load_scale(context, agenda, kits)


def load_index(context, model, definition):
    existing = model.objects.child_of(context.home).filter(slug=definition["slug"]).first()
    if existing is not None:
        return existing
    glossary = Glossary()
    index = model(
        slug=definition["slug"],
        title=glossary.french(definition["title"]),
        search_description=glossary.french(definition["search_description"]),
        introduction=glossary.french(definition["introduction"]),
        show_in_menus=True,
    )
    return context.publish_with_translation(context.home, index, glossary)


def themed_week_start(context, today):
    """The Monday of the themed week: the campaign's own date while it is ahead, else in 8 weeks."""
    campaign = Campaign.objects.filter(locale=context.french, slug="semaine-des-metiers-du-soin").first()
    if campaign is not None and campaign.start_date > today + datetime.timedelta(days=7):
        start = campaign.start_date
    else:
        start = today + datetime.timedelta(days=56)
    return start - datetime.timedelta(days=start.weekday())


def event_dates(context, definition):
    today = timezone.localdate(timezone=BRUSSELS)
    if "week" in definition:
        day = themed_week_start(context, today) + datetime.timedelta(days=definition["week"])
    else:
        day = today + datetime.timedelta(days=definition["days"])
    start = datetime.datetime.combine(day, datetime.time(*definition["time"]), tzinfo=BRUSSELS)
    end_day = day + datetime.timedelta(days=definition.get("duration_days", 0))
    end = datetime.datetime.combine(end_day, datetime.time(*definition["end_time"]), tzinfo=BRUSSELS)
    return start, end


def load_event(context, agenda, definition):
    if EventPage.objects.child_of(agenda).filter(slug=definition["slug"]).exists():
        return None
    glossary = Glossary()
    start, end = event_dates(context, definition)
    optional = {}
    if "venue" in definition:
        optional.update(
            venue_name=glossary.french(definition["venue"]),
            venue_street=glossary.french(definition["street"]),
            venue_postal_code=definition["postal_code"],
            venue_city=glossary.french(definition["city"]),
            region=definition["region"]
            and Region.objects.filter(locale=context.french, slug=definition["region"]).first(),
        )
    if "registration" in definition:
        settings = definition["registration"]
        optional.update(
            registration_open=True,
            capacity=settings["capacity"],
            registration_deadline=start - datetime.timedelta(days=settings["deadline_days_before"], hours=1),
        )
    event = EventPage(
        slug=definition["slug"],
        title=glossary.french(definition["title"]),
        kind=definition["kind"],
        status=definition.get("status", EventPage.Status.SCHEDULED),
        audience=definition["audience"],
        introduction=glossary.french(definition["introduction"]),
        start=start,
        end=end,
        attendance_mode=definition["attendance"],
        online_link=definition.get("online_link", ""),
        organiser_name=glossary.french(definition["organiser"]),
        organiser_website=definition["website"],
        campaign=definition["campaign"]
        and Campaign.objects.filter(locale=context.french, slug=definition["campaign"]).first(),
        body=body_stream(glossary, definition["body"]),
        **optional,
    )
    event.professions = list(
        FichePage.objects.filter(locale=context.french, slug__in=definition["professions"])
    )
    event.clean()
    return context.publish_with_translation(agenda, event, glossary)


def wagtail_image(title, filename, content):
    model = get_image_model()
    existing = model.objects.filter(title=title).first()
    if existing is not None:
        return existing
    return model.objects.create(title=title, file=ContentFile(content, name=filename))


def wagtail_document(title, filename, content):
    model = get_document_model()
    existing = model.objects.filter(title=title).first()
    if existing is not None:
        return existing
    return model.objects.create(title=title, file=ContentFile(content, name=filename))


def wagtail_audio(title, filename, content, seconds):
    model = get_media_model()
    existing = model.objects.filter(title=title).first()
    if existing is not None:
        return existing
    return model.objects.create(
        title=title, type="audio", duration=seconds, file=ContentFile(content, name=filename)
    )


def kit_assets(definition, glossary):
    """The StreamField value of a kit: posters, visuals, radio spot, videos, texts and logo."""
    assets = []
    colour = definition["colour"]
    slogan, tagline = definition["slogan"]
    for title, details, filename, lines in definition["posters"]:
        french_title = glossary.french(title)
        document = wagtail_document(
            french_title, filename, demo_files.make_poster_pdf(slogan, lines, colour=colour)
        )
        preview = wagtail_image(
            f"Aperçu : {french_title}",
            filename.replace(".pdf", "-apercu.png"),
            demo_files.make_visual_png(420, 594, slogan, tagline, colour=colour),
        )
        assets.append(
            (
                "poster",
                {
                    "title": french_title,
                    "document": document,
                    "preview": preview,
                    "description": glossary.french(details),
                },
            )
        )
    for title, width, height in definition["visuals"]:
        french_title = glossary.french(title)
        image = wagtail_image(
            french_title,
            f"{definition['slug']}-{width}x{height}.png",
            demo_files.make_visual_png(width, height, slogan, tagline, colour=colour),
        )
        assets.append(("visual", {"title": french_title, "image": image}))
    for title in definition["audio"]:
        french_title = glossary.french(title)
        media = wagtail_audio(french_title, f"{definition['slug']}-spot.wav", demo_files.make_jingle_wav(), 4)
        assets.append(("audio", {"title": french_title, "media": media}))
    # The videos of the portraits demo, when it has loaded them.
    videos = get_media_model().objects.filter(type="video").order_by("pk")[: definition["videos"]]
    for number, media in enumerate(videos, start=1):
        title = (
            f"Vidéo {number} : un professionnel raconte son métier",
            f"Video {number}: een professional vertelt",
        )
        assets.append(("video", {"title": glossary.french(title), "media": media}))
    for title, text, hashtags in definition["posts"]:
        assets.append(
            (
                "post",
                {
                    "title": glossary.french(title),
                    "text": glossary.french(text),
                    "hashtags": glossary.french(hashtags),
                },
            )
        )
    logo_title = glossary.french(definition["logo"])
    logo = wagtail_image(
        logo_title, f"{definition['slug']}-logo.png", demo_files.make_logo_png("J'aime mon métier")
    )
    assets.append(("logo", {"title": logo_title, "image": logo}))
    return assets


def load_kit(context, index, definition):
    if PartnerKitPage.objects.child_of(index).filter(slug=definition["slug"]).exists():
        return None
    glossary = Glossary()
    assets = kit_assets(definition, glossary)
    kit = PartnerKitPage(
        slug=definition["slug"],
        title=glossary.french(definition["title"]),
        campaign=Campaign.objects.filter(locale=context.french, slug=definition["campaign"]).first(),
        introduction=glossary.french(definition["introduction"]),
        intended_partners=glossary.french(definition["partners"]),
        usage_terms=glossary.french(definition["terms"]),
        credits=glossary.french(definition["credits"]),
        listing_image=assets[len(definition["posters"])][1]["image"],
        assets=assets,
    )
    return context.publish_with_translation(index, kit, glossary)


def load_scale(context, agenda, kits):
    """N synthetic French events and N kits, published without revisions so that it stays quick."""
    first = EventPage.objects.filter(slug__startswith="journee-synthetique-").count()
    today = timezone.localdate(timezone=BRUSSELS)
    cities = ["Bruxelles", "Namur", "Liège", "Mons", "Lille", "Charleroi", "Arlon"]
    for number in range(first + 1, first + context.scale + 1):
        day = today + datetime.timedelta(days=1 + number % 120)
        start = datetime.datetime.combine(day, datetime.time(9 + number % 8), tzinfo=BRUSSELS)
        agenda.add_child(
            instance=EventPage(
                slug=f"journee-synthetique-{number}",
                title=f"Journée découverte des métiers du soin n° {number}",
                kind=EventPage.Kind.OPEN_DAY,
                introduction="Visite des services et rencontre avec les équipes.",
                start=start,
                end=start + datetime.timedelta(hours=3),
                venue_name=f"Établissement partenaire {number}",
                venue_city=cities[number % len(cities)],
                organiser_name="Agence pour les métiers du lien",
                live=True,
            )
        )
    first_kit = PartnerKitPage.objects.filter(slug__startswith="kit-synthetique-").count()
    for number in range(first_kit + 1, first_kit + context.scale + 1):
        kits.add_child(
            instance=PartnerKitPage(
                slug=f"kit-synthetique-{number}",
                title=f"Kit local de relais n° {number}",
                introduction="Des textes prêts à publier pour annoncer vos portes ouvertes.",
                assets=[
                    (
                        "post",
                        {
                            "title": "Publication pour Facebook",
                            "text": "Nos portes sont ouvertes cette semaine : venez rencontrer nos équipes.",
                            "hashtags": HASHTAGS_CARE[0],
                        },
                    )
                ],
                live=True,
            )
        )
    context.log(f"{context.scale} synthetic events and {context.scale} synthetic kits added.")
