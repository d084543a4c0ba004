"""The agenda: upcoming events by default, an archive of past ones, filters kept in the address,
the result count, pagination, and bad input that never breaks the page."""

import datetime
import re
from html import unescape

import pytest

from django.core.exceptions import ValidationError

from events.factories import EventPageFactory, days_from_now
from events.models import EventPage
from fiches.factories import FicheIndexPageFactory, FichePageFactory
from home.localization import translate_from_glossary
from home.models import Region

pytestmark = pytest.mark.django_db


def text_of(response):
    return re.sub(r"\s+", " ", response.content.decode()).replace("&#x27;", "'")


def titles(response):
    """The titles of the event cards, in order."""
    found = re.findall(r'class="event-card__title"><a href="[^"]+">([^<]+)</a>', response.content.decode())
    return [unescape(title) for title in found]


@pytest.fixture
def liege(locales):
    french = Region.objects.create(locale=locales.fr, name="Liège", slug="liege", country="BE")
    translate_from_glossary(french, locales.nl, {"Liège": "Luik"})
    return french


@pytest.fixture
def varied_agenda(agenda, brussels, liege, homes):
    """Four upcoming events of different regions, kinds, audiences and months; one past event."""
    sheets = FicheIndexPageFactory(parent=homes.fr)
    nurse = FichePageFactory(parent=sheets, title="Infirmier", slug="infirmier")
    educator = FichePageFactory(parent=sheets, title="Éducateur spécialisé", slug="educateur-specialise")
    events = {
        "hospital": EventPageFactory(
            parent=agenda.fr,
            title="Portes ouvertes à l'hôpital",
            region=brussels.fr,
            kind=EventPage.Kind.OPEN_DAY,
            audience=EventPage.Audience.YOUNG_PEOPLE,
            start=days_from_now(5),
        ),
        "session": EventPageFactory(
            parent=agenda.fr,
            title="Séance d'information à Liège",
            region=liege,
            kind=EventPage.Kind.INFORMATION_SESSION,
            audience=EventPage.Audience.CAREER_CHANGERS,
            start=days_from_now(40),
        ),
        "exhibition": EventPageFactory(
            parent=agenda.fr,
            title="Exposition de photos à Liège",
            region=liege,
            kind=EventPage.Kind.EXHIBITION,
            audience=EventPage.Audience.EVERYONE,
            start=days_from_now(70),
        ),
        "workshop": EventPageFactory(
            parent=agenda.fr,
            title="Atelier gestes de soin",
            region=brussels.fr,
            kind=EventPage.Kind.WORKSHOP,
            audience=EventPage.Audience.YOUNG_PEOPLE,
            start=days_from_now(100),
        ),
        "past": EventPageFactory(
            parent=agenda.fr,
            title="Conférence de l'an dernier",
            region=brussels.fr,
            start=days_from_now(-300),
            end=days_from_now(-300, hour=12),
        ),
    }
    events["hospital"].professions = [nurse]
    events["hospital"].save()
    events["workshop"].professions = [nurse, educator]
    events["workshop"].save()
    return events


def test_the_agenda_shows_upcoming_events_soonest_first_with_their_count(client, agenda, varied_agenda):
    response = client.get(agenda.fr.url)

    assert response.status_code == 200
    assert titles(response) == [
        "Portes ouvertes à l'hôpital",
        "Séance d'information à Liège",
        "Exposition de photos à Liège",
        "Atelier gestes de soin",
    ]
    assert "4 événements à venir" in text_of(response)
    assert "Conférence de l'an dernier" not in text_of(response)


def test_the_archive_shows_past_events_latest_first(client, agenda, varied_agenda):
    EventPageFactory(
        parent=agenda.fr, title="Salon ancien", start=days_from_now(-700), end=days_from_now(-700, 12)
    )

    response = client.get(agenda.fr.url + "archive/")

    assert response.status_code == 200
    assert titles(response) == ["Conférence de l'an dernier", "Salon ancien"]
    html = text_of(response)
    assert "2 événements passés" in html
    assert '<a href="/fr/agenda/archive/" aria-current="page">Événements passés</a>' in html
    assert "<title>Événements passés · Agenda · J'aime mon métier</title>" in html


def test_filtering_by_region_keeps_only_the_events_of_that_region(client, agenda, varied_agenda):
    response = client.get(agenda.fr.url, {"region": "liege"})

    assert titles(response) == ["Séance d'information à Liège", "Exposition de photos à Liège"]
    html = text_of(response)
    assert "2 événements à venir" in html
    assert '<option value="liege" selected>Liège</option>' in html


def test_filters_combine_and_stay_in_the_links_of_the_pages(client, agenda, varied_agenda, brussels):
    query = {"region": "bruxelles", "audience": "young_people", "kind": "workshop"}
    response = client.get(agenda.fr.url, query)

    assert titles(response) == ["Atelier gestes de soin"]


def test_an_audience_filter_keeps_the_events_meant_for_everyone(client, agenda, varied_agenda):
    response = client.get(agenda.fr.url, {"audience": "career_changers"})

    assert titles(response) == ["Séance d'information à Liège", "Exposition de photos à Liège"]


def test_filtering_by_profession_offers_the_sheets_that_events_link_to(client, agenda, varied_agenda):
    response = client.get(agenda.fr.url, {"profession": "educateur-specialise"})

    assert titles(response) == ["Atelier gestes de soin"]
    html = text_of(response)
    assert '<option value="educateur-specialise" selected>Éducateur spécialisé</option>' in html
    assert '<option value="infirmier">Infirmier</option>' in html


