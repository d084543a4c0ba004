"""A visitor uses the site on a small phone, 360 px wide: nothing scrolls sideways, the whole
menu is on screen and works with a finger or the keyboard, without JavaScript too."""

import pytest

from fiches.factories import FicheIndexPageFactory, FichePageFactory
from home.factories import StandardPageFactory
from portraits.factories import PortraitIndexPageFactory, PortraitPageFactory

pytestmark = pytest.mark.django_db(transaction=True)

PHONE = {"width": 360, "height": 740}
MENU = ["Fiches métiers", "Portraits", "Agenda", "Kits pour les partenaires", "À propos de la campagne"]


@pytest.fixture
def phone_site(homes):
    for title in MENU:
        if title == "Portraits":
            portraits = PortraitIndexPageFactory(
                parent=homes.fr, title=title, slug="portraits", show_in_menus=True
            )
        elif title == "Fiches métiers":
            fiches = FicheIndexPageFactory(parent=homes.fr, title=title, slug="metiers", show_in_menus=True)
        else:
            StandardPageFactory(parent=homes.fr, title=title, show_in_menus=True)
    fiche = FichePageFactory(parent=fiches, profession_name="Délégué à la protection de la jeunesse")
    return PortraitPageFactory(
        parent=portraits,
        fiche=fiche,
        title="Accompagner les familles quand tout vacille, sans jamais juger",
        job_title="Déléguée au service de protection de la jeunesse",
    )


@pytest.fixture(params=["with JavaScript", "without JavaScript"])
def phone(browser, request):
    context = browser.new_context(
        viewport=PHONE,
        locale="fr-BE",
        is_mobile=True,
        has_touch=True,
        java_script_enabled=request.param == "with JavaScript",
    )
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def sideways_overflow(page):
    return page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")


def test_the_home_page_fits_a_360px_screen_and_every_menu_link_is_on_it(live_server, phone_site, phone):
    phone.goto(f"{live_server.url}/fr/")

    assert sideways_overflow(phone) == 0
    menu = phone.get_by_role("navigation", name="Navigation principale")
    for title in MENU:
        link = menu.get_by_role("link", name=title)
        assert link.is_visible()
        box = link.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], title
        assert box["height"] >= 36, f"{title}: a target of {box['height']} px is too small for a finger"


def test_a_visitor_taps_a_menu_link_and_reads_a_portrait_on_a_phone(live_server, phone_site, phone):
    phone.goto(f"{live_server.url}/fr/")

    phone.get_by_role("navigation", name="Navigation principale").get_by_role("link", name="Portraits").tap()

    phone.wait_for_url(f"{live_server.url}/fr/portraits/")
    assert sideways_overflow(phone) == 0
    current = phone.get_by_role("navigation", name="Navigation principale").locator("[aria-current=page]")
    assert current.inner_text() == "Portraits"

    phone.goto(f"{live_server.url}{phone_site.url}")
    assert phone.locator("h1").is_visible()
    assert sideways_overflow(phone) == 0


def test_the_menu_is_reachable_with_the_keyboard_and_shows_where_the_focus_is(live_server, phone_site, phone):
    phone.goto(f"{live_server.url}/fr/")
    target = phone.get_by_role("navigation", name="Navigation principale").get_by_role(
        "link", name="À propos de la campagne"
    )

    for _ in range(30):
        phone.keyboard.press("Tab")
        if target.evaluate("element => element === document.activeElement"):
            break
    else:
        pytest.fail("Tab never reached the last menu link")
    outline = target.evaluate(
        "element => getComputedStyle(element).outlineStyle + ' ' + getComputedStyle(element).outlineWidth"
    )
    assert outline.startswith("solid") and not outline.endswith(" 0px")

    phone.keyboard.press("Enter")
    phone.wait_for_url(f"{live_server.url}/fr/a-propos-de-la-campagne/")
    assert phone.locator("h1").inner_text() == "À propos de la campagne"
