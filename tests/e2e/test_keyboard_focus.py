"""A keyboard user always sees where the focus is: every element reached with Tab draws a focus
ring, itself or on the card it belongs to."""

import pytest

from fiches.factories import FicheIndexPageFactory, FichePageFactory
from home.models import HomePageFeaturedPortrait
from portraits.factories import PortraitIndexPageFactory, PortraitPageFactory

pytestmark = pytest.mark.django_db(transaction=True)

FOCUS_RING = """element => {
    const drawn = node => {
        const style = getComputedStyle(node);
        return style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
    };
    if (drawn(element)) return true;
    const card = element.closest("article");
    return Boolean(card && drawn(card));
}"""


@pytest.fixture
def home_with_content(homes):
    fiches = FicheIndexPageFactory(
        parent=homes.fr, title="Fiches métiers", slug="metiers", show_in_menus=True
    )
    nurse = FichePageFactory(parent=fiches, profession_name="Infirmier", is_shortage=True)
    portraits = PortraitIndexPageFactory(
        parent=homes.fr, title="Portraits", slug="portraits", show_in_menus=True
    )
    portrait = PortraitPageFactory(parent=portraits, fiche=nurse, first_name="Nadia")
    PortraitPageFactory(parent=portraits, fiche=nurse, first_name="Karim")
    homes.fr.featured_portraits = [HomePageFeaturedPortrait(portrait=portrait)]
    homes.fr.save_revision().publish()
    return homes.fr


def test_every_element_reached_with_the_tab_key_on_the_home_page_shows_a_focus_ring(
    live_server, home_with_content, page
):
    page.goto(f"{live_server.url}/fr/")
    seen = []
    for _ in range(60):
        page.keyboard.press("Tab")
        focused = page.evaluate_handle("document.activeElement")
        if focused.evaluate("e => e === document.body"):
            break  # past the last element of the page
        description = focused.evaluate(
            "e => e.tagName + ' ' + (e.textContent || e.name || '').trim().slice(0, 40)"
        )
        if description in seen:
            break
        seen.append(description)
        assert focused.evaluate(FOCUS_RING), f"no visible focus on {description}"
    assert len(seen) >= 10, seen  # skip link, languages, brand, search, menu, calls to action, cards…
    assert any("Nadia" in item for item in seen)
