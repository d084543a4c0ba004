"""The "Traductions" report: counts per state, filters, CSV, and a constant number of queries."""

import csv
import io
import re
from types import SimpleNamespace

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from fiches.factories import FicheIndexPageFactory, FichePageFactory
from home.editorial.workflows import ensure_editorial_setup
from home.factories import StandardPageFactory
from home.localization import translate_from_glossary
from home.models import Campaign, Region, Sector
from portraits.factories import PortraitIndexPageFactory, PortraitPageFactory

from .conftest import make_user

pytestmark = pytest.mark.django_db

PAGE_DUTCH = {
    "Tout ce qu'il faut savoir avant de se lancer.": "Alles wat je moet weten voor je begint.",
    "Pour qui ?": "Voor wie?",
    "Pour les jeunes qui choisissent leurs études.": "Voor jongeren die hun studie kiezen.",
}


def standard_page(parent, title):
    return StandardPageFactory(parent=parent, title=title)


def translated(page, locale, *, publish=True, complete=True):
    glossary = {**PAGE_DUTCH, page.title: f"{page.title} (NL)"}
    if not complete:
        glossary = {page.title: f"{page.title} (NL)"}
    return translate_from_glossary(page, locale, glossary, publish=publish, strict=complete)


@pytest.fixture
def states(homes, locales):
    """One French page or snippet in each Dutch state (the homes themselves are up to date)."""
    setup = ensure_editorial_setup()
    translator = make_user("pieter", "Traducteurs", "nl")
    moderator = make_user("myriam", "Modérateurs", "fr")
    missing = standard_page(homes.fr, "Nous contacter")
    in_progress = standard_page(homes.fr, "À propos")
    translated(in_progress, locales.nl, publish=False, complete=False)
    awaiting = standard_page(homes.fr, "Devenir partenaire")
    dutch_awaiting = translated(awaiting, locales.nl, publish=False)
    dutch_awaiting.get_workflow().start(dutch_awaiting, translator)
    up_to_date = standard_page(homes.fr, "Mentions légales")
    translated(up_to_date, locales.nl)
    out_of_date = standard_page(homes.fr, "Se former")
    translated(out_of_date, locales.nl)
    out_of_date.introduction = "Les formations changent : voici ce qui est neuf."
    out_of_date.save_revision(user=moderator).publish(user=moderator)
    sector = Sector.objects.create(locale=locales.fr, name="Petite enfance", slug="petite-enfance")
    region = Region.objects.create(locale=locales.fr, name="Bruxelles", slug="bruxelles")
    translate_from_glossary(region, locales.nl, {"Bruxelles": "Brussel"})
    return SimpleNamespace(
        setup=setup,
        translator=translator,
        moderator=moderator,
        missing=missing,
        in_progress=in_progress,
        awaiting=awaiting,
        up_to_date=up_to_date,
        out_of_date=out_of_date,
        sector=sector,
        region=region,
    )


def locales_home(states):
    return states.missing.get_parent()


def counts(content):
    return {
        state: int(count)
        for state, count in re.findall(r'data-state="([a-z_]+)"[^>]*><strong>(\d+)</strong>', content)
    }


def row_states(content):
    return re.findall(r'<tr data-state="([a-z_]+)">\s*<td>\s*(?:<a [^>]*>)?([^<]+?)\s*<', content)


def test_the_report_counts_every_state_and_lists_each_row_with_its_state(client, states):
    client.force_login(states.translator)

    response = client.get(reverse("translations_report"))
    content = response.content.decode()

    assert response.status_code == 200
    assert counts(content) == {
        "missing": 2,  # a page, a sector
        "in_progress": 1,
        "awaiting_review": 1,
        "out_of_date": 1,
        "up_to_date": 3,  # the home page, a page, a region
    }
    rows = {title: state for state, title in row_states(content)}
    assert rows["Nous contacter"] == "missing"
    assert rows["À propos"] == "in_progress"
    assert rows["Devenir partenaire"] == "awaiting_review"
    assert rows["Mentions légales"] == "up_to_date"
    assert rows["Se former"] == "out_of_date"
    assert rows["Petite enfance"] == "missing"
    assert rows["Bruxelles"] == "up_to_date"
    # The translator's admin speaks Dutch; the percentage of the draft is shown.
    assert "Vertalingen" in content
    assert re.search(r"In uitvoering</span>\s*\(\d\d %\)", content)
    assert "Les formations changent : voici ce qui est neuf." in content


def test_the_report_filters_by_state_type_and_campaign(client, states, locales):
    client.force_login(states.moderator)
    campaign = Campaign.objects.create(
        locale=locales.fr, name="Semaine des métiers du soin", slug="semaine", start_date="2026-10-05"
    )
    fiche = FichePageFactory(
        parent=FicheIndexPageFactory(parent=locales_home(states)), profession_name="Puéricultrice"
    )
    portraits = PortraitIndexPageFactory(parent=locales_home(states))
    portrait = PortraitPageFactory(
        parent=portraits, fiche=fiche, title="Inès, puéricultrice", first_name="Inès"
    )
    portrait.campaigns.add(campaign)
    portrait.save_revision().publish()
    url = reverse("translations_report")

    by_state = client.get(url, {"state": "out_of_date"}).content.decode()
    assert [title for _state, title in row_states(by_state)] == ["Se former"]
    # The counts stay those of every state: 2 + the sheets' index, a sheet, the portraits' index, a
    # portrait and the campaign.
    assert counts(by_state)["missing"] == 7

    by_type = client.get(url, {"type": "home.sector"}).content.decode()
    assert [title for _state, title in row_states(by_type)] == ["Petite enfance"]

    by_campaign = client.get(url, {"campaign": campaign.pk}).content.decode()
    assert [title for _state, title in row_states(by_campaign)] == [
        "Inès, puéricultrice",
        "Semaine des métiers du soin",
    ]


@pytest.mark.parametrize("query", [{"state": "lost"}, {"type": "nope.nope"}, {"campaign": "abc"}, {"p": "x"}])
def test_bad_filters_give_a_message_not_an_error(client, states, query):
    client.force_login(states.moderator)

    response = client.get(reverse("translations_report"), query, follow=True)

    assert response.status_code == 200
    if "p" not in query:
        assert "Certains filtres" in response.content.decode()
    assert len(row_states(response.content.decode())) == 8


def test_the_csv_export_has_one_line_per_row_with_its_state(client, states):
    client.force_login(states.moderator)

    response = client.get(reverse("translations_report"), {"state": "out_of_date", "export": "csv"})

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    lines = list(csv.reader(io.StringIO(response.content.decode())))
    assert lines[0][:3] == ["Titre", "Type", "État"]
    assert len(lines) == 2
    assert lines[1][0] == "Se former" and lines[1][2] == "Obsolète"
    assert lines[1][4]  # out of date since
    assert "Les formations changent" in lines[1][5]


def report_queries(client):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("translations_report"))
    assert response.status_code == 200
    return len(queries)


def test_the_report_runs_the_same_number_of_queries_for_10_and_200_pages(client, homes, locales):
    ensure_editorial_setup()
    client.force_login(make_user("pieter", "Traducteurs", "nl"))
    pages = [standard_page(homes.fr, f"Page {number}") for number in range(10)]
    translated(pages[0], locales.nl)
    translated(pages[1], locales.nl, publish=False, complete=False)
    report_queries(client)  # warm the content-type cache
    at_10 = report_queries(client)

    pages += [standard_page(homes.fr, f"Page {number}") for number in range(10, 200)]
    translated(pages[150], locales.nl)
    at_200 = report_queries(client)

    assert at_10 == at_200 == 28
