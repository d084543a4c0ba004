"""The demo portraits: articles, videos and podcast episodes, in French with their Dutch translation.

Each text is a (French, Dutch) pair. Photos are drawn with Pillow at run time (a warm card with
the person's initials); the media files are the small recordings shipped in `demo_media/`.
"""

import datetime
import io
import itertools
import unicodedata
from pathlib import Path

from PIL import Image as PillowImage
from PIL import ImageDraw, ImageFont

from django.core.files import File
from django.core.files.images import ImageFile
from django.utils import timezone

from wagtail.images import get_image_model
from wagtailmedia.models import get_media_model

from fiches.models import FichePage
from home.demo import Glossary, body_stream
from home.models import Campaign, Region, Sector
from portraits.models import PortraitCaptionTrack, PortraitIndexPage, PortraitPage

DEMO_MEDIA = Path(__file__).resolve().parent / "demo_media"

INDEX = {
    "slug": "portraits",
    "title": ("Portraits", "Portretten"),
    "search_description": (
        "Des professionnels du soin, du social et du non-marchand racontent pourquoi ils aiment leur métier.",
        "Professionals uit de zorg, het welzijnswerk en de social profit vertellen waarom ze van "
        "hun job houden.",
    ),
    "introduction": (
        "Infirmières, éducateurs, aides familiales, moniteurs, comptables d'ASBL : ils vous ouvrent "
        "la porte de leur quotidien, en mots, en images ou au micro.",
        "Verpleegkundigen, opvoeders, gezinshelpers, monitoren, boekhouders van vzw's: ze tonen je "
        "hun dagelijks werk, in woorden, in beelden of voor de microfoon.",
    ),
}

# Warm backgrounds of the generated photos (all keep white initials above 4.5:1).
PALETTE = ["#a8361b", "#0b5d63", "#7d2712", "#8a4b08", "#5b3a8c", "#2f5d2a"]

MEDIA = {
    "video-soins": ("video", "video-soins.mp4", "Fatou en maison de repos"),
    "video-creche": ("video", "video-creche.mp4", "Léa à la crèche"),
    "episode-domicile": ("audio", "episode-domicile.mp3", "Martine, aide familiale"),
    "episode-atelier": ("audio", "episode-atelier.m4a", "Yannick, moniteur en entreprise de travail adapté"),
    "episode-jeunesse": ("audio", "episode-jeunesse.ogg", "Inès, déléguée à la protection de la jeunesse"),
}

