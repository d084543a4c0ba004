"""A visitor opens the French site and switches to Dutch."""

import pytest

pytestmark = pytest.mark.django_db(transaction=True)


def test_visitor_switches_from_french_to_dutch_with_the_language_switcher(live_server, homes, page):
    page.goto(f"{live_server.url}/fr/")
    assert page.locator("html").get_attribute("lang") == "fr"
    assert page.locator("h1").inner_text() == "Des métiers qui ont du sens"

    page.get_by_role("navigation", name="Langue").get_by_role("link", name="Nederlands").click()

    page.wait_for_url(f"{live_server.url}/nl/")
    assert page.locator("html").get_attribute("lang") == "nl"
    assert page.locator("h1").inner_text() == "Beroepen die zin geven"
    assert page.get_by_role("link", name="Naar de inhoud").count() == 1


def test_visitor_reaches_the_content_with_the_skip_link(live_server, homes, page):
    page.goto(f"{live_server.url}/nl/")

    page.keyboard.press("Tab")
    skip_link = page.get_by_role("link", name="Naar de inhoud")
    assert skip_link.evaluate("element => element === document.activeElement")
    assert skip_link.is_visible()
    page.keyboard.press("Enter")

    assert page.evaluate("document.activeElement.id") == "main"
