"""Search engines find every public page in both languages, with its translations."""

import pytest

from home.factories import StandardPageFactory
from home.localization import translate_from_glossary

pytestmark = pytest.mark.django_db


def test_sitemap_lists_french_and_dutch_pages_with_their_alternates(client, homes, locales):
    about = StandardPageFactory(parent=homes.fr, title="À propos", slug="a-propos")
    translate_from_glossary(about, locales.nl, {"À propos": "Over ons"}, strict=False)
    draft = StandardPageFactory(parent=homes.fr, title="Brouillon", slug="brouillon")
    draft.unpublish()

    response = client.get("/sitemap.xml")

    content = response.content.decode()
    assert response.status_code == 200
    assert "<loc>http://localhost/fr/a-propos/</loc>" in content
    assert "<loc>http://localhost/nl/a-propos/</loc>" in content
    assert '<xhtml:link rel="alternate" hreflang="nl" href="http://localhost/nl/a-propos/"/>' in content
    x_default = '<xhtml:link rel="alternate" hreflang="x-default" href="http://localhost/fr/a-propos/"/>'
    assert x_default in content
    assert "brouillon" not in content


def test_a_page_without_translation_has_no_alternates(client, homes):
    StandardPageFactory(parent=homes.fr, title="Seulement en français", slug="seulement-fr")

    content = client.get("/sitemap.xml").content.decode()

    entry = content.split("<loc>http://localhost/fr/seulement-fr/</loc>")[1].split("</url>")[0]
    assert "xhtml:link" not in entry


@pytest.mark.parametrize("number_of_pages", [2, 30])
def test_sitemap_costs_the_same_queries_whatever_the_number_of_pages(
    homes, assert_page_queries, number_of_pages
):
    for _ in range(number_of_pages):
        StandardPageFactory(parent=homes.fr)

    # Its list of addresses is kept in the cache until the content changes.
    response = assert_page_queries("/sitemap.xml", after_a_change=4, then=0)

    assert response.content.decode().count("<url>") == number_of_pages + 2  # and the two home pages


def test_robots_txt_points_at_the_sitemap_and_keeps_robots_out_of_the_admin(client):
    content = client.get("/robots.txt").content.decode()

    assert "Disallow: /admin/" in content
    assert "Sitemap: http://testserver/sitemap.xml" in content