PORTRAITS = [
    {
        "slug": "nadia-infirmiere-a-domicile",
        "fiche": "infirmier",
        "first_name": "Nadia",
        "sectors": ["sante", "aide-a-domicile"],
        "region": "bruxelles",
        "campaigns": ["j-aime-mon-metier", "parce-que"],
        "title": (
            "« Je suis parfois la seule visite de la journée »",
            "'Soms ben ik het enige bezoek van de dag'",
        ),
        "job_title": ("Infirmière à domicile", "Thuisverpleegkundige"),
        "employer": ("Soins chez soi, Schaerbeek", "Soins chez soi, Schaarbeek"),
        "alt": (
            "Nadia sourit, sa sacoche de soins à l'épaule, devant la porte d'un immeuble.",
            "Nadia glimlacht, met haar verzorgingstas over de schouder, voor de deur van een "
            "appartementsgebouw.",
        ),
        "quote": (
            "je ne soigne pas seulement une plaie : j'entre chez les gens, je connais leurs petits-enfants, "
            "et je les aide à rester chez eux le plus longtemps possible.",
            "ik verzorg niet alleen een wonde: ik kom bij mensen thuis, ik ken hun kleinkinderen en ik "
            "help hen zo lang mogelijk thuis te blijven wonen.",
        ),
        "introduction": (
            "Depuis huit ans, Nadia sillonne les rues de Schaerbeek et d'Evere en voiture. Quinze "
            "visites par jour, des pansements, des injections, et beaucoup d'écoute.",
            "Al acht jaar rijdt Nadia door de straten van Schaarbeek en Evere. Vijftien bezoeken per "
            "dag, verbanden, inspuitingen en vooral veel luisteren.",
        ),
        "body": [
            ("heading", ("Une journée sur la route", "Een dag onderweg")),
            (
                "paragraph",
                (
                    "Sa tournée commence à sept heures. Avant de démarrer, elle relit les notes laissées "
                    "par ses collègues sur la tablette : une glycémie trop haute, une dame qui a mal "
                    "dormi. « On travaille seule chez le patient, mais jamais sans l'équipe. »",
                    "Haar ronde begint om zeven uur. Voor ze vertrekt, leest ze de notities van haar "
                    "collega's op de tablet: een te hoge suikerspiegel, een dame die slecht geslapen "
                    "heeft. 'Je werkt alleen bij de patiënt, maar nooit zonder je team.'",
                ),
            ),
            (
                "paragraph",
                (
                    "Ce qu'elle préfère ? L'autonomie, et ce lien qui se construit au fil des semaines. "
                    "Elle organise elle-même ses priorités et prend le temps d'expliquer un traitement "
                    "à une famille inquiète.",
                    "Wat ze het liefst doet? Zelfstandig werken, en de band die week na week groeit. Ze "
                    "bepaalt zelf haar prioriteiten en neemt de tijd om een behandeling uit te leggen "
                    "aan een ongeruste familie.",
                ),
            ),
        ],
    },
    {
        "slug": "karim-educateur-specialise",
        "fiche": "educateur-specialise",
        "first_name": "Karim",
        "sectors": ["handicap", "social"],
        "region": "wallonie",
        "campaigns": ["j-aime-mon-metier"],
        "title": (
            "« Chaque petit progrès est une victoire partagée »",
            "'Elke kleine vooruitgang is een gedeelde overwinning'",
        ),
        "job_title": (
            "Éducateur spécialisé auprès d'adolescents autistes",
            "Orthopedagoog bij jongeren met autisme",
        ),
        "employer": (
            "Institut médico-pédagogique Les Tilleuls, Liège",
            "Medisch-pedagogisch instituut Les Tilleuls, Luik",
        ),
        "alt": (
            "Karim, assis à une table basse, joue à un jeu de cartes avec un adolescent.",
            "Karim zit aan een lage tafel en speelt een kaartspel met een tiener.",
        ),
        "quote": (
            "je vois des jeunes prendre confiance, oser une sortie en ville ou dire leurs émotions, "
            "et je sais que j'y suis pour un petit quelque chose.",
            "ik zie jongeren zelfvertrouwen krijgen, een uitstap in de stad wagen of hun gevoelens "
            "benoemen, en ik weet dat ik daar een klein beetje toe bijdraag.",
        ),
        "introduction": (
            "Karim travaille en internat avec huit adolescents autistes. Son métier : construire, "
            "jour après jour, des repères qui rendent le monde un peu moins effrayant.",
            "Karim werkt in een internaat met acht jongeren met autisme. Zijn job: dag na dag "
            "houvast bieden zodat de wereld wat minder beangstigend wordt.",
        ),
        "body": [
            ("heading", ("Des routines qui libèrent", "Routines die vrijheid geven")),
            (
                "paragraph",
                (
                    "Pictogrammes, horaires visuels, temps calmes : tout est pensé pour que chacun sache "
                    "ce qui l'attend. « Quand un jeune sait ce qui va se passer, il peut enfin se "
                    "concentrer sur autre chose que son angoisse. »",
                    "Pictogrammen, visuele dagschema's, rustmomenten: alles is zo bedacht dat iedereen "
                    "weet wat er komt. 'Als een jongere weet wat er gaat gebeuren, kan hij zich eindelijk "
                    "op iets anders richten dan op zijn angst.'",
                ),
            ),
            (
                "paragraph",
                (
                    "Karim a commencé comme animateur, puis a repris un bachelier d'éducateur en cours du "
                    "soir. Aujourd'hui, il forme à son tour les stagiaires de la haute école voisine.",
                    "Karim begon als animator en volgde daarna 's avonds een bacheloropleiding "
                    "orthopedagogie. Vandaag begeleidt hij zelf de stagiairs van de hogeschool in de buurt.",
                ),
            ),
        ],
    },
    {
        "slug": "sophie-assistante-maternelle",
        "fiche": "assistante-maternelle",
        "first_name": "Sophie",
        "sectors": ["petite-enfance"],
        "region": "hauts-de-france",
        "campaigns": ["petite-enfance"],
        "title": ("« Je les vois faire leurs premiers pas »", "'Ik zie hen hun eerste stapjes zetten'"),
        "job_title": ("Assistante maternelle à Lille", "Onthaalouder in Rijsel"),
        "employer": None,
        "alt": (
            "Sophie, à genoux sur un tapis de jeu, tend un cube coloré à un bébé.",
            "Sophie zit geknield op een speelmat en geeft een gekleurd blokje aan een baby.",
        ),
        "quote": (
            "j'accompagne quatre enfants pendant leurs trois premières années, et je garde le "
            "contact avec les familles bien après leur entrée à l'école.",
            "ik begeleid vier kinderen tijdens hun eerste drie levensjaren, en ik hou contact met "
            "de gezinnen tot lang nadat ze naar school gaan.",
        ),
        "introduction": (
            "Ancienne vendeuse, Sophie a obtenu son agrément il y a six ans. Chez elle, à Lille, "
            "elle accueille quatre tout-petits du lundi au vendredi.",
            "Sophie was vroeger verkoopster en kreeg zes jaar geleden haar erkenning. Bij haar "
            "thuis in Rijsel vangt ze van maandag tot vrijdag vier peuters op.",
        ),
        "body": [
            ("heading", ("Une maison pensée pour eux", "Een huis op hun maat")),
            (
                "paragraph",
                (
                    "La salle de jeux a remplacé la salle à manger. Sophie prépare les repas, organise "
                    "les siestes et propose chaque matin une activité : peinture, transvasement, "
                    "promenade au parc.",
                    "De speelkamer heeft de eetkamer vervangen. Sophie kookt, plant de middagdutjes en "
                    "stelt elke ochtend een activiteit voor: schilderen, water overgieten, wandelen in "
                    "het park.",
                ),
            ),
            (
                "paragraph",
                (
                    "« On est son propre patron, mais on n'est pas seule : le relais petite enfance "
                    "organise des ateliers et des formations. »",
                    "'Je bent je eigen baas, maar je staat er niet alleen voor: het steunpunt "
                    "kinderopvang organiseert workshops en opleidingen.'",
                ),
            ),
        ],
    },
    {
        "slug": "julien-kinesitherapeute",
        "fiche": "kinesitherapeute",
        "first_name": "Julien",
        "sectors": ["sante"],
        "region": "wallonie",
        "campaigns": ["j-aime-mon-metier", "semaine-des-metiers-du-soin"],
        "title": (
            "« Remettre les gens debout, au sens propre »",
            "'Mensen letterlijk weer op de been helpen'",
        ),
        "job_title": ("Kiné en revalidation neurologique", "Kinesitherapeut in neurologische revalidatie"),
        "employer": ("Centre de revalidation du CHU UCL Namur", "Revalidatiecentrum van het CHU UCL Namur"),
        "alt": (
            "Julien soutient une patiente qui marche entre deux barres parallèles.",
            "Julien ondersteunt een patiënte die tussen twee brugleuningen stapt.",
        ),
        "quote": (
            "après un AVC, quand un patient refait ses premiers pas seul dans le couloir, toute "
            "l'équipe applaudit. Ce moment-là vaut toutes les fatigues.",
            "als een patiënt na een beroerte zijn eerste stappen weer alleen zet in de gang, "
            "applaudisseert het hele team. Dat moment is alle vermoeidheid waard.",
        ),
        "introduction": (
            "Au centre de revalidation, Julien accompagne des patients victimes d'un AVC ou d'un "
            "traumatisme crânien, parfois pendant plusieurs mois.",
            "In het revalidatiecentrum begeleidt Julien patiënten na een beroerte of een "
            "hersenletsel, soms maandenlang.",
        ),
        "body": [
            ("heading", ("Un travail d'équipe", "Teamwerk")),
            (
                "paragraph",
                (
                    "Kinés, ergothérapeutes, logopèdes et infirmiers se retrouvent chaque mardi pour "
                    "faire le point sur chaque patient et ajuster les objectifs.",
                    "Kinesitherapeuten, ergotherapeuten, logopedisten en verpleegkundigen komen elke "
                    "dinsdag samen om elke patiënt te bespreken en de doelen bij te sturen.",
                ),
            ),
            (
                "paragraph",
                (
                    "« On ne répare pas un genou, on aide quelqu'un à retrouver sa vie. Il faut de la "
                    "technique, mais surtout beaucoup de patience et d'humour. »",
                    "'Je herstelt geen knie, je helpt iemand zijn leven terug te vinden. Daar is "
                    "techniek voor nodig, maar vooral veel geduld en humor.'",
                ),
            ),
        ],
    },
    {
        "slug": "amelie-logopede",
        "fiche": "logopede",
        "first_name": "Amélie",
        "sectors": ["sante", "handicap"],
        "region": "bruxelles",
        "campaigns": ["j-aime-mon-metier"],
        "title": (
            "« Donner les mots à ceux qui n'en ont pas encore »",
            "'Woorden geven aan wie ze nog niet heeft'",
        ),
        "job_title": (
            "Logopède dans une école d'enseignement spécialisé",
            "Logopedist in een school voor buitengewoon onderwijs",
        ),
        "employer": ("École Les Érables, Anderlecht", "School Les Érables, Anderlecht"),
        "alt": (
            "Amélie montre des images à une petite fille qui pointe l'une d'elles du doigt.",
            "Amélie toont prenten aan een meisje dat er met haar vinger één aanwijst.",
        ),
        "quote": (
            "le jour où un enfant qui ne parlait pas me demande « encore » avec un signe, je sais "
            "pourquoi j'ai choisi ce métier.",
            "de dag dat een kind dat niet sprak me met een gebaar om 'nog' vraagt, weet ik waarom ik "
            "voor deze job gekozen heb.",
        ),
        "introduction": (
            "Amélie travaille avec des enfants qui ont des troubles du langage ou un handicap. "
            "Gestes, images, tablettes : tous les moyens sont bons pour communiquer.",
            "Amélie werkt met kinderen met een taalstoornis of een beperking. Gebaren, prenten, "
            "tablets: elk middel is goed om te communiceren.",
        ),
        "body": [
            ("heading", ("Au cœur de l'école", "Midden in de school")),
            (
                "paragraph",
                (
                    "Elle ne travaille pas dans un cabinet isolé : elle passe dans les classes, conseille "
                    "les enseignants et rencontre les parents pour que les progrès continuent à la maison.",
                    "Ze werkt niet in een afgezonderde praktijk: ze gaat de klassen rond, geeft "
                    "leerkrachten advies en spreekt met de ouders zodat de vooruitgang thuis verdergaat.",
                ),
            ),
            (
                "paragraph",
                (
                    "« C'est un métier de petits pas. Il faut savoir fêter chaque mot nouveau. »",
                    "'Het is een job van kleine stapjes. Je moet elk nieuw woord kunnen vieren.'",
                ),
            ),
        ],
    },
    {
        "slug": "thomas-assistant-social",
        "fiche": "assistant-social",
        "first_name": "Thomas",
        "sectors": ["social"],
        "region": "wallonie",
        "campaigns": ["j-aime-mon-metier"],
        "title": (
            "« Trouver une solution là où tout semblait bloqué »",
            "'Een oplossing vinden waar alles vast leek te zitten'",
        ),
        "job_title": ("Assistant social au CPAS", "Maatschappelijk werker bij het OCMW"),
        "employer": ("CPAS de Charleroi", "OCMW van Charleroi"),
        "alt": (
            "Thomas, à son bureau, explique un document à un homme assis en face de lui.",
            "Thomas zit aan zijn bureau en legt een document uit aan een man tegenover hem.",
        ),
        "quote": (
            "chaque jour, quelqu'un repart de mon bureau avec un toit, des droits ou simplement un "
            "peu plus d'espoir qu'en arrivant.",
            "elke dag gaat er iemand mijn bureau buiten met een dak boven het hoofd, met rechten of "
            "gewoon met wat meer hoop dan toen hij binnenkwam.",
        ),
        "introduction": (
            "Loyer impayé, coupure d'énergie, rupture familiale : Thomas reçoit chaque semaine des "
            "personnes dans l'urgence et les aide à reprendre pied.",
            "Onbetaalde huur, afgesloten energie, een gezin dat uit elkaar valt: Thomas ontvangt "
            "elke week mensen in nood en helpt hen weer vaste grond te vinden.",
        ),
        "body": [
            ("heading", ("Écouter avant d'agir", "Eerst luisteren, dan handelen")),
            (
                "paragraph",
                (
                    "Le premier entretien dure souvent une heure. « Les gens arrivent avec une demande, "
                    "mais derrière il y a toute une histoire. Si on ne l'écoute pas, on passe à côté. »",
                    "Het eerste gesprek duurt vaak een uur. 'Mensen komen met één vraag, maar daarachter "
                    "zit een heel verhaal. Als je daar niet naar luistert, mis je de kern.'",
                ),
            ),
            (
                "paragraph",
                (
                    "Thomas travaille en réseau avec les médecins, les écoles et les associations du "
                    "quartier. Un métier exigeant, reconnaît-il, mais jamais routinier.",
                    "Thomas werkt samen met artsen, scholen en verenigingen uit de buurt. Een veeleisende "
                    "job, geeft hij toe, maar nooit eentonig.",
                ),
            ),
        ],
    },
    {
        "slug": "claire-comptable-asbl",
        "fiche": "comptable-non-marchand",
        "first_name": "Claire",
        "sectors": ["fonctions-transversales"],
        "region": "bruxelles",
        "campaigns": ["j-aime-mon-metier"],
        "title": (
            "« Mes chiffres servent des gens, pas des actionnaires »",
            "'Mijn cijfers dienen mensen, geen aandeelhouders'",
        ),
        "job_title": (
            "Comptable dans une ASBL d'aide aux sans-abri",
            "Boekhouder in een vzw voor daklozenhulp",
        ),
        "employer": ("ASBL Un toit pour tous, Bruxelles", "vzw Un toit pour tous, Brussel"),
        "alt": (
            "Claire, devant deux écrans, rit avec une collègue penchée sur son épaule.",
            "Claire zit voor twee schermen en lacht met een collega die over haar schouder meekijkt.",
        ),
        "quote": (
            "quand je boucle un budget, je sais qu'il se traduit en lits, en repas et en "
            "accompagnement pour des personnes à la rue.",
            "als ik een begroting rond krijg, weet ik dat die zich vertaalt in bedden, maaltijden "
            "en begeleiding voor mensen op straat.",
        ),
        "introduction": (
            "Après dix ans dans un cabinet d'audit, Claire a rejoint une ASBL. Subsides, rapports "
            "aux pouvoirs publics, paie : elle fait tourner la maison.",
            "Na tien jaar bij een auditkantoor stapte Claire over naar een vzw. Subsidies, "
            "rapporten voor de overheid, lonen: zij houdt het huis draaiende.",
        ),
        "body": [
            ("heading", ("Un métier de l'ombre essentiel", "Een onmisbare job achter de schermen")),
            (
                "paragraph",
                (
                    "Sans justification des subsides, pas de financement l'année suivante. Claire "
                    "travaille main dans la main avec les équipes de terrain pour que chaque euro soit "
                    "bien employé et bien expliqué.",
                    "Zonder verantwoording van de subsidies geen financiering het jaar daarop. Claire "
                    "werkt hand in hand met de teams op het terrein zodat elke euro goed besteed en "
                    "goed uitgelegd wordt.",
                ),
            ),
            (
                "paragraph",
                (
                    "« J'ai gagné en sens ce que j'ai perdu en prestige. Et mes collègues m'invitent à "
                    "toutes les fêtes de l'association. »",
                    "'Wat ik aan prestige verloor, heb ik aan zin gewonnen. En mijn collega's nodigen "
                    "me uit op elk feest van de vereniging.'",
                ),
            ),
        ],
    },
    {
        "slug": "hugo-ergotherapeute",
        "fiche": "ergotherapeute",
        "first_name": "Hugo",
        "sectors": ["sante", "handicap"],
        "region": "grand-est",
        "campaigns": ["semaine-des-metiers-du-soin"],
        "title": ("« Adapter le monde plutôt que la personne »", "'De wereld aanpassen, niet de persoon'"),
        "job_title": ("Ergothérapeute en équipe mobile", "Ergotherapeut in een mobiel team"),
        "employer": ("Service d'accompagnement à domicile, Metz", "Thuisbegeleidingsdienst, Metz"),
        "alt": (
            "Hugo mesure la hauteur d'un plan de travail dans la cuisine d'un appartement.",
            "Hugo meet de hoogte van een aanrecht in de keuken van een appartement.",
        ),
        "quote": (
            "une barre d'appui bien placée, une cuisine repensée, et quelqu'un peut de nouveau "
            "vivre chez lui sans dépendre des autres.",
            "een goed geplaatste handgreep, een heringerichte keuken, en iemand kan weer thuis "
            "wonen zonder afhankelijk te zijn van anderen.",
        ),
        "introduction": (
            "Hugo se rend chez des personnes en situation de handicap ou âgées pour adapter leur "
            "logement et leurs gestes du quotidien.",
            "Hugo gaat langs bij mensen met een beperking of ouderen om hun woning en hun "
            "dagelijkse handelingen aan te passen.",
        ),
        "body": [
            ("heading", ("Du sur-mesure", "Maatwerk")),
            (
                "paragraph",
                (
                    "Chaque visite commence par une observation : comment la personne se lève, cuisine, "
                    "se lave. Ensuite seulement viennent les conseils et les aides techniques.",
                    "Elk bezoek begint met observeren: hoe iemand opstaat, kookt, zich wast. Pas daarna "
                    "volgen de tips en de hulpmiddelen.",
                ),
            ),
        ],
    },
    {
        "slug": "fatou-aide-soignante",
        "fiche": "aide-soignant",
        "first_name": "Fatou",
        "sectors": ["sante"],
        "region": "wallonie",
        "campaigns": ["j-aime-mon-metier", "semaine-des-metiers-du-soin"],
        "media": "video-soins",
        "captions": {"fr": "video-soins.fr.vtt", "nl": "video-soins.nl.vtt"},
        "title": (
            "Fatou, le sourire du matin en maison de repos",
            "Fatou, de glimlach van de ochtend in het woonzorgcentrum",
        ),
        "job_title": ("Aide-soignante en maison de repos", "Zorgkundige in een woonzorgcentrum"),
        "employer": ("Résidence Le Jardin fleuri, Mons", "Residentie Le Jardin fleuri, Bergen"),
        "alt": (
            "Fatou ajuste le gilet d'une résidente âgée qui lui sourit.",
            "Fatou trekt het vest van een oudere bewoonster recht, die naar haar glimlacht.",
        ),
        "quote": (
            "un sourire, un café, une main qu'on tient : ce sont de petites choses, mais pour nos "
            "résidents, c'est toute la journée qui change.",
            "een glimlach, een koffie, een hand die je vasthoudt: het zijn kleine dingen, maar voor "
            "onze bewoners verandert daardoor de hele dag.",
        ),
        "introduction": (
            "Dans cette courte vidéo, Fatou nous emmène dans sa tournée du matin, chambre après "
            "chambre, à la résidence Le Jardin fleuri.",
            "In deze korte video neemt Fatou ons mee op haar ochtendronde, kamer na kamer, in "
            "residentie Le Jardin fleuri.",
        ),
        "transcript": (
            "Fatou : Le matin, je passe dans chaque chambre pour dire bonjour.\n"
            "Fatou : Un sourire, un café, et la journée peut commencer.",
            "Fatou: 's Ochtends ga ik elke kamer binnen om goeiemorgen te zeggen.\n"
            "Fatou: Een glimlach, een koffie, en de dag kan beginnen.",
        ),
        "body": [
            ("heading", ("Prendre le temps", "De tijd nemen")),
            (
                "paragraph",
                (
                    "Toilette, lever, repas, transferts : les gestes sont techniques, mais Fatou tient "
                    "à les faire avec douceur et en parlant à chacun.",
                    "Wassen, opstaan, maaltijden, transfers: het zijn technische handelingen, maar "
                    "Fatou doet ze met zachtheid en praat met iedereen.",
                ),
            ),
        ],
    },
    {
        "slug": "lea-auxiliaire-de-puericulture",
        "fiche": "auxiliaire-de-puericulture",
        "first_name": "Léa",
        "sectors": ["petite-enfance"],
        "region": "ile-de-france",
        "campaigns": ["petite-enfance"],
        "media": "video-creche",
        "captions": {"fr": "video-creche.fr.vtt", "nl": "video-creche.nl.vtt"},
        "title": (
            "Léa, auxiliaire de puériculture : grandir à son rythme",
            "Léa, kinderverzorgster: groeien op je eigen tempo",
        ),
        "job_title": ("Auxiliaire de puériculture en crèche", "Kinderverzorgster in een kinderdagverblijf"),
        "employer": (
            "Crèche municipale des Lilas, Montreuil",
            "Gemeentelijk kinderdagverblijf Les Lilas, Montreuil",
        ),
        "alt": (
            "Léa, assise par terre, lit un livre d'images à trois jeunes enfants.",
            "Léa zit op de grond en leest een prentenboek voor aan drie jonge kinderen.",
        ),
        "quote": (
            "chaque enfant arrive avec son histoire, et mon travail, c'est de l'aider à grandir à "
            "son rythme, en confiance.",
            "elk kind komt binnen met zijn eigen verhaal, en mijn werk is het te helpen groeien op "
            "zijn eigen tempo, met vertrouwen.",
        ),
        "introduction": (
            "Deux minutes avec Léa, dans la section des moyens de la crèche des Lilas : jeux, "
            "repas, câlins et beaucoup d'observation.",
            "Twee minuten met Léa, in de leefgroep van de middelsten in kinderdagverblijf Les "
            "Lilas: spelen, eten, knuffels en veel observeren.",
        ),
        "transcript": (
            "Léa : À la crèche, chaque enfant arrive avec son histoire.\n"
            "Léa : Mon travail, c'est de l'aider à grandir à son rythme.",
            "Léa: In de crèche komt elk kind binnen met zijn eigen verhaal.\n"
            "Léa: Mijn werk is het helpen groeien op zijn eigen tempo.",
        ),
        "body": [
            ("heading", ("Observer pour comprendre", "Observeren om te begrijpen")),
            (
                "paragraph",
                (
                    "Léa note chaque jour les progrès et les petites inquiétudes, qu'elle partage avec "
                    "les parents au moment des retrouvailles du soir.",
                    "Léa noteert elke dag de vooruitgang en de kleine zorgen, en deelt die met de ouders "
                    "als ze 's avonds hun kind komen ophalen.",
                ),
            ),
        ],
    },
    {
        "slug": "martine-aide-familiale",
        "fiche": "aide-familiale",
        "first_name": "Martine",
        "sectors": ["aide-a-domicile", "social"],
        "region": "wallonie",
        "campaigns": ["j-aime-mon-metier", "parce-que"],
        "media": "episode-domicile",
        "title": (
            "Podcast : vingt ans d'aide familiale, racontés par Martine",
            "Podcast: twintig jaar gezinszorg, verteld door Martine",
        ),
        "job_title": ("Aide familiale", "Gezinshelpster"),
        "employer": ("Service d'aide aux familles, Verviers", "Dienst voor gezinszorg, Verviers"),
        "alt": (
            "Martine, micro en main, rit pendant l'enregistrement du podcast.",
            "Martine lacht met een microfoon in de hand tijdens de opname van de podcast.",
        ),
        "quote": (
            "je rentre chez les gens quand la vie devient trop lourde, et je les aide à retrouver "
            "un quotidien qui leur ressemble.",
            "ik kom bij mensen thuis wanneer het leven te zwaar wordt, en ik help hen een dagelijks "
            "leven terug te vinden dat bij hen past.",
        ),
        "introduction": (
            "Courses, repas, toilette, démarches : Martine raconte au micro vingt ans passés auprès "
            "de familles et de personnes âgées de la région de Verviers.",
            "Boodschappen, maaltijden, wassen, papierwerk: Martine vertelt voor de microfoon over "
            "twintig jaar bij gezinnen en ouderen in de streek van Verviers.",
        ),
        "transcript": (
            "Journaliste : Martine, comment décririez-vous votre métier ?\n"
            "Martine : Je suis là pour que les gens puissent rester chez eux, dignement. "
            "Je fais les courses, je prépare les repas, mais surtout, je parle avec eux.",
            "Journalist: Martine, hoe zou je je job omschrijven?\n"
            "Martine: Ik ben er zodat mensen waardig thuis kunnen blijven wonen. Ik doe de "
            "boodschappen, ik kook, maar vooral praat ik met hen.",
        ),
        "body": [
            ("heading", ("Dans cet épisode", "In deze aflevering")),
            (
                "paragraph",
                (
                    "Martine évoque ses débuts, la formation qu'elle a suivie en promotion sociale et "
                    "les familles qui l'ont marquée.",
                    "Martine vertelt over haar begin, de opleiding die ze volgde in het "
                    "volwassenenonderwijs en de gezinnen die haar bijgebleven zijn.",
                ),
            ),
        ],
    },
    {
        "slug": "yannick-moniteur-eta",
        "fiche": "moniteur-en-entreprise-de-travail-adapte",
        "first_name": "Yannick",
        "sectors": ["travail-adapte", "handicap"],
        "region": "wallonie",
        "campaigns": ["j-aime-mon-metier"],
        "media": "episode-atelier",
        "title": (
            "Podcast : l'atelier de Yannick, où chacun a sa place",
            "Podcast: het atelier van Yannick, waar iedereen een plaats heeft",
        ),
        "job_title": ("Moniteur en entreprise de travail adapté", "Monitor in een maatwerkbedrijf"),
        "employer": (
            "ETA Les Ateliers du Hainaut, Tournai",
            "Maatwerkbedrijf Les Ateliers du Hainaut, Doornik",
        ),
        "alt": (
            "Yannick montre un geste de montage à un travailleur dans un atelier lumineux.",
            "Yannick toont een werknemer hoe hij iets moet monteren, in een licht atelier.",
        ),
        "quote": (
            "mes travailleurs me prouvent tous les jours qu'avec le bon poste et un peu de "
            "confiance, chacun peut faire du bon travail.",
            "mijn werknemers bewijzen me elke dag dat iedereen goed werk kan leveren, met de "
            "juiste werkpost en wat vertrouwen.",
        ),
        "introduction": (
            "Menuisier de formation, Yannick encadre une équipe de douze travailleurs en situation "
            "de handicap. Il raconte l'atelier, les commandes et la fierté du travail bien fait.",
            "Yannick is schrijnwerker van opleiding en begeleidt een ploeg van twaalf werknemers "
            "met een beperking. Hij vertelt over het atelier, de bestellingen en de fierheid over "
            "goed werk.",
        ),
        "transcript": (
            "Journaliste : Qu'est-ce qui vous a amené en entreprise de travail adapté ?\n"
            "Yannick : Je voulais transmettre mon métier. Ici, j'adapte les postes pour que "
            "chacun trouve sa place, et on livre des commandes comme n'importe quelle entreprise.",
            "Journalist: Hoe ben je in een maatwerkbedrijf terechtgekomen?\n"
            "Yannick: Ik wilde mijn vak doorgeven. Hier pas ik de werkposten aan zodat iedereen "
            "zijn plaats vindt, en we leveren bestellingen zoals elk ander bedrijf.",
        ),
        "body": [
            ("heading", ("Dans cet épisode", "In deze aflevering")),
            (
                "paragraph",
                (
                    "Yannick explique comment il adapte les gabarits et les consignes, et pourquoi la "
                    "patience est son meilleur outil.",
                    "Yannick legt uit hoe hij mallen en instructies aanpast, en waarom geduld zijn "
                    "beste werktuig is.",
                ),
            ),
        ],
    },
    {
        "slug": "ines-deleguee-protection-de-la-jeunesse",
        "fiche": "delegue-a-la-protection-de-la-jeunesse",
        "first_name": "Inès",
        "sectors": ["protection-de-l-enfance", "social"],
        "region": "bruxelles",
        "campaigns": ["j-aime-mon-metier"],
        "media": "episode-jeunesse",
        "title": (
            "Podcast : Inès, aux côtés des enfants en danger",
            "Podcast: Inès, aan de zijde van kinderen in gevaar",
        ),
        "job_title": (
            "Déléguée au service de protection de la jeunesse",
            "Consulent bij de jeugdbescherming",
        ),
        "employer": ("Service de protection de la jeunesse de Bruxelles", "Dienst jeugdbescherming Brussel"),
        "alt": (
            "Inès, assise dans une salle d'entretien colorée, écoute attentivement.",
            "Inès zit in een kleurrijke gespreksruimte en luistert aandachtig.",
        ),
        "quote": (
            "protéger un enfant, c'est aussi croire en sa famille et l'aider à redevenir un endroit sûr.",
            "een kind beschermen betekent ook geloven in zijn gezin en het helpen om weer een "
            "veilige plek te worden.",
        ),
        "introduction": (
            "Inès suit une vingtaine de situations d'enfants en danger. Au micro, elle parle des "
            "visites à domicile, des décisions difficiles et des familles qui s'en sortent.",
            "Inès volgt een twintigtal situaties van kinderen in gevaar. Voor de microfoon vertelt "
            "ze over huisbezoeken, moeilijke beslissingen en gezinnen die er weer bovenop komen.",
        ),
        "transcript": (
            "Journaliste : Qu'est-ce qui vous fait tenir dans ce métier ?\n"
            "Inès : Les familles qui s'en sortent. Quand un enfant peut rentrer chez lui en "
            "sécurité, je me dis que chaque rencontre a compté.",
            "Journalist: Wat houdt je overeind in deze job?\n"
            "Inès: De gezinnen die het redden. Als een kind veilig naar huis kan, weet ik dat elke "
            "ontmoeting ertoe gedaan heeft.",
        ),
        "body": [
            ("heading", ("Dans cet épisode", "In deze aflevering")),
            (
                "paragraph",
                (
                    "Inès revient sur sa formation d'assistante sociale, ses premières visites et le "
                    "soutien de son équipe lors des situations les plus lourdes.",
                    "Inès blikt terug op haar opleiding tot maatschappelijk werker, haar eerste "
                    "huisbezoeken en de steun van haar team in de zwaarste situaties.",
                ),
            ),
        ],
    },
]

