from types import SimpleNamespace

import pytest

from fiches.factories import FicheIndexPageFactory
from home.localization import translate_from_glossary

INDEX_GLOSSARY = {
    "Fiches métiers": "Beroepsfiches",
    "Ce que font ces professionnels, comment s'y former et ce que le métier rapporte.": (
        "Wat deze professionals doen, hoe je ervoor studeert en wat het beroep verdient."
    ),
}


@pytest.fixture
def fiche_indexes(homes, locales):
    """The French sheet index under the French home, and its live Dutch translation."""
    french = FicheIndexPageFactory(parent=homes.fr)
    dutch = translate_from_glossary(french, locales.nl, INDEX_GLOSSARY)
    return SimpleNamespace(fr=french, nl=dutch)


def fiche_glossary(page):
    """French → Dutch for every segment of a sheet made by FichePageFactory with default texts."""
    return {
        page.feminine_name: "Opvoedster",
        page.title: f"{page.title} (NL)",
        page.profession_name: f"{page.profession_name} (NL)",
        "ES, éduc spé": "orthopedagoog",
        "Il accompagne des enfants, des adolescents ou des adultes en difficulté vers plus d'autonomie.": (
            "Hij begeleidt kinderen, jongeren of volwassenen in moeilijkheden naar meer zelfstandigheid."
        ),
        "Construire un projet éducatif avec chaque personne": (
            "Met elke persoon een opvoedingsproject uitwerken"
        ),
        "Animer des activités": "Activiteiten begeleiden",
        "Sens de l'écoute": "Luisterbereidheid",
        "Patience": "Geduld",
        "Être titulaire du diplôme d'éducateur spécialisé.": "Een diploma orthopedagogie hebben.",
        "Chef de service éducatif après quelques années.": "Na enkele jaren diensthoofd.",
        "Horaires variables, week-ends possibles en internat.": (
            "Wisselende uren, soms weekends in een internaat."
        ),
        "Bachelier éducateur spécialisé en accompagnement psycho-éducatif": "Bachelor orthopedagogie",
        "Bachelier (CEC 6)": "Bachelor (niveau 6)",
        "3 ans": "3 jaar",
        "Hautes écoles en Wallonie et à Bruxelles": "Hogescholen in Wallonië en Brussel",
        "Barème IFIC 2025": "IFIC-barema 2025",
    }


@pytest.fixture
def translate_fiche(locales):
    def translate(page):
        return translate_from_glossary(page, locales.nl, fiche_glossary(page))

    return translate
