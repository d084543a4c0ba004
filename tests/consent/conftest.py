import datetime
from types import SimpleNamespace

import pytest

from django.utils import timezone

from fiches.factories import FicheIndexPageFactory, FichePageFactory
from home.localization import translate_from_glossary
from portraits.factories import PortraitIndexPageFactory, PortraitPageFactory

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
    "Nadia, infirmière à domicile": "Nadia, thuisverpleegkundige",
}

TODAY = timezone.localdate
DAY = datetime.timedelta(days=1)

# Consent as the journalist records it: each case names what is wrong.
INVALID_CONSENTS = {
    "missing": {"consent_signed_on": None},
    "not_for_the_website": {"consent_website": False},
    "expired": {"consent_expires_on": "yesterday"},
    "withdrawn": {"consent_withdrawn_on": "yesterday"},
}


def consent(case):
    """Field values for an invalid consent case, dates resolved against today."""
    values = dict(INVALID_CONSENTS[case])
    for field, value in values.items():
        if value == "yesterday":
            values[field] = TODAY() - DAY
    return values


@pytest.fixture
def site(homes):
    index = PortraitIndexPageFactory(parent=homes.fr)
    fiche_index = FicheIndexPageFactory(parent=homes.fr)
    fiche = FichePageFactory(parent=fiche_index, profession_name="Infirmier", slug="infirmier")
    return SimpleNamespace(homes=homes, index=index, fiche=fiche)


@pytest.fixture
def make_portrait(site):
    """A portrait (a draft with one revision unless `live=True`), valid consent unless overridden."""

    def make(live=False, **kwargs):
        kwargs.setdefault("title", "Nadia, infirmière à domicile")
        kwargs.setdefault("first_name", "Nadia")
        kwargs.setdefault("slug", f"nadia-{PortraitPageFactory._meta.model.objects.count()}")
        page = PortraitPageFactory(parent=site.index, fiche=site.fiche, live=live, **kwargs)
        if not live:
            page.save_revision()
        return page

    return make


@pytest.fixture
def translate(locales):
    """Translate a page into Dutch through wagtail-localize (its parent first, if need be)."""

    def translate_page(page, publish=True):
        parent = page.get_parent().specific
        if not parent.has_translation(locales.nl):
            translate_page(parent)
        return translate_from_glossary(page, locales.nl, DUTCH, publish=publish)

    return translate_page
