from pathlib import Path
from types import SimpleNamespace

import pytest

from fiches.factories import FicheIndexPageFactory, FichePageFactory
from home.localization import translate_from_glossary
from portraits.factories import PortraitIndexPageFactory, PortraitPageFactory

DEMO_MEDIA = Path(__file__).resolve().parents[2] / "portraits" / "demo_media"

# The Dutch of every text the portrait factories write.
DUTCH = {
    "Portraits": "Portretten",
    "Ils soignent, éduquent et accompagnent : ils racontent pourquoi ils aiment leur métier.": (
        "Ze verzorgen, voeden op en begeleiden: ze vertellen waarom ze van hun job houden."
    ),
    "Infirmière à domicile": "Thuisverpleegkundige",
    "Nadia sourit, sa sacoche de soins à l'épaule, devant une porte d'immeuble.": (
        "Nadia glimlacht, met haar verzorgingstas over de schouder, voor een voordeur."
    ),
    "Chaque visite compte : je suis parfois la seule personne que mes patients voient de la journée.": (
        "Elk bezoek telt: soms ben ik de enige die mijn patiënten die dag zien."
    ),
    "Depuis huit ans, Nadia soigne à domicile dans les quartiers est de Bruxelles.": (
        "Al acht jaar verzorgt Nadia mensen thuis in het oosten van Brussel."
    ),
    "Une journée sur la route": "Een dag onderweg",
    "Elle commence à sept heures et enchaîne une quinzaine de visites.": (
        "Ze begint om zeven uur en doet een vijftiental bezoeken na elkaar."
    ),
    "Le matin, je passe dans chaque chambre pour dire bonjour.": (
        "'s Ochtends ga ik elke kamer binnen om goeiemorgen te zeggen."
    ),
    "Bonjour, je m'appelle Martine et je suis aide familiale depuis vingt ans.": (
        "Hallo, ik ben Martine en ik ben al twintig jaar gezinshelpster."
    ),
    "Nadia, infirmière à domicile": "Nadia, thuisverpleegkundige",
}


@pytest.fixture
def fiche(homes):
    index = FicheIndexPageFactory(parent=homes.fr)
    return FichePageFactory(parent=index, profession_name="Infirmier", slug="infirmier")


@pytest.fixture
def portrait_index(homes):
    return PortraitIndexPageFactory(parent=homes.fr)


@pytest.fixture
def make_portrait(portrait_index, fiche):
    def make(**kwargs):
        kwargs.setdefault("title", "Nadia, infirmière à domicile")
        kwargs.setdefault("first_name", "Nadia")
        kwargs.setdefault("slug", f"nadia-{PortraitPageFactory._meta.model.objects.count()}")
        kwargs.setdefault("fiche", fiche)
        return PortraitPageFactory(parent=portrait_index, **kwargs)

    return make


@pytest.fixture
def translate(locales):
    """Translate a page into Dutch through wagtail-localize (its parent first, if need be)."""

    def translate_page(page):
        parent = page.get_parent().specific
        if not parent.has_translation(locales.nl):
            translate_page(parent)
        return translate_from_glossary(page, locales.nl, DUTCH)

    return translate_page


@pytest.fixture
def media_file():
    def read(name):
        return (DEMO_MEDIA / name).read_bytes()

    return read


@pytest.fixture
def bilingual(homes):
    return SimpleNamespace(homes=homes)