# Synthetic portraits of `--scale N`: French only, quick to create.
SCALE_FIRST_NAMES = ["Camille", "Mehdi", "Laura", "Bastien", "Chloé", "Samir", "Manon", "Olivier"]
SCALE_QUOTES = [
    "chaque journée m'apporte une rencontre qui me rappelle pourquoi j'ai choisi ce métier.",
    "je me sens utile, et mes collègues sont devenus une deuxième famille.",
    "on apprend tous les jours, des patients comme des collègues.",
]


def load(context):
    """The portrait index page, the demo portraits, and `--scale` synthetic portraits."""
    index = load_index(context)
    media = {key: load_media(key, *definition) for key, definition in MEDIA.items()}
    for number, definition in enumerate(PORTRAITS):
        load_portrait(context, index, definition, media, colour=PALETTE[number % len(PALETTE)])
    if context.scale:
        load_scale(context, index)


def load_index(context):
    existing = PortraitIndexPage.objects.child_of(context.home).first()
    if existing is not None:
        return existing
    glossary = Glossary()
    index = PortraitIndexPage(
        slug=INDEX["slug"],
        title=glossary.french(INDEX["title"]),
        search_description=glossary.french(INDEX["search_description"]),
        introduction=glossary.french(INDEX["introduction"]),
        show_in_menus=True,
    )
    return context.publish_with_translation(context.home, index, glossary)


