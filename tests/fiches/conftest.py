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
