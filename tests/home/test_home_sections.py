"""The home page puts the campaign forward: featured and latest portraits, professions that are
hiring, upcoming events, the partner kits and the campaign's figures, in each language."""

import datetime

import pytest

from django.utils import timezone

from events.factories import EventIndexPageFactory, EventPageFactory, PartnerKitIndexPageFactory
from fiches.factories import FicheIndexPageFactory, FichePageFactory
from home.localization import translate_from_glossary
from home.models import HomePageFeaturedPortrait
from portraits.factories import PortraitIndexPageFactory, PortraitPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def campaign(homes):
    fiches = FicheIndexPageFactory(parent=homes.fr)
    nurse = FichePageFactory(parent=fiches, profession_name="Infirmier", is_shortage=True)
    FichePageFactory(parent=fiches, profession_name="Psychologue", is_shortage=False)
    portraits = PortraitIndexPageFactory(parent=homes.fr)
    agenda = EventIndexPageFactory(parent=homes.fr)
    PartnerKitIndexPageFactory(parent=homes.fr, title="Kits pour les partenaires", slug="kits")
    return {"fiches": fiches, "nurse": nurse, "portraits": portraits, "agenda": agenda}


def add_portraits(campaign, count, **kwargs):
    return [
        PortraitPageFactory(parent=campaign["portraits"], fiche=campaign["nurse"], **kwargs)
        for _ in range(count)
    ]


def test_home_page_shows_portraits_professions_events_kits_and_figures(client, homes, campaign):
    add_portraits(campaign, 2, first_name="Nadia")
    EventPageFactory(parent=campaign["agenda"], title="Portes ouvertes à l'hôpital Saint-Pierre")
    EventPageFactory(
        parent=campaign["agenda"],
        title="Séance passée",
        start=timezone.now() - datetime.timedelta(days=10),
        end=timezone.now() - datetime.timedelta(days=9),
    )

    content = client.get("/fr/").content.decode()

    assert content.count('class="portrait-card"') == 2
    assert "Nadia" in content
    assert "Des métiers qui recrutent" in content
    assert ">Infirmier</a>" in content
    assert ">Psychologue</a>" not in content
    assert "Portes ouvertes à l&#x27;hôpital Saint-Pierre" in content
    assert "Séance passée" not in content
    assert 'href="/fr/kits/"' in content
    assert '<span class="figures__number">2</span> portraits' in content
    assert '<span class="figures__number">2</span> fiches métiers' in content
    assert '<span class="figures__number">1</span> événement à venir' in content


def test_featured_portraits_come_first_in_the_editors_order(client, homes, campaign):
    older, newer, chosen = add_portraits(campaign, 3)
    homes.fr.featured_portraits = [HomePageFeaturedPortrait(portrait=chosen)]
    homes.fr.save_revision().publish()

    content = client.get("/fr/").content.decode()

    cards = content[content.index('id="home-portraits"') :]
    positions = [cards.index(f'href="{portrait.url}"') for portrait in (chosen, older, newer)]
    assert positions[0] == min(positions)
    assert cards.count(f'href="{chosen.url}"') == 1


def test_the_hero_quotes_the_first_featured_portrait(client, homes, campaign):
    add_portraits(campaign, 1)
    (chosen,) = add_portraits(
        campaign, 1, quote="voir un enfant reprendre confiance, c'est ma plus belle journée."
    )
    homes.fr.featured_portraits = [HomePageFeaturedPortrait(portrait=chosen)]
    homes.fr.save_revision().publish()

    content = client.get("/fr/").content.decode()

    hero = content[content.index('class="hero"') : content.index('id="home-portraits"')]
    assert "J&#x27;aime mon métier parce que…" in hero or "J'aime mon métier parce que…" in hero
    assert "voir un enfant reprendre confiance" in hero
    assert f'href="{chosen.url}"' in hero


def test_dutch_home_page_shows_the_dutch_version_of_featured_portraits(client, homes, campaign, locales):
    (portrait,) = add_portraits(campaign, 1, first_name="Nadia", job_title="Infirmière à domicile")
    homes.fr.featured_portraits = [HomePageFeaturedPortrait(portrait=portrait)]
    homes.fr.save_revision().publish()
    translate_from_glossary(homes.fr, locales.nl, {}, strict=False)
    dutch = translate_from_glossary(
        portrait, locales.nl, {"Infirmière à domicile": "Thuisverpleegkundige"}, strict=False
    )

    content = client.get("/nl/").content.decode()

    assert f'href="{dutch.url}"' in content
    assert "Thuisverpleegkundige" in content
    assert '<span class="figures__number">1</span> portret<' in content


@pytest.mark.parametrize("number_of_each", [2, 12])
def test_home_page_costs_the_same_queries_whatever_the_size_of_the_campaign(
    homes, campaign, assert_page_queries, number_of_each
):
    portraits = add_portraits(campaign, number_of_each)
    homes.fr.featured_portraits = [HomePageFeaturedPortrait(portrait=portraits[0])]
    homes.fr.save_revision().publish()
    for _ in range(number_of_each):
        FichePageFactory(parent=campaign["fiches"], is_shortage=True)
        EventPageFactory(parent=campaign["agenda"])

    response = assert_page_queries("/fr/", after_a_change=18, then=1)

    assert response.status_code == 200
