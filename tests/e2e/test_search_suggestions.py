"""A visitor types in the search box, picks a suggestion and lands on the profession sheet."""

import pytest

from django.core.cache import cache

from tests.search.corpus import build_corpus

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def corpus(homes):
    cache.clear()
    yield build_corpus(homes)
    cache.clear()


def test_visitor_picks_a_suggestion_and_lands_on_the_sheet(live_server, corpus, page):
    page.goto(f"{live_server.url}/fr/recherche/")
    box = page.get_by_role("combobox", name="Rechercher sur le site").last
    box.press_sequentially("educatrice spe", delay=40)

    suggestion = page.get_by_role("option", name="Éducateur spécialisé")
    suggestion.wait_for()
    assert box.get_attribute("aria-expanded") == "true"
    suggestion.click()

    page.wait_for_url(f"{live_server.url}{corpus.fr['educateur-specialise'].url}")
    assert page.locator("h1").inner_text().startswith("Éducateur spécialisé")


def test_visitor_chooses_a_suggestion_with_the_keyboard_in_dutch(live_server, corpus, page):
    page.goto(f"{live_server.url}/nl/")
    box = page.get_by_role("combobox", name="Zoeken op de site").first
    box.press_sequentially("verpl", delay=40)
    page.get_by_role("option", name="Verpleegkundige").first.wait_for()
    box.press("ArrowDown")
    box.press("Enter")
    page.wait_for_url(f"{live_server.url}{corpus.nl['infirmier'].url}")


def test_the_search_form_works_without_javascript(live_server, corpus, browser):
    context = browser.new_context(java_script_enabled=False, locale="fr-BE")
    page = context.new_page()
    try:
        page.goto(f"{live_server.url}/fr/")
        box = page.get_by_role("searchbox", name="Rechercher sur le site").first
        box.fill("AS")
        box.press("Enter")
        page.wait_for_url("**/fr/recherche/?q=AS")
        titles = page.locator(".search-result__title").all_inner_texts()
        assert "Aide-soignant" in titles[:3]
        assert "Assistant social" in titles[:3]
    finally:
        context.close()