def load_media(key, media_type, filename, title):
    model = get_media_model()
    existing = model.objects.filter(title=title).first()
    if existing is not None:
        return existing
    with open(DEMO_MEDIA / filename, "rb") as source:
        # The duration is read from the file when the media is saved (portraits.media).
        return model.objects.create(title=title, type=media_type, file=File(source, name=filename))


def portrait_photo(first_name, job_title, colour):
    """A warm illustrated card with the person's initial, drawn with Pillow, as a Wagtail image."""
    title = f"Portrait de {first_name} ({job_title})"
    image_model = get_image_model()
    existing = image_model.objects.filter(title=title).first()
    if existing is not None:
        return existing
    width, height = 960, 960
    canvas = PillowImage.new("RGB", (width, height), colour)
    draw = ImageDraw.Draw(canvas)
    # Soft diagonal bands, then a sand disc with the initial, centred so that any crop keeps it.
    for offset in range(-width, width, 160):
        draw.polygon(
            [(offset, height), (offset + 80, height), (offset + 80 + width, 0), (offset + width, 0)],
            fill=_lighter(colour),
        )
    radius = 250
    centre = (width / 2, height / 2)
    draw.ellipse(
        (centre[0] - radius, centre[1] - radius, centre[0] + radius, centre[1] + radius), fill="#fbf3ea"
    )
    initial = unicodedata.normalize("NFKD", first_name[0]).encode("ascii", "ignore").decode() or "?"
    draw.text(centre, initial, font=ImageFont.load_default(size=300), fill=colour, anchor="mm")
    buffer = io.BytesIO()
    canvas.save(buffer, format="JPEG", quality=82)
    slug = first_name.lower().encode("ascii", "ignore").decode() or "portrait"
    return image_model.objects.create(title=title, file=ImageFile(buffer, name=f"portrait-{slug}.jpg"))


