"""A visitor looks for an open day near her, adds it to her calendar; a partner downloads a poster."""

import datetime
import zoneinfo

import pytest
from icalendar import Calendar

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model
from wagtail.models import Collection

from events import demo_files
from events.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    PartnerKitIndexPageFactory,
    PartnerKitPageFactory,
)
from home.models import Region

pytestmark = pytest.mark.django_db(transaction=True)

BRUSSELS = zoneinfo.ZoneInfo("Europe/Brussels")


def test_visitor_filters_the_agenda_by_region_and_adds_an_event_to_her_calendar(live_server, homes, page):
    agenda = EventIndexPageFactory(parent=homes.fr)
    brussels = Region.objects.create(locale=homes.fr.locale, name="Bruxelles", slug="bruxelles", country="BE")
    liege = Region.objects.create(locale=homes.fr.locale, name="Liège", slug="liege", country="BE")
    start = datetime.datetime(2030, 3, 19, 10, 0, tzinfo=BRUSSELS)
    EventPageFactory(parent=agenda, title="Portes ouvertes à l'hôpital Saint-Pierre", region=brussels)
    EventPageFactory(
        parent=agenda,
        title="Séance d'information au CPAS de Liège",
        slug="seance-cpas-liege",
        region=liege,
        start=start,
        end=start + datetime.timedelta(hours=2),
        venue_name="CPAS de Liège",
        venue_street="Place Saint-Jacques 13",
        venue_postal_code="4000",
        venue_city="Liège",
    )

    page.goto(f"{live_server.url}/fr/agenda/")
    assert page.get_by_role("heading", name="2 événements à venir").is_visible()

    page.get_by_label("Région").select_option(label="Liège")
    page.get_by_role("button", name="Afficher les événements").click()

    page.wait_for_url("**/fr/agenda/?region=liege**")
    assert page.get_by_role("heading", name="1 événement à venir").is_visible()
    assert page.get_by_role("link", name="Portes ouvertes à l'hôpital Saint-Pierre").count() == 0
    page.get_by_role("link", name="Séance d'information au CPAS de Liège").click()

    page.wait_for_url("**/fr/agenda/seance-cpas-liege/")
    assert "mardi 19 mars 2030" in page.locator(".event-facts").inner_text()
    map_link = page.get_by_role("link", name="Voir sur la carte")
    assert map_link.get_attribute("href").startswith(
        "https://www.openstreetmap.org/search?query=Place+Saint-Jacques"
    )
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Ajouter à mon agenda").click()
    download = download_info.value

    assert download.suggested_filename == "seance-cpas-liege.ics"
    with open(download.path(), "rb") as ics:
        calendar = Calendar.from_ical(ics.read())
    [event] = calendar.events
    assert str(event["summary"]) == "Séance d'information au CPAS de Liège"
    assert event.start == start
    assert event["dtstart"].params["TZID"] == "Europe/Brussels"


def test_partner_downloads_a_poster_from_a_kit(live_server, homes, page):
    # Browser tests flush the database, the root collection that migrations create included.
    if not Collection.get_first_root_node():
        Collection.add_root(name="Root")
    poster = get_document_model().objects.create(
        title="Affiche A3",
        file=ContentFile(
            demo_files.make_poster_pdf("Portes ouvertes", ["Semaine des métiers du soin"]), "affiche.pdf"
        ),
    )
    kits = PartnerKitIndexPageFactory(parent=homes.fr)
    PartnerKitPageFactory(
        parent=kits,
        title="Kit de la semaine des métiers du soin",
        slug="kit-semaine",
        assets=[
            (
                "poster",
                {"title": "Affiche de la semaine", "document": poster, "description": "A3, en couleur"},
            )
        ],
    )

    page.goto(f"{live_server.url}/fr/kits/")
    page.get_by_role("link", name="Kit de la semaine des métiers du soin").click()
    page.wait_for_url("**/fr/kits/kit-semaine/")
    asset = page.locator(".asset", has_text="Affiche de la semaine")
    assert "PDF" in asset.inner_text() and "A3, en couleur" in asset.inner_text()
    with page.expect_download() as download_info:
        asset.get_by_role("link", name="Télécharger").click()
    download = download_info.value

    assert download.suggested_filename == "affiche.pdf"
    with open(download.path(), "rb") as pdf:
        assert pdf.read(5) == b"%PDF-"
