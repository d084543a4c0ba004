"""Property-based: whatever string a visitor sends, the search page and suggestions answer normally."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fiches.factories import FicheIndexPageFactory, FichePageFactory

pytestmark = pytest.mark.django_db

ANY_TEXT = st.text(alphabet=st.characters(codec="utf-8"), max_size=300) | st.sampled_from(
    ["\x00", "' OR '1'='1", "%", "_", "\\", ":*", "!", "&|", "<->", "AS", "a" * 1000]
)
SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.fixture
def site(homes):
    index = FicheIndexPageFactory(parent=homes.fr)
    FichePageFactory(parent=index, profession_name="Infirmier", other_names="IRSG, AS")
    return homes


@SETTINGS
@given(query=ANY_TEXT, page=ANY_TEXT, kind=ANY_TEXT)
def test_the_search_page_never_fails(client, site, query, page, kind):
    response = client.get("/fr/recherche/", {"q": query, "page": page, "type": kind})
    assert response.status_code == 200
    assert b"<h1>Recherche</h1>" in response.content


@SETTINGS
@given(query=ANY_TEXT)
def test_the_dutch_search_page_never_fails(client, site, query):
    assert client.get("/nl/zoeken/", {"q": query}).status_code == 200


@SETTINGS
@given(query=ANY_TEXT)
def test_suggestions_never_fail(client, site, query):
    response = client.get("/fr/recherche/suggestions/", {"q": query})
    assert response.status_code == 200
    assert isinstance(response.json()["suggestions"], list)
