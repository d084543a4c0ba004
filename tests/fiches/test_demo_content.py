"""The demo loader builds the 22 profession sheets in French and Dutch, once."""

import io

import pytest

from fiches import demo_content
from fiches.models import FicheIndexPage, FichePage
from home import demo_content as home_demo_content
from home.demo import DemoContext

pytestmark = pytest.mark.django_db

SLUGS = {
    "infirmier", "aide-soignant", "educateur-specialise", "accompagnant-educatif-et-social",
    "assistante-maternelle", "auxiliaire-de-puericulture", "educateur-de-jeunes-enfants",
    "infirmiere-puericultrice", "garde-d-enfants-a-domicile", "famille-d-accueil",
    "delegue-a-la-protection-de-la-jeunesse", "kinesitherapeute", "logopede", "ergotherapeute",
    "psychomotricien", "assistant-social", "psychologue", "moniteur-en-entreprise-de-travail-adapte",
    "aide-familiale", "conseiller-en-prevention", "directeur-de-maison-de-repos", "comptable-non-marchand",
}  # fmt: skip


def test_demo_loader_creates_the_22_sheets_in_both_languages_and_is_idempotent(client, locales):
    context = DemoContext(stdout=io.StringIO())
    home_demo_content.load(context)

    demo_content.load(context)

    french = FichePage.objects.live().filter(locale=locales.fr)
    dutch = FichePage.objects.live().filter(locale=locales.nl)
    assert set(french.values_list("slug", flat=True)) == SLUGS
    assert set(dutch.values_list("slug", flat=True)) == SLUGS
    assert FicheIndexPage.objects.get(locale=locales.nl).title == "Beroepsfiches"
    assert (
        french.filter(is_shortage=True, slug__in=["infirmier", "aide-soignant", "kinesitherapeute"]).count()
        == 3
    )
    infirmier = french.get(slug="infirmier")
    assert set(infirmier.shortage_regions.values_list("slug", flat=True)) >= {"bruxelles", "wallonie"}
    assert infirmier.salary_source.startswith("Barème IFIC")

    dutch_page = client.get("/nl/metiers/infirmier/").content.decode()
    assert "Verpleegkundige" in dutch_page
    assert "Voorgeschreven behandelingen klaarmaken en toedienen" in dutch_page
    assert "Gezondheidszorg" in dutch_page
    french_index = client.get("/fr/metiers/").content.decode()
    assert "22 fiches métiers" in french_index

    context.scale = 2
    demo_content.load(context)

    assert FichePage.objects.filter(locale=locales.fr).count() == 24
    assert FichePage.objects.filter(locale=locales.nl).count() == 22
    assert "Profession sheets: 0 created, 22 already there." in context.stdout.getvalue()
