"""Moderators maintain synonyms and promoted results and read the search queries report."""

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from home.editorial.roles import JOURNALISTS, MODERATORS
from home.editorial.workflows import ensure_editorial_setup
from search import query_log
from search.models import SearchQueryLog, Synonym
from search.roles import grant_search_permissions

pytestmark = pytest.mark.django_db

REPORT_URL = "/admin/reports/search-queries/"


@pytest.fixture
def people(homes):
    ensure_editorial_setup()
    grant_search_permissions()

    def make(username, group):
        user = get_user_model().objects.create_user(username=username, password="pw-for-tests")
        user.groups.add(Group.objects.get(name=group))
        return user

    return make("myriam", MODERATORS), make("julie", JOURNALISTS)


def test_the_report_lists_the_most_frequent_queries_and_those_that_found_nothing(client, people, corpus):
    moderator, _journalist = people
    for query in ["infirmier", "infirmier", "infirmier", "kiné", "brancardier", "brancardier"]:
        client.get("/fr/recherche/", {"q": query})
    client.get("/nl/zoeken/", {"q": "vroedvrouw"})
    query_log.flush()
    client.force_login(moderator)

    html = client.get(REPORT_URL).content.decode()
    assert html.index("infirmier") < html.index("brancardier") < html.index("kiné")

    nothing = client.get(REPORT_URL, {"outcome": "nothing"})
    rows = list(nothing.context["object_list"])
    assert [(row.query_string, row.hits_without_results) for row in rows] == [
        ("brancardier", 2),
        ("vroedvrouw", 1),
    ]
    dutch = client.get(REPORT_URL, {"language": "nl"}).context["object_list"]
    assert [row.query_string for row in dutch] == ["vroedvrouw"]


def test_the_report_exports_a_spreadsheet(client, people):
    moderator, _journalist = people
    SearchQueryLog.objects.create(language="fr", query_string="sage-femme", hits=4, hits_without_results=4)
    client.force_login(moderator)
    response = client.get(REPORT_URL, {"export": "csv"})
    assert response.status_code == 200
    assert "sage-femme,fr,4,4" in b"".join(response.streaming_content).decode()


def test_a_journalist_cannot_read_the_report(client, people):
    _moderator, journalist = people
    client.force_login(journalist)
    response = client.get(REPORT_URL)
    assert response.status_code in (302, 403)
    assert "sage-femme" not in response.content.decode()


def test_a_moderator_adds_a_synonym_that_the_search_uses_at_once(client, people, corpus):
    moderator, _journalist = people
    assert (
        corpus.fr["kinesitherapeute"].url
        not in client.get("/fr/recherche/", {"q": "rééducateur"}).content.decode()
    )
    client.force_login(moderator)
    response = client.post(
        "/admin/snippets/search/synonym/add/", {"language": "fr", "terms": "kinésithérapeute, rééducateur"}
    )
    assert response.status_code == 302
    assert Synonym.objects.filter(terms="kinésithérapeute, rééducateur").exists()
    client.logout()
    assert (
        corpus.fr["kinesitherapeute"].url
        in client.get("/fr/recherche/", {"q": "rééducateur"}).content.decode()
    )


def test_a_moderator_may_edit_promoted_results_and_a_journalist_may_not(client, people):
    moderator, journalist = people
    client.force_login(moderator)
    assert client.get("/admin/searchpicks/").status_code == 200
    assert client.get("/admin/searchpicks/add/").status_code == 200
    client.force_login(journalist)
    assert client.get("/admin/searchpicks/add/").status_code in (302, 403)