def test_filtering_by_month_keeps_the_events_under_way_that_month(client, agenda, varied_agenda):
    month = days_from_now(40).strftime("%Y-%m")
    expected = [
        event.title
        for event in EventPage.objects.live().filter(end__gte=days_from_now(0, 0)).order_by("start")
        if event.local_start.strftime("%Y-%m") <= month <= event.local_end.strftime("%Y-%m")
    ]

    response = client.get(agenda.fr.url, {"month": month})

    assert "Séance d'information à Liège" in titles(response)
    assert titles(response) == expected


def test_a_filtered_agenda_is_not_indexed_and_names_the_agenda_as_canonical(client, agenda, varied_agenda):
    html = text_of(client.get(agenda.fr.url, {"region": "liege", "page": "1"}))

    assert '<meta name="robots" content="noindex, follow">' in html
    assert '<link rel="canonical" href="http://testserver/fr/agenda/">' in html


def test_the_unfiltered_agenda_is_indexed_and_is_its_own_canonical(client, agenda, varied_agenda):
    html = text_of(client.get(agenda.fr.url))

    assert '<meta name="robots" content="index, follow">' in html
    assert '<link rel="canonical" href="http://testserver/fr/agenda/">' in html
    assert '<link rel="alternate" hreflang="nl" href="http://testserver/nl/agenda/">' in html
    assert '<link rel="alternate" hreflang="x-default" href="http://testserver/fr/agenda/">' in html


def test_the_archive_alternates_point_at_the_archive_in_each_language(client, agenda, varied_agenda):
    html = text_of(client.get(agenda.fr.url + "archive/"))

    assert '<link rel="canonical" href="http://testserver/fr/agenda/archive/">' in html
    assert '<link rel="alternate" hreflang="nl" href="http://testserver/nl/agenda/archive/">' in html


def test_the_pages_of_a_filtered_agenda_keep_the_filters(client, agenda, brussels):
    for day in range(23):
        title = f"Journée numéro {day:02d}"
        EventPageFactory(parent=agenda.fr, title=title, region=brussels.fr, start=days_from_now(day + 1))
    EventPageFactory(parent=agenda.fr, title="Ailleurs", start=days_from_now(2))

    first = client.get(agenda.fr.url, {"region": "bruxelles"})
    second = client.get(agenda.fr.url, {"region": "bruxelles", "page": "2"})

    assert len(titles(first)) == 20
    assert 'href="?region=bruxelles&amp;page=2" rel="next"' in first.content.decode()
    assert titles(second) == ["Journée numéro 20", "Journée numéro 21", "Journée numéro 22"]
    assert "23 événements à venir" in text_of(second)
    assert "Page 2 sur 2" in text_of(second)


@pytest.mark.parametrize(
    "query",
    [
        "region=atlantis",
        "kind=party",
        "audience=%00",
        "profession=plombier",
        "month=2027-13",
        "month=27-03",
        "month=99999-01",
        "month=1850-01",
        "page=abc",
        "page=-1",
        "page=0",
        "page=999999999999999999999999",
        "page=2",
        "region=liege&region=bruxelles",
        "region[]=liege",
        "%ff%fe=%c3",
        "&&&==&",
        "region=" + "x" * 5000,
        "month=2027-03&page=1e9",
    ],
)
def test_bad_input_gives_a_normal_page(client, agenda, varied_agenda, query):
    for url in (agenda.fr.url, agenda.fr.url + "archive/", agenda.nl.url):
        response = client.get(f"{url}?{query}")

        assert response.status_code == 200, (url, query)
        assert 'class="agenda__count"' in response.content.decode()


def test_an_unknown_filter_value_is_left_out_with_a_note(client, agenda, varied_agenda):
    response = client.get(agenda.fr.url, {"region": "atlantis", "kind": "exhibition"})

    assert titles(response) == ["Exposition de photos à Liège"]
    html = text_of(response)
    assert "une valeur de filtre que l'agenda ne connaît pas ; elle a été ignorée : Région." in html


def test_no_event_matching_says_so(client, agenda, varied_agenda):
    html = text_of(client.get(agenda.fr.url, {"region": "liege", "kind": "workshop"}))

    assert "0 événement à venir" in html
    assert "Aucun événement ne correspond à ces filtres." in html
    assert '<a class="agenda-filters__reset" href="/fr/agenda/">Effacer les filtres</a>' in html


def test_the_dutch_agenda_filters_with_dutch_names_and_the_same_slugs(client, agenda, varied_agenda, locales):
    glossary = {"Séance d'information à Liège": "Infosessie Luik"}
    translate_from_glossary(varied_agenda["session"], locales.nl, glossary, strict=False)

    response = client.get(agenda.nl.url, {"region": "liege"})
    html = text_of(response)

    assert titles(response) == ["Infosessie Luik"]
    assert '<option value="liege" selected>Luik</option>' in html
    assert "1 komend evenement" in html
    assert '<label for="filter-region">Regio</label>' in html


@pytest.mark.parametrize("slug", ["archive", "calendar"])
def test_an_event_cannot_take_a_slug_the_agenda_uses(agenda, slug):
    event = EventPageFactory(parent=agenda.fr)
    event.slug = slug

    with pytest.raises(ValidationError) as error:
        event.full_clean()

    assert "l'agenda utilise lui-même" in str(error.value.message_dict["slug"])


def test_filter_months_accept_a_month_without_events_from_a_shared_link(client, agenda, varied_agenda):
    far = (datetime.date.today() + datetime.timedelta(days=800)).strftime("%Y-%m")

    response = client.get(agenda.fr.url, {"month": far})

    assert response.status_code == 200
    assert titles(response) == []
    assert f'<option value="{far}" selected>' in response.content.decode()
