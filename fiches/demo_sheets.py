"""The 22 demo profession sheets: every text is a (French, Dutch) pair.

Figures are plausible orders of magnitude for a demo, each with the named source they would
come from; a journalist checks them against the current scale before publishing.
"""

BE_SCHOOLS = "https://www.enseignement.be/"
FR_ONISEP = "https://www.onisep.fr/"
VDAB = "https://www.vdab.be/"

SHEETS = [
    {
        "slug": "infirmier",
        "name": ("Infirmier", "Verpleegkundige"),
        "feminine": ("Infirmière", "Verpleegkundige"),
        "other_names": (
            "infirmier responsable de soins généraux, IRSG",
            "verpleger, verpleegster, bachelor verpleegkunde",
        ),
        "summary": (
            "L'infirmier soigne, surveille et rassure. À l'hôpital, en maison de repos ou au domicile "
            "des patients, il est le professionnel de santé le plus proche des malades, jour et nuit.",
            "De verpleegkundige verzorgt, volgt op en stelt gerust. In het ziekenhuis, in het "
            "woonzorgcentrum of bij de patiënt thuis staat hij dag en nacht het dichtst bij de zieke.",
        ),
        "sectors": ["sante"],
        "missions": [
            (
                "Préparer et administrer les traitements prescrits",
                "Voorgeschreven behandelingen klaarmaken en toedienen",
            ),
            (
                "Surveiller l'état de santé des patients et alerter le médecin",
                "De gezondheid van patiënten opvolgen en de arts verwittigen",
            ),
            (
                "Réaliser les soins techniques : pansements, perfusions, prises de sang",
                "Technische zorg geven: wondzorg, infusen, bloedafnames",
            ),
            (
                "Informer les patients et leurs proches, et encadrer les aides-soignants",
                "Patiënten en hun naasten informeren en zorgkundigen begeleiden",
            ),
        ],
        "skills": [
            ("Rigueur et sens des responsabilités", "Nauwkeurigheid en verantwoordelijkheidszin"),
            ("Écoute et empathie", "Luisterbereidheid en empathie"),
            ("Calme dans l'urgence", "Rustig blijven in dringende situaties"),
            ("Goût du travail en équipe", "Graag in team werken"),
        ],
        "access": (
            "La profession est réglementée : il faut un diplôme d'infirmier reconnu et un visa délivré "
            "par le SPF Santé publique en Belgique, ou une inscription à l'Ordre en France.",
            "Het beroep is gereglementeerd: je hebt een erkend diploma verpleegkunde nodig en een visum "
            "van de FOD Volksgezondheid in België, of een inschrijving bij de Orde in Frankrijk.",
        ),
        "training": [
            {
                "diploma": ("Bachelier infirmier responsable de soins généraux", "Bachelor verpleegkunde"),
                "level": ("Bachelier (CEC 6)", "Bachelor (niveau 6)"),
                "duration": ("4 ans", "4 jaar"),
                "kind": "initial",
                "where": ("Hautes écoles en Wallonie et à Bruxelles", "Hogescholen in Wallonië en Brussel"),
                "link": BE_SCHOOLS,
            },
            {
                "diploma": (
                    "Brevet d'infirmier hospitalier",
                    "Diploma van gegradueerde verpleegkundige (HBO5)",
                ),
                "level": ("Enseignement secondaire complémentaire", "Hoger beroepsonderwijs"),
                "duration": ("3 ans et demi", "3,5 jaar"),
                "kind": "initial",
                "where": (
                    "Écoles de promotion sociale et écoles d'infirmiers",
                    "Centra voor volwassenenonderwijs en verpleegkundescholen",
                ),
                "link": "",
            },
            {
                "diploma": ("Diplôme d'État d'infirmier", "Staatsdiploma verpleegkundige (Frankrijk)"),
                "level": ("Licence (bac + 3)", "Bachelor (niveau 6)"),
                "duration": ("3 ans", "3 jaar"),
                "kind": "initial",
                "where": (
                    "Instituts de formation en soins infirmiers (IFSI) en France",
                    "Verpleegkundeopleidingen (IFSI) in Frankrijk",
                ),
                "link": FR_ONISEP,
            },
        ],
        "prospects": (
            "Après quelques années, on peut se spécialiser (urgences, soins intensifs, gériatrie, "
            "santé mentale), devenir infirmier en chef ou se lancer comme indépendant à domicile.",
            "Na enkele jaren kun je je specialiseren (spoed, intensieve zorg, geriatrie, geestelijke "
            "gezondheid), hoofdverpleegkundige worden of als zelfstandige thuisverpleegkundige starten.",
        ),
        "conditions": (
            "Horaires variables, nuits et week-ends à l'hôpital ; tournées en voiture pour les soins à "
            "domicile. Un métier physique, mais chaque journée est différente.",
            "Wisselende uren, nachten en weekends in het ziekenhuis; rondes met de auto in de "
            "thuisverpleging. Een fysiek beroep, maar geen dag is dezelfde.",
        ),
        "salary": (3150, 3400, 4300, 5100),
        "source": ("Barème IFIC 2025, catégorie 14", "IFIC-barema 2025, categorie 14"),
        "source_date": "2025-01-01",
        "shortage": ["bruxelles", "wallonie", "flandre", "ile-de-france", "hauts-de-france"],
        "regulated": True,
        "rome": "J1506",
    },
    {
        "slug": "aide-soignant",
        "name": ("Aide-soignant", "Zorgkundige"),
        "feminine": ("Aide-soignante", "Zorgkundige"),
        "other_names": ("AS", "verzorgende, zorgkundige in het woonzorgcentrum"),
        "summary": (
            "L'aide-soignant aide les personnes malades ou âgées dans les gestes du quotidien : se "
            "lever, se laver, manger. Il travaille aux côtés de l'infirmier et veille au confort de chacun.",
            "De zorgkundige helpt zieke of oudere mensen bij alledaagse handelingen: opstaan, zich "
            "wassen, eten. Hij werkt samen met de verpleegkundige en zorgt voor het comfort van iedereen.",
        ),
        "sectors": ["sante", "aide-a-domicile"],
        "missions": [
            ("Aider à la toilette, à l'habillage et aux repas", "Helpen bij het wassen, aankleden en eten"),
            (
                "Observer l'état des résidents et le transmettre à l'infirmier",
                "De toestand van bewoners observeren en doorgeven aan de verpleegkundige",
            ),
            (
                "Réaliser certains actes délégués, comme la prise des paramètres",
                "Bepaalde toevertrouwde handelingen uitvoeren, zoals parameters meten",
            ),
        ],
        "skills": [
            ("Douceur et patience", "Zachtheid en geduld"),
            ("Sens de l'observation", "Observatievermogen"),
            ("Bonne résistance physique", "Een goede fysieke conditie"),
        ],
        "access": (
            "Il faut un titre d'aide-soignant et un enregistrement auprès du SPF Santé publique en "
            "Belgique, ou le diplôme d'État d'aide-soignant en France.",
            "Je hebt een diploma zorgkundige nodig en een registratie bij de FOD Volksgezondheid in "
            "België, of het staatsdiploma van aide-soignant in Frankrijk.",
        ),
        "training": [
            {
                "diploma": (
                    "Certificat d'aide-soignant (7e professionnelle)",
                    "Getuigschrift zorgkundige (7de jaar beroepssecundair)",
                ),
                "level": ("Secondaire supérieur", "Hoger secundair onderwijs"),
                "duration": ("1 an après la 6e", "1 jaar na het 6de jaar"),
                "kind": "initial",
                "where": ("Écoles secondaires professionnelles", "Scholen voor beroepssecundair onderwijs"),
                "link": BE_SCHOOLS,
            },
            {
                "diploma": (
                    "Formation d'aide-soignant en promotion sociale",
                    "Opleiding zorgkundige in het volwassenenonderwijs",
                ),
                "level": ("Secondaire supérieur", "Hoger secundair onderwijs"),
                "duration": ("18 mois, en journée ou en soirée", "18 maanden, overdag of 's avonds"),
                "kind": "continuing",
                "where": (
                    "Écoles de promotion sociale, avec le Forem ou Bruxelles Formation",
                    "Centra voor volwassenenonderwijs, met VDAB of Bruxelles Formation",
                ),
                "link": "",
            },
            {
                "diploma": (
                    "Diplôme d'État d'aide-soignant par la VAE",
                    "Staatsdiploma aide-soignant via EVC",
                ),
                "level": ("Niveau 4 (bac)", "Niveau 4"),
                "duration": (
                    "Quelques mois, selon l'expérience",
                    "Enkele maanden, afhankelijk van de ervaring",
                ),
                "kind": "validation",
                "where": (
                    "France, avec un an d'expérience auprès de patients",
                    "Frankrijk, met een jaar ervaring bij patiënten",
                ),
                "link": FR_ONISEP,
            },
        ],
        "prospects": (
            "Beaucoup d'aides-soignants reprennent ensuite des études d'infirmier, souvent en "
            "alternance ou avec le soutien de leur employeur.",
            "Veel zorgkundigen studeren later verder voor verpleegkundige, vaak in duaal leren of met "
            "de steun van hun werkgever.",
        ),
        "conditions": (
            "Travail en équipe, en horaires décalés, y compris les week-ends. Les gestes sont répétés : "
            "les établissements forment à la manutention pour protéger le dos.",
            "Teamwerk in wisselende diensten, ook in het weekend. De handelingen komen vaak terug: "
            "voorzieningen leren je tiltechnieken om je rug te sparen.",
        ),
        "salary": (2650, 2850, 3400, 3950),
        "source": ("Barème IFIC 2025, catégorie 11", "IFIC-barema 2025, categorie 11"),
        "source_date": "2025-01-01",
        "shortage": ["bruxelles", "wallonie", "flandre", "grand-est"],
        "regulated": True,
        "rome": "J1501",
    },
    {
        "slug": "educateur-specialise",
        "name": ("Éducateur spécialisé", "Opvoeder-begeleider"),
        "feminine": ("Éducatrice spécialisée", "Opvoedster-begeleidster"),
        "other_names": ("éduc, éducateur A1, ES", "orthopedagoog, begeleider"),
        "summary": (
            "L'éducateur spécialisé accompagne des enfants, des jeunes ou des adultes en difficulté "
            "(handicap, rupture familiale, addiction) pour qu'ils gagnent en autonomie.",
            "De opvoeder-begeleider ondersteunt kinderen, jongeren of volwassenen in moeilijkheden "
            "(beperking, breuk met het gezin, verslaving) zodat ze zelfstandiger worden.",
        ),
        "sectors": ["social", "handicap", "protection-de-l-enfance"],
        "missions": [
            (
                "Construire avec chaque personne un projet individuel",
                "Met elke persoon een individueel project uitwerken",
            ),
            (
                "Animer la vie quotidienne et des activités collectives",
                "Het dagelijkse leven en groepsactiviteiten begeleiden",
            ),
            (
                "Travailler avec les familles, les écoles et les autres services",
                "Samenwerken met gezinnen, scholen en andere diensten",
            ),
        ],
        "skills": [
            ("Écoute sans jugement", "Luisteren zonder te oordelen"),
            ("Créativité pour proposer des activités", "Creativiteit om activiteiten te bedenken"),
            ("Capacité à poser un cadre et à s'y tenir", "Grenzen kunnen stellen en bewaken"),
        ],
        "access": (
            "Un bachelier d'éducateur spécialisé est demandé pour la plupart des postes ; certains "
            "services engagent aussi des éducateurs de niveau secondaire (A2).",
            "Voor de meeste functies wordt een bachelor orthopedagogie gevraagd; sommige diensten "
            "nemen ook opvoeders met een diploma secundair onderwijs (A2) in dienst.",
        ),
        "training": [
            {
                "diploma": (
                    "Bachelier éducateur spécialisé en accompagnement psycho-éducatif",
                    "Bachelor orthopedagogie",
                ),
                "level": ("Bachelier (CEC 6)", "Bachelor (niveau 6)"),
                "duration": ("3 ans", "3 jaar"),
                "kind": "initial",
                "where": ("Hautes écoles et promotion sociale", "Hogescholen en volwassenenonderwijs"),
                "link": BE_SCHOOLS,
            },
            {
                "diploma": (
                    "Diplôme d'État d'éducateur spécialisé",
                    "Staatsdiploma éducateur spécialisé (Frankrijk)",
                ),
                "level": ("Licence (bac + 3)", "Bachelor (niveau 6)"),
                "duration": ("3 ans, possible en apprentissage", "3 jaar, ook als leertraject"),
                "kind": "apprenticeship",
                "where": (
                    "Instituts régionaux du travail social en France",
                    "Regionale instituten voor sociaal werk in Frankrijk",
                ),
                "link": FR_ONISEP,
            },
        ],
        "prospects": (
            "Avec de l'expérience, on devient coordinateur, chef de service éducatif ou formateur "
            "dans une école d'éducateurs.",
            "Met ervaring word je coördinator, diensthoofd of lesgever in een opleiding voor opvoeders.",
        ),
        "conditions": (
            "En internat, les horaires incluent soirées, nuits et week-ends ; en service de jour ou "
            "en milieu ouvert, ils sont plus réguliers.",
            "In een internaat werk je ook 's avonds, 's nachts en in het weekend; in een dagcentrum of "
            "in de mobiele begeleiding zijn de uren regelmatiger.",
        ),
        "salary": (2900, 3100, 3800, 4400),
        "source": ("Barèmes de la commission paritaire 319.02", "Barema's van paritair comité 319.02"),
        "source_date": "2025-03-01",
        "shortage": ["bruxelles", "wallonie"],
        "regulated": False,
        "rome": "K1207",
    },
    {
        "slug": "accompagnant-educatif-et-social",
        "name": ("Accompagnant éducatif et social", "Sociaal-educatief begeleider"),
        "feminine": ("Accompagnante éducative et sociale", "Sociaal-educatief begeleidster"),
        "other_names": ("AES, AMP, AVS", "begeleider in de gehandicaptenzorg"),
        "summary": (
            "L'accompagnant éducatif et social aide au quotidien des personnes en situation de "
            "handicap ou de dépendance, chez elles, en établissement ou à l'école.",
            "De sociaal-educatief begeleider helpt mensen met een beperking of een zorgnood in hun "
            "dagelijks leven, thuis, in een voorziening of op school.",
        ),
        "sectors": ["handicap", "social"],
        "missions": [
            (
                "Accompagner les gestes de la vie quotidienne",
                "Helpen bij de handelingen van het dagelijkse leven",
            ),
            (
                "Proposer des activités qui entretiennent l'autonomie",
                "Activiteiten voorstellen die de zelfstandigheid bewaren",
            ),
            (
                "Soutenir la vie sociale : sorties, relations, loisirs",
                "Het sociale leven ondersteunen: uitstappen, contacten, vrije tijd",
            ),
        ],
        "skills": [
            ("Bienveillance et respect de l'intimité", "Zorgzaamheid en respect voor de privacy"),
            ("Adaptation à chaque personne", "Je aanpassen aan elke persoon"),
            ("Sens du travail en équipe pluridisciplinaire", "Werken in een multidisciplinair team"),
        ],
        "access": (
            "Accessible sans diplôme préalable ; le diplôme d'État d'accompagnant éducatif et social "
            "est demandé par la plupart des employeurs en France.",
            "Toegankelijk zonder voorafgaand diploma; de meeste werkgevers in Frankrijk vragen het "
            "staatsdiploma van accompagnant éducatif et social.",
        ),
        "training": [
            {
                "diploma": (
                    "Diplôme d'État d'accompagnant éducatif et social",
                    "Staatsdiploma accompagnant éducatif et social",
                ),
                "level": ("Niveau 3 (CAP)", "Niveau 3"),
                "duration": ("12 à 24 mois, en alternance", "12 tot 24 maanden, duaal"),
                "kind": "apprenticeship",
                "where": (
                    "Centres de formation en travail social en France",
                    "Opleidingscentra voor sociaal werk in Frankrijk",
                ),
                "link": FR_ONISEP,
            },
            {
                "diploma": (
                    "Diplôme d'État d'accompagnant éducatif et social par la VAE",
                    "Hetzelfde diploma via EVC",
                ),
                "level": ("Niveau 3 (CAP)", "Niveau 3"),
                "duration": ("6 à 12 mois", "6 tot 12 maanden"),
                "kind": "validation",
                "where": ("France, avec un an d'expérience", "Frankrijk, met een jaar ervaring"),
                "link": "",
            },
        ],
        "prospects": (
            "Une porte d'entrée vers les métiers d'aide-soignant, de moniteur-éducateur ou "
            "d'éducateur spécialisé.",
            "Een opstap naar het beroep van zorgkundige, monitor-opvoeder of opvoeder-begeleider.",
        ),
        "conditions": (
            "Horaires en journée, en soirée ou le week-end selon le lieu ; beaucoup de postes à temps "
            "partiel, au domicile des personnes.",
            "Uren overdag, 's avonds of in het weekend, afhankelijk van de plaats; veel deeltijdse "
            "jobs bij de mensen thuis.",
        ),
        "salary": (1850, 1950, 2200, 2450),
        "source": (
            "Convention collective 51, valeur du point 2025",
            "Collectieve overeenkomst 51, puntwaarde 2025",
        ),
        "source_date": "2025-01-01",
        "shortage": ["grand-est", "auvergne-rhone-alpes"],
        "regulated": False,
        "rome": "K1301",
    },
    {
        "slug": "assistante-maternelle",
        "name": ("Assistante maternelle", "Onthaalouder"),
        "feminine": ("Assistante maternelle", "Onthaalouder"),
        "other_names": (
            "assistant maternel, nounou agréée, accueillante d'enfants",
            "gezinsopvang, kinderoppas aan huis",
        ),
        "summary": (
            "L'assistante maternelle accueille chez elle jusqu'à quatre jeunes enfants pendant que "
            "leurs parents travaillent, avec un agrément délivré après une formation.",
            "De onthaalouder vangt bij zich thuis tot vier jonge kinderen op terwijl hun ouders "
            "werken, met een erkenning die je na een opleiding krijgt.",
        ),
        "sectors": ["petite-enfance"],
        "missions": [
            (
                "Veiller à la sécurité, au sommeil et aux repas des enfants",
                "Zorgen voor de veiligheid, de slaap en de maaltijden van de kinderen",
            ),
            ("Proposer des jeux qui éveillent chaque enfant", "Spelletjes aanbieden die elk kind prikkelen"),
            ("Échanger chaque jour avec les parents", "Dagelijks praten met de ouders"),
        ],
        "skills": [
            ("Patience et sens de l'organisation", "Geduld en organisatietalent"),
            ("Connaissance du développement de l'enfant", "Kennis van de ontwikkeling van kinderen"),
            ("Un logement sûr et adapté", "Een veilige en aangepaste woning"),
        ],
        "access": (
            "Un agrément est obligatoire : il est délivré après une visite du logement et une "
            "formation initiale (par le département en France, par l'ONE en Belgique).",
            "Een erkenning is verplicht: je krijgt ze na een bezoek aan je woning en een "
            "basisopleiding (door het departement in Frankrijk, door Opgroeien of ONE in België).",
        ),
        "training": [
            {
                "diploma": (
                    "Formation obligatoire des assistants maternels",
                    "Verplichte opleiding voor onthaalouders",
                ),
                "level": ("Sans prérequis", "Zonder vooropleiding"),
                "duration": (
                    "120 heures, dont 80 avant le premier accueil",
                    "120 uur, waarvan 80 voor de eerste opvang",
                ),
                "kind": "initial",
                "where": ("Organismes agréés par le département", "Door het departement erkende centra"),
                "link": FR_ONISEP,
            },
        ],
        "prospects": (
            "On peut ouvrir une maison d'assistantes maternelles avec des collègues, ou devenir "
            "auxiliaire de puériculture après une formation complémentaire.",
            "Je kunt samen met collega's een groepsopvang openen, of na een bijkomende opleiding "
            "kinderverzorger worden.",
        ),
        "conditions": (
            "De longues journées, souvent de 7 h à 19 h, à la maison ; on choisit ses contrats et "
            "le nombre d'enfants accueillis.",
            "Lange dagen, vaak van 7 tot 19 uur, thuis; je kiest zelf je contracten en het aantal "
            "kinderen dat je opvangt.",
        ),
        "salary": (1400, 1700, 1900, 2300),
        "source": (
            "Convention collective du particulier employeur et de l'emploi à domicile",
            "Collectieve overeenkomst van de particuliere werkgever en huishoudelijk werk",
        ),
        "source_date": "2025-01-01",
        "shortage": ["ile-de-france", "grand-est"],
        "regulated": True,
        "rome": "K1303",
    },
]
SHEETS += [
    {
        "slug": "auxiliaire-de-puericulture",
        "name": ("Auxiliaire de puériculture", "Kinderverzorger"),
        "feminine": ("Auxiliaire de puériculture", "Kinderverzorgster"),
        "other_names": ("AP, puer, puéricultrice", "kinderbegeleider, puericultuur"),
        "summary": (
            "L'auxiliaire de puériculture prend soin des bébés et des jeunes enfants en crèche, en "
            "maternité ou en pédiatrie, et accompagne leur éveil.",
            "De kinderverzorger zorgt voor baby's en jonge kinderen in de kinderopvang, op de "
            "kraamafdeling of in de pediatrie, en stimuleert hun ontwikkeling.",
        ),
        "sectors": ["petite-enfance", "sante"],
        "missions": [
            ("Donner les soins d'hygiène et les repas", "Verzorging en maaltijden geven"),
            (
                "Organiser des activités d'éveil adaptées à l'âge",
                "Activiteiten organiseren die bij de leeftijd passen",
            ),
            (
                "Repérer les signes de malaise ou de retard",
                "Tekenen van onwel zijn of ontwikkelingsachterstand opmerken",
            ),
        ],
        "skills": [
            ("Douceur et vigilance", "Zachtheid en waakzaamheid"),
            ("Sens de l'hygiène", "Oog voor hygiëne"),
            ("Dialogue avec les parents", "Goed communiceren met ouders"),
        ],
        "access": (
            "En Belgique, le certificat de puériculture de l'enseignement secondaire ; en France, le "
            "diplôme d'État d'auxiliaire de puériculture.",
            "In België het getuigschrift kinderzorg van het secundair onderwijs; in Frankrijk het "
            "staatsdiploma van auxiliaire de puériculture.",
        ),
        "training": [
            {
                "diploma": ("Certificat de qualification de puériculteur", "Getuigschrift kinderzorg"),
                "level": ("Secondaire supérieur", "Hoger secundair onderwijs"),
                "duration": ("7e année professionnelle", "7de jaar beroepssecundair"),
                "kind": "initial",
                "where": ("Écoles secondaires professionnelles", "Scholen voor beroepssecundair onderwijs"),
                "link": BE_SCHOOLS,
            },
            {
                "diploma": (
                    "Diplôme d'État d'auxiliaire de puériculture",
                    "Staatsdiploma auxiliaire de puériculture",
                ),
                "level": ("Niveau 4 (bac)", "Niveau 4"),
                "duration": ("1 an", "1 jaar"),
                "kind": "initial",
                "where": (
                    "Instituts de formation d'auxiliaires de puériculture en France",
                    "Opleidingsinstituten in Frankrijk",
                ),
                "link": FR_ONISEP,
            },
        ],
        "prospects": (
            "Après trois ans d'expérience, on peut préparer le concours d'infirmier ou devenir "
            "responsable de section en crèche.",
            "Na drie jaar ervaring kun je verpleegkunde gaan studeren of afdelingsverantwoordelijke "
            "worden in de kinderopvang.",
        ),
        "conditions": (
            "Horaires d'ouverture des crèches (souvent de 7 h à 18 h 30) ou horaires en 12 heures à "
            "l'hôpital. On est beaucoup au sol, avec les enfants.",
            "De openingsuren van de kinderopvang (vaak van 7 tot 18.30 uur) of diensten van 12 uur in "
            "het ziekenhuis. Je zit veel op de grond, bij de kinderen.",
        ),
        "salary": (1950, 2150, 2500, 2800),
        "source": (
            "Grille de la fonction publique hospitalière",
            "Loonschaal van de Franse ziekenhuisopenbare dienst",
        ),
        "source_date": "2025-01-01",
        "shortage": ["ile-de-france", "hauts-de-france"],
        "regulated": True,
        "rome": "J1304",
    },
    {
        "slug": "educateur-de-jeunes-enfants",
        "name": ("Éducateur de jeunes enfants", "Pedagogisch coach kinderopvang"),
        "feminine": ("Éducatrice de jeunes enfants", "Pedagogisch coach kinderopvang"),
        "other_names": ("EJE", "pedagogisch medewerker, bachelor jonge kind"),
        "summary": (
            "L'éducateur de jeunes enfants conçoit le projet éducatif d'une crèche ou d'un multi-accueil "
            "et veille à ce que chaque enfant de moins de six ans grandisse à son rythme.",
            "De pedagogisch coach bouwt het pedagogisch project van een kinderopvang uit en zorgt "
            "ervoor dat elk kind jonger dan zes op zijn eigen tempo opgroeit.",
        ),
        "sectors": ["petite-enfance"],
        "missions": [
            (
                "Concevoir et faire vivre le projet pédagogique",
                "Het pedagogisch project bedenken en uitvoeren",
            ),
            ("Accompagner les équipes et les parents", "Teams en ouders begeleiden"),
            ("Accueillir les enfants en situation de handicap", "Kinderen met een beperking opvangen"),
        ],
        "skills": [
            ("Créativité et curiosité", "Creativiteit en nieuwsgierigheid"),
            ("Sens de l'animation d'équipe", "Een team kunnen aansturen"),
            ("Connaissances en psychologie de l'enfant", "Kennis van kinderpsychologie"),
        ],
        "access": (
            "Le diplôme d'État d'éducateur de jeunes enfants est exigé en France ; en Belgique, on "
            "recrute des bacheliers en éducation de la petite enfance.",
            "In Frankrijk is het staatsdiploma éducateur de jeunes enfants vereist; in België worden "
            "bachelors pedagogie van het jonge kind aangeworven.",
        ),
        "training": [
            {
                "diploma": (
                    "Diplôme d'État d'éducateur de jeunes enfants",
                    "Staatsdiploma éducateur de jeunes enfants",
                ),
                "level": ("Licence (bac + 3)", "Bachelor (niveau 6)"),
                "duration": ("3 ans", "3 jaar"),
                "kind": "initial",
                "where": ("Écoles de travail social en France", "Scholen voor sociaal werk in Frankrijk"),
                "link": FR_ONISEP,
            },
            {
                "diploma": (
                    "Bachelier en accueil et éducation du jeune enfant",
                    "Bachelor pedagogie van het jonge kind",
                ),
                "level": ("Bachelier (CEC 6)", "Bachelor (niveau 6)"),
                "duration": ("3 ans", "3 jaar"),
                "kind": "initial",
                "where": (
                    "Hautes écoles en Fédération Wallonie-Bruxelles",
                    "Hogescholen in Wallonië en Brussel",
                ),
                "link": BE_SCHOOLS,
            },
        ],
        "prospects": (
            "Direction de crèche, coordination petite enfance dans une commune, ou formation des "
            "futurs professionnels.",
            "Leiding van een kinderdagverblijf, coördinatie kinderopvang in een gemeente, of opleiding "
            "van toekomstige professionals.",
        ),
        "conditions": (
            "Travail en journée, en équipe, avec des temps de réunion et d'échange avec les familles.",
            "Dagwerk in team, met overlegmomenten en gesprekken met de gezinnen.",
        ),
        "salary": (2050, 2300, 2800, 3200),
        "source": (
            "Convention collective 66, valeur du point 2025",
            "Collectieve overeenkomst 66, puntwaarde 2025",
        ),
        "source_date": "2025-01-01",
        "shortage": ["ile-de-france", "auvergne-rhone-alpes", "bruxelles"],
        "regulated": True,
        "rome": "K1202",
    },
    {
        "slug": "infirmiere-puericultrice",
        "name": ("Infirmier puériculteur", "Pediatrisch verpleegkundige"),
        "feminine": ("Infirmière puéricultrice", "Pediatrisch verpleegkundige"),
        "other_names": ("puéricultrice, IPDE", "kinderverpleegkundige"),
        "summary": (
            "Infirmière spécialisée dans la santé des enfants, la puéricultrice soigne les nouveau-nés "
            "et les enfants malades, et accompagne les jeunes parents.",
            "De pediatrisch verpleegkundige is gespecialiseerd in de gezondheid van kinderen: ze "
            "verzorgt pasgeborenen en zieke kinderen en begeleidt jonge ouders.",
        ),
        "sectors": ["sante", "petite-enfance"],
        "missions": [
            (
                "Soigner les nouveau-nés et les enfants hospitalisés",
                "Pasgeborenen en opgenomen kinderen verzorgen",
            ),
            ("Suivre la croissance lors des consultations", "De groei opvolgen tijdens consultaties"),
            (
                "Conseiller les parents sur l'allaitement, le sommeil et la prévention",
                "Ouders advies geven over borstvoeding, slaap en preventie",
            ),
        ],
        "skills": [
            ("Expertise des soins pédiatriques", "Deskundigheid in kinderzorg"),
            ("Pédagogie avec les familles", "Goed kunnen uitleggen aan gezinnen"),
            ("Sang-froid", "Koelbloedigheid"),
        ],
        "access": (
            "Il faut d'abord être infirmier, puis suivre une spécialisation en pédiatrie et néonatologie.",
            "Je moet eerst verpleegkundige zijn en daarna een specialisatie in pediatrie en "
            "neonatologie volgen.",
        ),
        "training": [
            {
                "diploma": (
                    "Spécialisation en pédiatrie et néonatologie",
                    "Specialisatie pediatrie en neonatologie",
                ),
                "level": ("Bachelier de spécialisation", "Bachelor-na-bachelor"),
                "duration": ("1 an après le bachelier infirmier", "1 jaar na de bachelor verpleegkunde"),
                "kind": "continuing",
                "where": ("Hautes écoles", "Hogescholen"),
                "link": BE_SCHOOLS,
            },
        ],
        "prospects": (
            "Postes en néonatologie, en consultation de l'ONE ou de la PMI, ou encadrement d'un "
            "service de pédiatrie.",
            "Jobs in de neonatologie, op het consultatiebureau van Kind en Gezin of ONE, of als "
            "leidinggevende van een kinderafdeling.",
        ),
        "conditions": (
            "Horaires hospitaliers en pédiatrie ; horaires de bureau dans les consultations de quartier.",
            "Ziekenhuisdiensten op de kinderafdeling; kantooruren op het consultatiebureau.",
        ),
        "salary": (3300, 3550, 4500, 5300),
        "source": ("Barème IFIC 2025, catégorie 15", "IFIC-barema 2025, categorie 15"),
        "source_date": "2025-01-01",
        "shortage": ["wallonie", "bruxelles"],
        "regulated": True,
        "rome": "J1507",
    },
    {
        "slug": "garde-d-enfants-a-domicile",
        "name": ("Garde d'enfants à domicile", "Kinderoppas aan huis"),
        "feminine": ("Garde d'enfants à domicile", "Kinderoppas aan huis"),
        "other_names": ("nounou, baby-sitter, auxiliaire parentale", "babysit, nanny"),
        "summary": (
            "La garde d'enfants à domicile s'occupe des enfants dans la maison de leurs parents : "
            "sortie d'école, repas, devoirs, jeux, coucher.",
            "De kinderoppas zorgt voor de kinderen in het huis van hun ouders: ophalen aan de school, "
            "eten, huiswerk, spelen en slapengaan.",
        ),
        "sectors": ["petite-enfance", "aide-a-domicile"],
        "missions": [
            (
                "Aller chercher les enfants à l'école ou à la crèche",
                "De kinderen ophalen aan de school of de opvang",
            ),
            ("Préparer les repas et veiller à l'hygiène", "Maaltijden klaarmaken en zorgen voor de hygiëne"),
            ("Aider aux devoirs et proposer des jeux", "Helpen met huiswerk en spelletjes voorstellen"),
        ],
        "skills": [
            ("Fiabilité et ponctualité", "Betrouwbaarheid en stiptheid"),
            ("Autorité bienveillante", "Vriendelijk maar duidelijk zijn"),
            ("Notions de premiers secours", "Basiskennis eerste hulp"),
        ],
        "access": (
            "Aucun diplôme n'est obligatoire, mais les familles et les services demandent souvent un "
            "titre professionnel et une formation aux premiers secours.",
            "Er is geen diploma verplicht, maar gezinnen en diensten vragen vaak een beroepskwalificatie "
            "en een opleiding eerste hulp.",
        ),
        "training": [
            {
                "diploma": (
                    "Titre professionnel d'assistant de vie aux familles",
                    "Beroepstitel gezinsassistent",
                ),
                "level": ("Niveau 3 (CAP)", "Niveau 3"),
                "duration": ("6 mois", "6 maanden"),
                "kind": "continuing",
                "where": (
                    "Organismes de formation pour adultes en France",
                    "Opleidingscentra voor volwassenen in Frankrijk",
                ),
                "link": FR_ONISEP,
            },
        ],
        "prospects": (
            "Une expérience appréciée pour entrer en formation d'auxiliaire de puériculture ou "
            "d'assistante maternelle.",
            "Een gewaardeerde ervaring om de opleiding kinderverzorger of onthaalouder te starten.",
        ),
        "conditions": (
            "Souvent à temps partiel, en fin de journée et le mercredi ; parfois en garde partagée "
            "entre deux familles.",
            "Vaak deeltijds, op het einde van de dag en op woensdag; soms gedeeld tussen twee gezinnen.",
        ),
        "salary": (1800, 1900, 2000, 2250),
        "source": (
            "Convention collective du particulier employeur et de l'emploi à domicile",
            "Collectieve overeenkomst van de particuliere werkgever en huishoudelijk werk",
        ),
        "source_date": "2025-01-01",
        "shortage": [],
        "regulated": False,
        "rome": "K1303",
    },
    {
        "slug": "famille-d-accueil",
        "name": ("Famille d'accueil", "Pleeggezin"),
        "feminine": ("Accueillante familiale", "Pleegzorger"),
        "other_names": ("assistant familial, parent d'accueil", "pleegouder, pleegzorg"),
        "summary": (
            "Une famille d'accueil ouvre sa maison à un enfant qui ne peut plus vivre avec ses parents, "
            "pour quelques semaines ou plusieurs années, avec le soutien d'un service spécialisé.",
            "Een pleeggezin opent zijn huis voor een kind dat niet meer bij zijn ouders kan wonen, "
            "voor enkele weken of meerdere jaren, met de steun van een gespecialiseerde dienst.",
        ),
        "sectors": ["protection-de-l-enfance"],
        "missions": [
            (
                "Offrir à l'enfant un quotidien stable et chaleureux",
                "Het kind een stabiel en warm dagelijks leven bieden",
            ),
            (
                "Maintenir le lien avec ses parents quand c'est possible",
                "Het contact met de ouders behouden wanneer dat kan",
            ),
            (
                "Travailler avec l'équipe du service d'accueil familial",
                "Samenwerken met het team van de pleegzorgdienst",
            ),
        ],
        "skills": [
            ("Disponibilité et stabilité", "Beschikbaarheid en stabiliteit"),
            ("Ouverture à l'histoire de l'enfant", "Openheid voor het verhaal van het kind"),
            ("Accord de toute la famille", "Het akkoord van het hele gezin"),
        ],
        "access": (
            "Les candidats suivent des séances d'information et une sélection menées par un service "
            "d'accueil familial agréé. Il n'y a pas de diplôme requis.",
            "Kandidaten volgen infosessies en een screening door een erkende pleegzorgdienst. Er is "
            "geen diploma vereist.",
        ),
        "training": [
            {
                "diploma": (
                    "Parcours de préparation à l'accueil familial",
                    "Voorbereidingstraject pleegzorg",
                ),
                "level": ("Sans prérequis", "Zonder vooropleiding"),
                "duration": ("Quelques mois de rencontres", "Enkele maanden van gesprekken"),
                "kind": "initial",
                "where": ("Services d'accueil familial agréés", "Erkende pleegzorgdiensten"),
                "link": "",
            },
        ],
        "prospects": (
            "Certaines familles se spécialisent dans l'accueil d'urgence, de fratries ou d'enfants "
            "porteurs de handicap.",
            "Sommige gezinnen specialiseren zich in crisisopvang, in broers en zussen of in kinderen "
            "met een beperking.",
        ),
        "conditions": (
            "En Belgique, ce n'est pas un salaire : la famille reçoit une indemnité journalière pour "
            "couvrir les frais de l'enfant. En France, l'assistant familial est salarié.",
            "In België is het geen loon: het gezin krijgt een dagvergoeding voor de kosten van het kind. "
            "In Frankrijk is de pleegouder in loondienst.",
        ),
        "salary": None,
        "shortage": ["bruxelles", "wallonie", "flandre"],
        "regulated": False,
        "rome": "",
    },
    {
        "slug": "delegue-a-la-protection-de-la-jeunesse",
        "name": ("Délégué à la protection de la jeunesse", "Consulent jeugdhulp"),
        "feminine": ("Déléguée à la protection de la jeunesse", "Consulent jeugdhulp"),
        "other_names": ("délégué SAJ, délégué SPJ", "sociaal assistent van de jeugdrechtbank"),
        "summary": (
            "Au sein d'un service de l'aide ou de la protection de la jeunesse, le délégué rencontre "
            "les jeunes en danger et leur famille, et construit avec eux une aide adaptée.",
            "Binnen een dienst jeugdhulp of jeugdbescherming ontmoet de consulent jongeren in een "
            "verontrustende situatie en hun gezin, en werkt met hen een passende hulp uit.",
        ),
        "sectors": ["protection-de-l-enfance", "social"],
        "missions": [
            (
                "Évaluer la situation d'un enfant signalé en danger",
                "De situatie inschatten van een kind dat gemeld werd",
            ),
            (
                "Proposer et suivre un programme d'aide avec la famille",
                "Een hulpprogramma voorstellen en opvolgen met het gezin",
            ),
            (
                "Rédiger des rapports pour le conseiller ou le juge",
                "Verslagen schrijven voor de consulent of de jeugdrechter",
            ),
        ],
        "skills": [
            ("Solidité émotionnelle", "Emotionele stevigheid"),
            ("Qualités d'écoute et de négociation", "Kunnen luisteren en onderhandelen"),
            ("Rigueur dans l'écrit", "Nauwkeurig schrijven"),
        ],
        "access": (
            "Un bachelier d'assistant social, d'éducateur ou en sciences humaines, et la réussite "
            "d'une sélection de la Fédération Wallonie-Bruxelles.",
            "Een bachelor sociaal werk, orthopedagogie of menswetenschappen, en slagen voor een "
            "selectie van de Federatie Wallonië-Brussel.",
        ),
        "training": [
            {
                "diploma": ("Bachelier assistant social", "Bachelor sociaal werk"),
                "level": ("Bachelier (CEC 6)", "Bachelor (niveau 6)"),
                "duration": ("3 ans", "3 jaar"),
                "kind": "initial",
                "where": ("Hautes écoles sociales", "Sociale hogescholen"),
                "link": BE_SCHOOLS,
            },
        ],
        "prospects": (
            "Délégué en chef, conseiller adjoint ou passage vers d'autres services de l'aide à la jeunesse.",
            "Hoofdconsulent, adjunct-adviseur of de overstap naar andere diensten van de jeugdhulp.",
        ),
        "conditions": (
            "Horaires de bureau avec des visites à domicile et des permanences ; un travail en binôme "
            "et des supervisions régulières.",
            "Kantooruren met huisbezoeken en permanenties; je werkt in duo en krijgt regelmatig supervisie.",
        ),
        "salary": (2950, 3150, 4100, 4700),
        "source": (
            "Barèmes de la fonction publique de la Fédération Wallonie-Bruxelles, niveau 2+",
            "Loonschalen van het openbaar ambt van de Federatie Wallonië-Brussel, niveau 2+",
        ),
        "source_date": "2025-01-01",
        "shortage": ["bruxelles"],
        "regulated": False,
        "rome": "",
    },
    {
        "slug": "kinesitherapeute",
        "name": ("Kinésithérapeute", "Kinesitherapeut"),
        "feminine": ("Kinésithérapeute", "Kinesitherapeute"),
        "other_names": ("kiné, masseur-kinésithérapeute", "kine"),
        "summary": (
            "Le kinésithérapeute aide ses patients à retrouver ou garder leur mobilité après un "
            "accident, une opération, une maladie ou avec l'âge.",
            "De kinesitherapeut helpt patiënten om hun beweeglijkheid terug te winnen of te behouden "
            "na een ongeval, een operatie, een ziekte of op oudere leeftijd.",
        ),
        "sectors": ["sante", "handicap"],
        "missions": [
            (
                "Établir un bilan et fixer des objectifs avec le patient",
                "Een bilan opmaken en doelen afspreken met de patiënt",
            ),
            ("Mener les séances de rééducation", "Revalidatiesessies begeleiden"),
            ("Enseigner des exercices à refaire chez soi", "Oefeningen aanleren om thuis te doen"),
        ],
        "skills": [
            ("Connaissance fine du corps humain", "Grondige kennis van het menselijk lichaam"),
            ("Motivation communicative", "Anderen kunnen motiveren"),
            ("Bonne condition physique", "Een goede fysieke conditie"),
        ],
        "access": (
            "Profession réglementée : master en kinésithérapie, agrément et visa du SPF Santé publique.",
            "Gereglementeerd beroep: master in de kinesitherapie, erkenning en visum van de FOD "
            "Volksgezondheid.",
        ),
        "training": [
            {
                "diploma": (
                    "Master en kinésithérapie",
                    "Master in de revalidatiewetenschappen en kinesitherapie",
                ),
                "level": ("Master (CEC 7)", "Master (niveau 7)"),
                "duration": ("5 ans", "5 jaar"),
                "kind": "initial",
                "where": ("Universités et hautes écoles", "Universiteiten en hogescholen"),
                "link": BE_SCHOOLS,
            },
        ],
        "prospects": (
            "Spécialisations en pédiatrie, en neurologie, en sport ou en rééducation respiratoire ; "
            "installation en cabinet indépendant.",
            "Specialisaties in pediatrie, neurologie, sport of ademhalingskinesitherapie; een eigen "
            "praktijk als zelfstandige.",
        ),
        "conditions": (
            "Salarié à l'hôpital ou en centre de revalidation, ou indépendant avec des horaires "
            "choisis, souvent tard le soir.",
            "In loondienst in een ziekenhuis of revalidatiecentrum, of zelfstandig met eigen uren, "
            "vaak tot 's avonds laat.",
        ),
        "salary": (3450, 3700, 4700, 5600),
        "source": ("Barème IFIC 2025, catégorie 16", "IFIC-barema 2025, categorie 16"),
        "source_date": "2025-01-01",
        "shortage": ["wallonie", "hauts-de-france"],
        "regulated": True,
        "rome": "J1404",
    },
]
SHEETS += [
    {
        "slug": "logopede",
        "name": ("Logopède", "Logopedist"),
        "feminine": ("Logopède", "Logopediste"),
        "other_names": ("orthophoniste", "spraak- en taaltherapeut"),
        "summary": (
            "Le logopède soigne les troubles de la parole, du langage, de la voix et de la "
            "déglutition, chez l'enfant comme chez l'adulte.",
            "De logopedist behandelt stoornissen in spraak, taal, stem en slikken, bij kinderen en "
            "bij volwassenen.",
        ),
        "sectors": ["sante", "handicap"],
        "missions": [
            ("Évaluer le langage oral et écrit", "Mondelinge en schriftelijke taal onderzoeken"),
            ("Rééduquer après un AVC ou un accident", "Revalideren na een beroerte of een ongeval"),
            (
                "Accompagner les enfants dyslexiques et leurs parents",
                "Kinderen met dyslexie en hun ouders begeleiden",
            ),
        ],
        "skills": [
            ("Patience et persévérance", "Geduld en doorzettingsvermogen"),
            ("Oreille attentive", "Een goed gehoor"),
            ("Créativité pour inventer des exercices", "Creativiteit om oefeningen te bedenken"),
        ],
        "access": (
            "Un bachelier en logopédie et l'agrément du SPF Santé publique sont nécessaires.",
            "Een bachelor logopedie en een erkenning van de FOD Volksgezondheid zijn nodig.",
        ),
        "training": [
            {
                "diploma": ("Bachelier en logopédie", "Bachelor logopedie en audiologie"),
                "level": ("Bachelier (CEC 6)", "Bachelor (niveau 6)"),
                "duration": ("3 ans, souvent suivis d'un master", "3 jaar, vaak gevolgd door een master"),
                "kind": "initial",
                "where": ("Hautes écoles paramédicales", "Paramedische hogescholen"),
                "link": BE_SCHOOLS,
            },
        ],
        "prospects": (
            "Cabinet indépendant, centre de réadaptation, école d'enseignement spécialisé ou hôpital.",
            "Een eigen praktijk, een revalidatiecentrum, een school voor buitengewoon onderwijs of een "
            "ziekenhuis.",
        ),
        "conditions": (
            "Beaucoup de logopèdes sont indépendants et travaillent en fin de journée, après l'école.",
            "Veel logopedisten zijn zelfstandig en werken na de schooluren, op het einde van de dag.",
        ),
        "salary": (3150, 3400, 4300, 5000),
        "source": ("Barème IFIC 2025, catégorie 14", "IFIC-barema 2025, categorie 14"),
        "source_date": "2025-01-01",
        "shortage": ["wallonie"],
        "regulated": True,
        "rome": "J1406",
    },
    {
        "slug": "ergotherapeute",
        "name": ("Ergothérapeute", "Ergotherapeut"),
        "feminine": ("Ergothérapeute", "Ergotherapeute"),
        "other_names": ("ergo", "ergo"),
        "summary": (
            "L'ergothérapeute aide les personnes malades, âgées ou en situation de handicap à rester "
            "autonomes dans leurs activités : se laver, cuisiner, travailler, se déplacer.",
            "De ergotherapeut helpt zieke, oudere mensen of mensen met een beperking om zelfstandig "
            "te blijven in hun activiteiten: zich wassen, koken, werken, zich verplaatsen.",
        ),
        "sectors": ["sante", "handicap"],
        "missions": [
            (
                "Observer la personne dans ses gestes quotidiens",
                "De persoon observeren bij dagelijkse handelingen",
            ),
            (
                "Proposer des aides techniques et l'aménagement du logement",
                "Hulpmiddelen en aanpassingen van de woning voorstellen",
            ),
            ("Mener des ateliers de rééducation", "Revalidatieateliers begeleiden"),
        ],
        "skills": [
            ("Sens pratique et inventivité", "Praktische zin en vindingrijkheid"),
            ("Écoute du projet de vie de chacun", "Aandacht voor ieders levensproject"),
        ],
        "access": (
            "Un bachelier en ergothérapie et l'agrément du SPF Santé publique.",
            "Een bachelor ergotherapie en een erkenning van de FOD Volksgezondheid.",
        ),
        "training": [
            {
                "diploma": ("Bachelier en ergothérapie", "Bachelor ergotherapie"),
                "level": ("Bachelier (CEC 6)", "Bachelor (niveau 6)"),
                "duration": ("3 ans", "3 jaar"),
                "kind": "initial",
                "where": ("Hautes écoles", "Hogescholen"),
                "link": BE_SCHOOLS,
            },
        ],
        "prospects": (
            "Maisons de repos, centres de revalidation, services d'aide à domicile ou conseil en "
            "aménagement de postes de travail.",
            "Woonzorgcentra, revalidatiecentra, thuiszorgdiensten of advies over aangepaste werkposten.",
        ),
        "conditions": (
            "Horaires de jour, en semaine le plus souvent, avec des visites au domicile des patients.",
            "Meestal dagwerk tijdens de week, met huisbezoeken bij patiënten.",
        ),
        "salary": (3150, 3400, 4300, 5000),
        "source": ("Barème IFIC 2025, catégorie 14", "IFIC-barema 2025, categorie 14"),
        "source_date": "2025-01-01",
        "shortage": [],
        "regulated": True,
        "rome": "J1403",
    },
    {
        "slug": "psychomotricien",
        "name": ("Psychomotricien", "Psychomotorisch therapeut"),
        "feminine": ("Psychomotricienne", "Psychomotorisch therapeute"),
        "other_names": ("psychomot", "psychomotoriek"),
        "summary": (
            "Le psychomotricien soigne par le mouvement, le jeu et la relation au corps les personnes "
            "qui ont du mal à habiter leur corps : enfants agités, adultes anxieux, personnes âgées.",
            "De psychomotorisch therapeut behandelt via beweging, spel en lichaamsbewustzijn mensen die "
            "moeite hebben met hun lichaam: drukke kinderen, angstige volwassenen, ouderen.",
        ),
        "sectors": ["sante", "handicap", "petite-enfance"],
        "missions": [
            ("Réaliser un bilan psychomoteur", "Een psychomotorisch onderzoek afnemen"),
            ("Mener des séances individuelles ou en groupe", "Individuele of groepssessies begeleiden"),
            (
                "Travailler avec les médecins, les éducateurs et les familles",
                "Samenwerken met artsen, opvoeders en gezinnen",
            ),
        ],
        "skills": [
            ("Aisance corporelle", "Je goed voelen in je lichaam"),
            ("Sens de l'observation et de la relation", "Observatievermogen en relationele vaardigheden"),
        ],
        "access": (
            "En France, le diplôme d'État de psychomotricien est obligatoire. En Belgique, le bachelier "
            "en psychomotricité donne accès à des postes éducatifs et de rééducation.",
            "In Frankrijk is het staatsdiploma psychomotricien verplicht. In België geeft de bachelor "
            "psychomotoriek toegang tot educatieve en revalidatiefuncties.",
        ),
        "training": [
            {
                "diploma": ("Diplôme d'État de psychomotricien", "Staatsdiploma psychomotricien (Frankrijk)"),
                "level": ("Licence (bac + 3)", "Bachelor (niveau 6)"),
                "duration": ("3 ans", "3 jaar"),
                "kind": "initial",
                "where": (
                    "Instituts de formation en psychomotricité en France",
                    "Opleidingsinstituten voor psychomotoriek in Frankrijk",
                ),
                "link": FR_ONISEP,
            },
            {
                "diploma": ("Bachelier en psychomotricité", "Bachelor psychomotoriek"),
                "level": ("Bachelier (CEC 6)", "Bachelor (niveau 6)"),
                "duration": ("3 ans", "3 jaar"),
                "kind": "initial",
                "where": (
                    "Hautes écoles en Fédération Wallonie-Bruxelles",
                    "Hogescholen in Wallonië en Brussel",
                ),
                "link": BE_SCHOOLS,
            },
        ],
        "prospects": (
            "Centres médico-psychologiques, services de pédiatrie, établissements pour personnes "
            "âgées ; installation en libéral.",
            "Centra voor geestelijke gezondheidszorg, kinderafdelingen, ouderenvoorzieningen; een "
            "eigen praktijk.",
        ),
        "conditions": (
            "Séances en salle de psychomotricité, avec du matériel de jeu ; horaires de jour.",
            "Sessies in een psychomotoriekzaal met spelmateriaal; dagwerk.",
        ),
        "salary": (2000, 2250, 2800, 3250),
        "source": (
            "Grille de la fonction publique hospitalière",
            "Loonschaal van de Franse ziekenhuisopenbare dienst",
        ),
        "source_date": "2025-01-01",
        "shortage": ["ile-de-france"],
        "regulated": True,
        "rome": "J1412",
    },
    {
        "slug": "assistant-social",
        "name": ("Assistant social", "Maatschappelijk werker"),
        "feminine": ("Assistante sociale", "Maatschappelijk werkster"),
        "other_names": ("AS, travailleur social", "sociaal assistent, sociaal werker"),
        "summary": (
            "L'assistant social aide les personnes à faire valoir leurs droits et à trouver des "
            "solutions : logement, revenus, santé, famille.",
            "De maatschappelijk werker helpt mensen hun rechten te doen gelden en oplossingen te vinden "
            "voor huisvesting, inkomen, gezondheid en gezin.",
        ),
        "sectors": ["social", "sante"],
        "missions": [
            (
                "Recevoir et écouter les personnes en difficulté",
                "Mensen in moeilijkheden ontvangen en beluisteren",
            ),
            (
                "Monter les dossiers d'aide et suivre les démarches",
                "Hulpdossiers samenstellen en de stappen opvolgen",
            ),
            (
                "Orienter vers les bons services du réseau",
                "Doorverwijzen naar de juiste diensten in het netwerk",
            ),
        ],
        "skills": [
            ("Connaissance de la législation sociale", "Kennis van de sociale wetgeving"),
            ("Écoute et discrétion", "Luisterbereidheid en discretie"),
            ("Organisation", "Organisatietalent"),
        ],
        "access": (
            "Le titre d'assistant social est protégé : il faut un bachelier d'assistant social.",
            "De titel van maatschappelijk assistent is beschermd: je hebt een bachelor sociaal werk nodig.",
        ),
        "training": [
            {
                "diploma": ("Bachelier assistant social", "Bachelor sociaal werk"),
                "level": ("Bachelier (CEC 6)", "Bachelor (niveau 6)"),
                "duration": ("3 ans", "3 jaar"),
                "kind": "initial",
                "where": (
                    "Hautes écoles sociales et promotion sociale",
                    "Sociale hogescholen en volwassenenonderwijs",
                ),
                "link": BE_SCHOOLS,
            },
        ],
        "prospects": (
            "CPAS, hôpitaux, mutualités, entreprises, services d'aide à la jeunesse ; puis "
            "coordination ou direction de service.",
            "OCMW's, ziekenhuizen, ziekenfondsen, bedrijven, jeugdhulpdiensten; daarna coördinatie of "
            "leiding van een dienst.",
        ),
        "conditions": (
            "Horaires de bureau, permanences et visites à domicile ; des situations parfois lourdes, "
            "partagées en équipe.",
            "Kantooruren, permanenties en huisbezoeken; soms zware situaties, die je in team deelt.",
        ),
        "salary": (2950, 3150, 3900, 4500),
        "source": ("Barèmes de la commission paritaire 319.02", "Barema's van paritair comité 319.02"),
        "source_date": "2025-03-01",
        "shortage": ["bruxelles", "wallonie"],
        "regulated": True,
        "rome": "K1201",
    },
    {
        "slug": "psychologue",
        "name": ("Psychologue", "Psycholoog"),
        "feminine": ("Psychologue", "Psychologe"),
        "other_names": ("psychologue clinicien", "klinisch psycholoog"),
        "summary": (
            "Le psychologue écoute, évalue et accompagne les personnes qui traversent une souffrance "
            "psychique, seules, en famille ou en groupe.",
            "De psycholoog luistert naar, onderzoekt en begeleidt mensen met psychisch lijden, alleen, "
            "met het gezin of in groep.",
        ),
        "sectors": ["sante", "social", "handicap"],
        "missions": [
            (
                "Mener des entretiens et des bilans psychologiques",
                "Gesprekken en psychologische onderzoeken afnemen",
            ),
            ("Proposer un accompagnement thérapeutique", "Therapeutische begeleiding aanbieden"),
            ("Soutenir les équipes soignantes", "Zorgteams ondersteunen"),
        ],
        "skills": [
            ("Capacité d'écoute et de recul", "Kunnen luisteren en afstand nemen"),
            ("Éthique et secret professionnel", "Ethiek en beroepsgeheim"),
        ],
        "access": (
            "Un master en psychologie et l'inscription à la Commission des psychologues ; un visa "
            "pour la psychologie clinique.",
            "Een master in de psychologie en een inschrijving bij de Psychologencommissie; een visum "
            "voor klinische psychologie.",
        ),
        "training": [
            {
                "diploma": ("Master en sciences psychologiques", "Master in de psychologie"),
                "level": ("Master (CEC 7)", "Master (niveau 7)"),
                "duration": ("5 ans", "5 jaar"),
                "kind": "initial",
                "where": ("Universités", "Universiteiten"),
                "link": BE_SCHOOLS,
            },
        ],
        "prospects": (
            "Hôpitaux, centres de santé mentale, maisons médicales, services d'aide à la jeunesse ou "
            "cabinet privé.",
            "Ziekenhuizen, centra voor geestelijke gezondheidszorg, wijkgezondheidscentra, jeugdhulp of "
            "een eigen praktijk.",
        ),
        "conditions": (
            "Horaires de jour, entretiens dans un bureau calme ; souvent plusieurs employeurs à temps "
            "partiel.",
            "Dagwerk, gesprekken in een rustig kantoor; vaak meerdere deeltijdse werkgevers.",
        ),
        "salary": (3850, 4100, 5300, 6300),
        "source": ("Barème IFIC 2025, catégorie 18", "IFIC-barema 2025, categorie 18"),
        "source_date": "2025-01-01",
        "shortage": [],
        "regulated": True,
        "rome": "K1104",
    },
]
SHEETS += [
    {
        "slug": "moniteur-en-entreprise-de-travail-adapte",
        "name": ("Moniteur en entreprise de travail adapté", "Monitor in een maatwerkbedrijf"),
        "feminine": ("Monitrice en entreprise de travail adapté", "Monitrice in een maatwerkbedrijf"),
        "other_names": ("moniteur ETA, encadrant technique", "begeleider maatwerk, werkleider"),
        "summary": (
            "Dans une entreprise de travail adapté, le moniteur organise le travail d'une équipe de "
            "personnes en situation de handicap et les forme à leur poste.",
            "In een maatwerkbedrijf organiseert de monitor het werk van een team van mensen met een "
            "beperking en leert hen hun taken aan.",
        ),
        "sectors": ["travail-adapte", "handicap"],
        "missions": [
            (
                "Répartir les tâches et adapter les postes de travail",
                "Taken verdelen en werkposten aanpassen",
            ),
            (
                "Former les travailleurs et veiller à leur sécurité",
                "Werknemers opleiden en waken over hun veiligheid",
            ),
            (
                "Garantir la qualité et les délais pour les clients",
                "Kwaliteit en deadlines voor de klanten garanderen",
            ),
        ],
        "skills": [
            (
                "Savoir-faire technique (menuiserie, conditionnement, espaces verts…)",
                "Technische vakkennis (schrijnwerk, verpakking, groenonderhoud…)",
            ),
            ("Pédagogie et patience", "Didactisch talent en geduld"),
            ("Sens de l'organisation", "Organisatietalent"),
        ],
        "access": (
            "Une expérience ou un diplôme dans le métier technique concerné ; une formation au "
            "handicap est proposée à l'embauche.",
            "Ervaring of een diploma in het betrokken technische vak; bij de aanwerving krijg je een "
            "opleiding over werken met mensen met een beperking.",
        ),
        "training": [
            {
                "diploma": ("Formation de moniteur en ETA", "Opleiding monitor in een maatwerkbedrijf"),
                "level": ("Secondaire supérieur", "Hoger secundair onderwijs"),
                "duration": ("Quelques modules, en cours d'emploi", "Enkele modules, naast het werk"),
                "kind": "continuing",
                "where": ("Fédérations d'entreprises de travail adapté", "Federaties van maatwerkbedrijven"),
                "link": "",
            },
        ],
        "prospects": (
            "Chef d'atelier, responsable de production ou formateur au sein de l'entreprise.",
            "Ploegbaas, productieverantwoordelijke of opleider binnen het bedrijf.",
        ),
        "conditions": (
            "Horaires d'atelier, en journée ; un travail de terrain, au milieu de l'équipe.",
            "Werkuren van het atelier, overdag; je werkt op de vloer, midden in je team.",
        ),
        "salary": (2400, 2600, 3000, 3350),
        "source": ("Barèmes de la commission paritaire 327", "Barema's van paritair comité 327"),
        "source_date": "2025-01-01",
        "shortage": [],
        "regulated": False,
        "rome": "",
    },
    {
        "slug": "aide-familiale",
        "name": ("Aide familial", "Verzorgende in de gezinszorg"),
        "feminine": ("Aide familiale", "Verzorgende in de gezinszorg"),
        "other_names": ("aide à domicile, auxiliaire de vie", "gezinshelper, thuisverzorger"),
        "summary": (
            "L'aide familiale se rend chez des personnes âgées, malades ou des familles en difficulté "
            "pour les aider dans la vie quotidienne et leur permettre de rester chez elles.",
            "De verzorgende gaat bij ouderen, zieken of gezinnen in moeilijkheden aan huis om hen te "
            "helpen in het dagelijkse leven, zodat ze thuis kunnen blijven wonen.",
        ),
        "sectors": ["aide-a-domicile", "social"],
        "missions": [
            (
                "Aider à la toilette, aux courses et aux repas",
                "Helpen bij het wassen, de boodschappen en de maaltijden",
            ),
            (
                "Entretenir le lien social et repérer l'isolement",
                "Het sociale contact onderhouden en eenzaamheid opmerken",
            ),
            (
                "Soutenir les parents dans l'organisation de la maison",
                "Ouders helpen het huishouden te organiseren",
            ),
        ],
        "skills": [
            ("Autonomie et sens des responsabilités", "Zelfstandigheid en verantwoordelijkheidszin"),
            ("Respect du lieu de vie des personnes", "Respect voor de leefomgeving van mensen"),
            ("Permis de conduire souvent demandé", "Vaak een rijbewijs gevraagd"),
        ],
        "access": (
            "Le certificat d'aide familiale et l'enregistrement auprès de la Région sont nécessaires "
            "pour travailler dans un service agréé.",
            "Een getuigschrift van verzorgende en een registratie bij het gewest zijn nodig om in een "
            "erkende dienst te werken.",
        ),
        "training": [
            {
                "diploma": ("Certificat de qualification d'aide familiale", "Getuigschrift verzorgende"),
                "level": ("Secondaire supérieur", "Hoger secundair onderwijs"),
                "duration": (
                    "1 an en promotion sociale ou en 7e professionnelle",
                    "1 jaar in het volwassenenonderwijs of in het 7de jaar",
                ),
                "kind": "initial",
                "where": (
                    "Écoles de promotion sociale, Forem, Bruxelles Formation",
                    "Centra voor volwassenenonderwijs, Forem, Bruxelles Formation",
                ),
                "link": BE_SCHOOLS,
            },
        ],
        "prospects": (
            "Aide-soignante au domicile après une formation complémentaire, ou responsable d'équipe "
            "dans un service d'aide aux familles.",
            "Zorgkundige aan huis na een bijkomende opleiding, of teamverantwoordelijke in een dienst "
            "voor gezinszorg.",
        ),
        "conditions": (
            "Plusieurs bénéficiaires par jour, des déplacements entre les domiciles ; des horaires "
            "souvent coupés.",
            "Meerdere cliënten per dag, verplaatsingen tussen de woningen; vaak onderbroken diensten.",
        ),
        "salary": (2300, 2450, 2850, 3150),
        "source": ("Barèmes de la commission paritaire 318.01", "Barema's van paritair comité 318.01"),
        "source_date": "2025-01-01",
        "shortage": ["wallonie", "bruxelles"],
        "regulated": True,
        "rome": "K1302",
    },
    {
        "slug": "conseiller-en-prevention",
        "name": ("Conseiller en prévention", "Preventieadviseur"),
        "feminine": ("Conseillère en prévention", "Preventieadviseur"),
        "other_names": ("responsable sécurité, SIPP", "veiligheidscoördinator, IDPB"),
        "summary": (
            "Dans un hôpital, une maison de repos ou une association, le conseiller en prévention "
            "veille à la santé et à la sécurité de tous les travailleurs.",
            "In een ziekenhuis, een woonzorgcentrum of een vzw waakt de preventieadviseur over de "
            "gezondheid en de veiligheid van alle werknemers.",
        ),
        "sectors": ["fonctions-transversales", "sante"],
        "missions": [
            (
                "Analyser les risques et proposer des mesures",
                "Risico's analyseren en maatregelen voorstellen",
            ),
            ("Enquêter sur les accidents du travail", "Arbeidsongevallen onderzoeken"),
            (
                "Former le personnel et conseiller la direction",
                "Het personeel opleiden en de directie adviseren",
            ),
        ],
        "skills": [
            ("Connaissance du bien-être au travail", "Kennis van welzijn op het werk"),
            ("Diplomatie et force de conviction", "Diplomatie en overtuigingskracht"),
        ],
        "access": (
            "La loi impose une formation de conseiller en prévention de niveau 1, 2 ou 3 selon la "
            "taille de l'institution.",
            "De wet verplicht een opleiding preventieadviseur van niveau 1, 2 of 3, afhankelijk van "
            "de grootte van de instelling.",
        ),
        "training": [
            {
                "diploma": (
                    "Formation de conseiller en prévention de niveau 2",
                    "Opleiding preventieadviseur niveau 2",
                ),
                "level": (
                    "Après un diplôme du secondaire supérieur",
                    "Na een diploma hoger secundair onderwijs",
                ),
                "duration": ("Environ 150 heures", "Ongeveer 150 uur"),
                "kind": "continuing",
                "where": (
                    "Organismes agréés par le SPF Emploi",
                    "Door de FOD Werkgelegenheid erkende centra",
                ),
                "link": "",
            },
        ],
        "prospects": (
            "Conseiller de niveau 1 dans un grand hôpital, ou consultant dans un service externe de "
            "prévention.",
            "Preventieadviseur niveau 1 in een groot ziekenhuis, of consultant bij een externe dienst "
            "voor preventie.",
        ),
        "conditions": (
            "Horaires de bureau et visites de terrain dans tous les services de l'institution.",
            "Kantooruren en bezoeken op de werkvloer in alle diensten van de instelling.",
        ),
        "salary": (3200, 3500, 4400, 5200),
        "source": ("Barème IFIC 2025, catégorie 15", "IFIC-barema 2025, categorie 15"),
        "source_date": "2025-01-01",
        "shortage": [],
        "regulated": True,
        "rome": "H1302",
    },
    {
        "slug": "directeur-de-maison-de-repos",
        "name": ("Directeur de maison de repos", "Directeur van een woonzorgcentrum"),
        "feminine": ("Directrice de maison de repos", "Directrice van een woonzorgcentrum"),
        "other_names": ("directeur d'EHPAD, directeur de MRS", "directeur WZC"),
        "summary": (
            "Le directeur de maison de repos fait vivre un lieu de vie pour personnes âgées : il dirige "
            "les équipes, gère le budget et veille au bien-être des résidents.",
            "De directeur van een woonzorgcentrum leidt een thuis voor ouderen: hij stuurt de teams "
            "aan, beheert het budget en waakt over het welzijn van de bewoners.",
        ),
        "sectors": ["sante", "fonctions-transversales"],
        "missions": [
            (
                "Diriger les équipes soignantes, hôtelières et administratives",
                "Zorg-, hotel- en administratieve teams leiden",
            ),
            ("Gérer le budget et les normes d'agrément", "Het budget en de erkenningsnormen beheren"),
            (
                "Être à l'écoute des résidents et de leurs familles",
                "Luisteren naar de bewoners en hun families",
            ),
        ],
        "skills": [
            ("Leadership bienveillant", "Warm leiderschap"),
            ("Gestion financière", "Financieel beheer"),
            ("Sens du dialogue social", "Zin voor sociaal overleg"),
        ],
        "access": (
            "Un diplôme de l'enseignement supérieur et la formation de directeur de maison de repos "
            "exigée par la Région.",
            "Een diploma hoger onderwijs en de opleiding directeur woonzorgcentrum die het gewest oplegt.",
        ),
        "training": [
            {
                "diploma": (
                    "Formation de directeur de maison de repos",
                    "Opleiding directeur woonzorgcentrum",
                ),
                "level": ("Après un bachelier ou un master", "Na een bachelor of master"),
                "duration": ("Environ 300 heures", "Ongeveer 300 uur"),
                "kind": "continuing",
                "where": (
                    "Hautes écoles et universités, en horaire décalé",
                    "Hogescholen en universiteiten, in avondonderwijs",
                ),
                "link": "",
            },
        ],
        "prospects": (
            "Direction de plusieurs établissements ou d'un réseau de soins aux personnes âgées.",
            "Leiding over meerdere voorzieningen of over een netwerk van ouderenzorg.",
        ),
        "conditions": (
            "Un poste à responsabilités, avec des astreintes ; beaucoup de contacts humains.",
            "Een functie met veel verantwoordelijkheid en wachtdiensten; veel menselijk contact.",
        ),
        "salary": (4200, 4700, 5600, 6800),
        "source": ("Barème IFIC 2025, catégorie 19", "IFIC-barema 2025, categorie 19"),
        "source_date": "2025-01-01",
        "shortage": [],
        "regulated": True,
        "rome": "K1403",
    },
    {
        "slug": "comptable-non-marchand",
        "name": ("Comptable dans le non-marchand", "Boekhouder in de social profit"),
        "feminine": ("Comptable dans le non-marchand", "Boekhoudster in de social profit"),
        "other_names": ("comptable d'ASBL, responsable financier", "boekhouder vzw, financieel medewerker"),
        "summary": (
            "Dans une ASBL, un hôpital ou un service social, le comptable tient les comptes, prépare "
            "les budgets et justifie les subsides : sans lui, pas de projets.",
            "In een vzw, een ziekenhuis of een sociale dienst houdt de boekhouder de rekeningen bij, "
            "maakt hij de begrotingen op en verantwoordt hij de subsidies: zonder hem geen projecten.",
        ),
        "sectors": ["fonctions-transversales"],
        "missions": [
            (
                "Tenir la comptabilité et clôturer les comptes annuels",
                "De boekhouding voeren en de jaarrekening afsluiten",
            ),
            (
                "Préparer les budgets et les justificatifs de subsides",
                "Begrotingen en subsidieverantwoordingen opmaken",
            ),
            (
                "Conseiller la direction sur la santé financière",
                "De directie adviseren over de financiële gezondheid",
            ),
        ],
        "skills": [
            ("Rigueur et discrétion", "Nauwkeurigheid en discretie"),
            ("Connaissance du droit des ASBL", "Kennis van het vzw-recht"),
            ("Adhésion au projet de l'association", "Achter het project van de organisatie staan"),
        ],
        "access": (
            "Un bachelier en comptabilité ; une connaissance des pouvoirs subsidiants est un atout.",
            "Een bachelor accountancy; kennis van de subsidiërende overheden is een pluspunt.",
        ),
        "training": [
            {
                "diploma": ("Bachelier en comptabilité", "Bachelor accountancy-fiscaliteit"),
                "level": ("Bachelier (CEC 6)", "Bachelor (niveau 6)"),
                "duration": (
                    "3 ans, en journée ou en promotion sociale",
                    "3 jaar, overdag of in het volwassenenonderwijs",
                ),
                "kind": "initial",
                "where": ("Hautes écoles et promotion sociale", "Hogescholen en volwassenenonderwijs"),
                "link": BE_SCHOOLS,
            },
        ],
        "prospects": (
            "Responsable administratif et financier, puis direction financière d'un groupe d'associations.",
            "Administratief en financieel verantwoordelijke, daarna financieel directeur van een groep "
            "organisaties.",
        ),
        "conditions": (
            "Horaires de bureau, possibilité de temps partiel et de télétravail ; pics d'activité à "
            "la clôture des comptes.",
            "Kantooruren, deeltijds werk en telewerk mogelijk; drukke periodes bij de jaarafsluiting.",
        ),
        "salary": (2850, 3050, 3700, 4300),
        "source": ("Barèmes de la commission paritaire 330", "Barema's van paritair comité 330"),
        "source_date": "2025-01-01",
        "shortage": [],
        "regulated": False,
        "rome": "M1203",
    },
]