def _lighter(colour, amount=0.12):
    """`colour` (#rrggbb) mixed with a little white."""
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return tuple(round(value + (255 - value) * amount) for value in (red, green, blue))


def load_portrait(context, index, definition, media, *, colour):
    if PortraitPage.objects.child_of(index).filter(slug=definition["slug"]).exists():
        return None
    fiche = FichePage.objects.filter(locale=context.french, slug=definition["fiche"]).first()
    if fiche is None:
        context.log(f"Portrait {definition['slug']!r} skipped: no profession sheet {definition['fiche']!r}.")
        return None
    glossary = Glossary()
    job_title = glossary.french(definition["job_title"])
    page = PortraitPage(
        slug=definition["slug"],
        title=glossary.french(definition["title"]),
        first_name=definition["first_name"],
        job_title=job_title,
        fiche=fiche,
        region=Region.objects.filter(locale=context.french, slug=definition["region"]).first(),
        employer=glossary.french(definition["employer"]) if definition["employer"] else "",
        photo=portrait_photo(definition["first_name"], job_title, colour),
        photo_alt_text=glossary.french(definition["alt"]),
        quote=glossary.french(definition["quote"]),
        search_description=glossary.french(definition["introduction"]),
        introduction=definition["introduction"][0],
        body=body_stream(glossary, definition["body"]),
        media=media[definition["media"]] if "media" in definition else None,
        transcript=glossary.french(definition["transcript"]) if "transcript" in definition else "",
        consent_signed_on=datetime.date(2026, 9, 1),
        consent_website=True,
        consent_social_networks=True,
        consent_print="parce-que" in definition["campaigns"],
    )
    page.sectors = list(Sector.objects.filter(locale=context.french, slug__in=definition["sectors"]))
    page.campaigns = list(Campaign.objects.filter(locale=context.french, slug__in=definition["campaigns"]))
    page.caption_tracks = [
        PortraitCaptionTrack(language=language, file=File((DEMO_MEDIA / filename).open("rb"), name=filename))
        for language, filename in definition.get("captions", {}).items()
    ]
    return context.publish_with_translation(index, page, glossary)


