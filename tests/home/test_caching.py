"""The shared cache of routes, navigation and footer (home/caching.py) never shows stale content:
each change an editor makes shows on the very next page view."""

import re

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

from home.factories import FooterTextFactory, StandardPageFactory
from home.localization import translate_from_glossary

pytestmark = pytest.mark.django_db


def menu_titles(response):
    nav = re.search(r'<nav class="site-nav".*?</nav>', response.content.decode(), re.S)
    return re.findall(r"<a [^>]*>([^<]+)</a>", nav.group(0)) if nav else []


def switcher_link(response, language_code):
    match = re.search(rf'<a href="([^"]+)" hreflang="{language_code}"', response.content.decode())
    return match.group(1) if match else None


@pytest.fixture
def about(homes):
    page = StandardPageFactory(parent=homes.fr, title="À propos", slug="a-propos", show_in_menus=True)
    return page


def test_a_page_served_from_the_cache_costs_one_query(client, about):
    client.get("/fr/a-propos/")  # fills the cache

    with CaptureQueriesContext(connection) as queries:
        response = client.get("/fr/a-propos/")

    assert response.status_code == 200
    assert "<h1>À propos</h1>" in response.content.decode()
    # Only the page itself: site, route, restrictions, menu, switcher and footer come from the cache.
    assert len(queries) == 1, "\n".join(query["sql"] for query in queries)


def test_a_published_page_appears_in_the_menu_at_once(client, homes, about):
    assert menu_titles(client.get("/fr/")) == ["À propos"]

    contact = StandardPageFactory(parent=homes.fr, title="Contact", slug="contact", show_in_menus=True)
    contact.save_revision().publish()

    assert menu_titles(client.get("/fr/")) == ["À propos", "Contact"]
    assert client.get("/fr/contact/").status_code == 200


def test_an_unpublished_page_leaves_the_menu_and_its_address_at_once(client, about):
    assert client.get("/fr/a-propos/").status_code == 200
    assert menu_titles(client.get("/fr/")) == ["À propos"]

    about.unpublish()

    assert client.get("/fr/a-propos/").status_code == 404
    assert menu_titles(client.get("/fr/")) == []


def test_a_new_title_and_the_menu_flag_show_at_once(client, about):
    client.get("/fr/a-propos/")

    about.title = "Qui sommes-nous ?"
    about.save_revision().publish()
    assert menu_titles(client.get("/fr/a-propos/")) == ["Qui sommes-nous ?"]

    about.show_in_menus = False
    about.save_revision().publish()
    assert menu_titles(client.get("/fr/a-propos/")) == []


def test_a_new_slug_and_a_move_change_the_address_at_once(client, homes, about):
    child_parent = StandardPageFactory(parent=homes.fr, title="Infos", slug="infos")
    assert client.get("/fr/a-propos/").status_code == 200

    about.slug = "qui-sommes-nous"
    about.save_revision().publish()
    assert client.get("/fr/a-propos/").status_code == 404
    assert client.get("/fr/qui-sommes-nous/").status_code == 200

    # Standard pages take no children in the editor; the tree move itself is what is under test.
    about.move(child_parent, pos="last-child")
    old_address = client.get("/fr/qui-sommes-nous/")
    # Wagtail keeps a redirect from the old address of a moved page.
    assert old_address.status_code == 301
    assert old_address["Location"] == "/fr/infos/qui-sommes-nous/"
    assert client.get("/fr/infos/qui-sommes-nous/").status_code == 200


def test_a_footer_edit_shows_at_once(client, homes):
    footer = FooterTextFactory(body="<p>Une campagne des fédérations du secteur.</p>")
    assert "Une campagne des fédérations du secteur." in client.get("/fr/").content.decode()

    footer.body = "<p>Contact : info@jaimemonmetier.be</p>"
    footer.save()

    content = client.get("/fr/").content.decode()
    assert "Contact : info@jaimemonmetier.be" in content
    assert "fédérations du secteur" not in content


def test_a_new_translation_shows_in_the_language_switcher_at_once(client, locales, about):
    assert switcher_link(client.get("/fr/a-propos/"), "nl") != "/nl/a-propos/"

    translate_from_glossary(about, locales.nl, {"À propos": "Over ons"}, strict=False)

    assert switcher_link(client.get("/fr/a-propos/"), "nl") == "/nl/a-propos/"
    assert menu_titles(client.get("/nl/")) == ["Over ons"]


def test_a_view_restriction_applies_at_once(client, about):
    assert client.get("/fr/a-propos/").status_code == 200

    PageViewRestriction.objects.create(page=about, restriction_type=PageViewRestriction.LOGIN)

    response = client.get("/fr/a-propos/")
    assert response.status_code == 302
    assert "/_util/login/" in response["Location"] or "login" in response["Location"]


def test_a_preview_of_a_draft_is_never_cached(rf, about):
    from home.caching import cached

    request = rf.get("/fr/a-propos/")
    request.is_preview = True
    cached(request, "draft-title", (about.pk,), lambda: "Brouillon")

    live = rf.get("/fr/a-propos/")
    assert cached(live, "draft-title", (about.pk,), lambda: "À propos") == "À propos"
