import datetime
from types import SimpleNamespace

import pytest

from events.factories import EventIndexPageFactory, PartnerKitIndexPageFactory
from home.localization import translate_from_glossary
from home.models import Campaign, Region

INDEX_GLOSSARY = {
    "Agenda": "Agenda",
    "Journées portes ouvertes, séances d'information et expositions près de chez vous.": (
        "Opendeurdagen, infosessies en tentoonstellingen bij jou in de buurt."
    ),
    "Kits pour les partenaires": "Kits voor partners",
    "Affiches, visuels et textes prêts à publier pour relayer la campagne.": (
        "Affiches, beelden en kant-en-klare teksten om de campagne mee te verspreiden."
    ),
}


@pytest.fixture
def agenda(homes, locales):
    """The French agenda under the French home, and its live Dutch translation."""
    french = EventIndexPageFactory(parent=homes.fr)
    dutch = translate_from_glossary(french, locales.nl, INDEX_GLOSSARY)
    return SimpleNamespace(fr=french, nl=dutch)


@pytest.fixture
def kit_index(homes, locales):
    french = PartnerKitIndexPageFactory(parent=homes.fr)
    dutch = translate_from_glossary(french, locales.nl, INDEX_GLOSSARY)
    return SimpleNamespace(fr=french, nl=dutch)


@pytest.fixture
def brussels(locales):
    """The Brussels region in French and Dutch."""
    french = Region.objects.create(locale=locales.fr, name="Bruxelles", slug="bruxelles", country="BE")
    dutch = translate_from_glossary(french, locales.nl, {"Bruxelles": "Brussel"})
    return SimpleNamespace(fr=french, nl=dutch)


@pytest.fixture
def care_week(locales):
    """The week of care jobs campaign in French and Dutch."""
    french = Campaign.objects.create(
        locale=locales.fr,
        name="La semaine des métiers du soin",
        slug="semaine-des-metiers-du-soin",
        kind=Campaign.Kind.THEMED_WEEK,
        start_date=datetime.date(2027, 3, 15),
        end_date=datetime.date(2027, 3, 21),
    )
    dutch = translate_from_glossary(
        french, locales.nl, {"La semaine des métiers du soin": "De week van de zorgberoepen"}
    )
    return SimpleNamespace(fr=french, nl=dutch)