def load_scale(context, index):
    """N synthetic French portraits, without revisions or translations: the cost of a large list."""
    fiche = FichePage.objects.filter(locale=context.french).live().first()
    if fiche is None:
        context.log("No profession sheet: synthetic portraits skipped.")
        return
    photo = portrait_photo("Camille", "Portrait synthétique", PALETTE[0])
    names = itertools.cycle(SCALE_FIRST_NAMES)
    quotes = itertools.cycle(SCALE_QUOTES)
    start = PortraitPage.objects.filter(slug__startswith="portrait-synthetique-").count()
    now = timezone.now()
    for number in range(start + 1, start + context.scale + 1):
        first_name = next(names)
        index.add_child(
            instance=PortraitPage(
                title=f"{first_name}, {fiche.profession_name.lower()} ({number})",
                slug=f"portrait-synthetique-{number}",
                first_name=first_name,
                job_title=fiche.profession_name,
                fiche=fiche,
                photo=photo,
                photo_alt_text=f"Illustration aux initiales de {first_name}.",
                quote=next(quotes),
                introduction=f"{first_name} raconte son quotidien de {fiche.profession_name.lower()}.",
                first_published_at=now,
                last_published_at=now,
            )
        )
    context.log(f"{context.scale} synthetic portraits added.")
