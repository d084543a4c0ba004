"""Partner organisations find kits and download their files, grouped by kind, with format and size."""

import re

import pytest

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtailmedia.models import get_media_model

from events import demo_files
from events.factories import PartnerKitPageFactory
from home.localization import translate_from_glossary

pytestmark = pytest.mark.django_db


def text_of(response):
    return re.sub(r"\s+", " ", response.content.decode()).replace("&#x27;", "'")


@pytest.fixture
def files():
    poster = get_document_model().objects.create(
        title="Affiche A3",
        file=ContentFile(demo_files.make_poster_pdf("Affiche", ["Ligne"]), name="affiche.pdf"),
    )
    square = get_image_model().objects.create(
        title="Carré", file=ContentFile(demo_files.make_visual_png(1080, 1080, "Carré"), name="carre.png")
    )
    story = get_image_model().objects.create(
        title="Story", file=ContentFile(demo_files.make_visual_png(1080, 1920, "Story"), name="story.png")
    )
    banner = get_image_model().objects.create(
        title="Bannière",
        file=ContentFile(demo_files.make_visual_png(1500, 500, "Bannière"), name="banniere.png"),
    )
    spot = get_media_model().objects.create(
        title="Spot",
        type="audio",
        duration=4,
        file=ContentFile(demo_files.make_jingle_wav(), name="spot.wav"),
    )
    return {"poster": poster, "square": square, "story": story, "banner": banner, "spot": spot}


def kit_assets(files):
    return [
        (
            "post",
            {
                "title": "Publication Facebook",
                "text": "Nos portes sont ouvertes.",
                "hashtags": "#JaimeMonMetier",
            },
        ),
        ("visual", {"title": "Visuel carré", "image": files["square"]}),
        (
            "poster",
            {
                "title": "Affiche de la semaine",
                "document": files["poster"],
                "preview": None,
                "description": "A3",
            },
        ),
        ("visual", {"title": "Story Instagram", "image": files["story"]}),
        ("visual", {"title": "Bannière LinkedIn", "image": files["banner"]}),
        ("audio", {"title": "Spot radio", "media": files["spot"]}),
        ("logo", {"title": "Logo de la campagne", "image": files["square"]}),
    ]


def test_a_kit_shows_its_assets_grouped_by_kind_with_format_size_and_download_link(client, kit_index, files):
    kit = PartnerKitPageFactory(
        parent=kit_index.fr, title="Kit semaine des métiers", assets=kit_assets(files)
    )

    response = client.get(kit.url)
    html = text_of(response)

    assert response.status_code == 200
    headings = re.findall(r'<h2 id="[a-z-]+-heading">([^<]+)</h2>', html)
    assert headings == [
        "Pour quels partenaires",
        "Affiches et imprimés",
        "Visuels pour les réseaux sociaux",
        "Vidéos et audio",
        "Textes prêts à publier",
        "Logos",
        "Conditions d'utilisation et crédits",
    ]
    size = files["poster"].file.size
    assert size < 1024
    assert (
        f'<span class="asset__format">PDF</span> · A3 · <span class="asset__size">{size} octets</span>'
        in html
    )
    assert f'href="{files["poster"].url}" download' in html
    assert "Carré · 1080 × 1080" in html and "Story · 1080 × 1920" in html and "Bannière · 1500 × 500" in html
    assert '<span class="asset__format">PNG</span>' in html
    assert f'href="{files["square"].file.url}" download' in html
    assert '<span class="asset__format">WAV</span> · 0:04 · <span class="asset__size">62,5 Kio</span>' in html
    assert "#JaimeMonMetier" in html
    assert "Écoles, agences pour l'emploi" in html
    assert "Photos : Léa Martin." in html


def test_file_sizes_are_written_in_the_visitors_language(client, kit_index, files, locales):
    kit = PartnerKitPageFactory(parent=kit_index.fr, title="Kit radio", assets=kit_assets(files))
    dutch = translate_from_glossary(kit, locales.nl, {"Kit radio": "Radiokit"}, strict=False)

    html = text_of(client.get(dutch.url))

    assert '<html lang="nl">' in html
    assert "<h1>Radiokit</h1>" in html
    assert '<span class="asset__format">WAV</span> · 0:04 · <span class="asset__size">62,5 KB</span>' in html
    assert "Video's en audio" in html
    assert "Downloaden" in html


def test_the_kit_index_lists_live_kits_of_its_language_with_their_file_count(client, kit_index, files):
    PartnerKitPageFactory(parent=kit_index.fr, title="Kit petite enfance", assets=kit_assets(files))
    PartnerKitPageFactory(parent=kit_index.fr, title="Kit en préparation", live=False)

    html = text_of(client.get(kit_index.fr.url))

    assert "Kit petite enfance" in html
    assert "7 fichiers à télécharger" in html
    assert "Kit en préparation" not in html


def test_a_kit_is_reached_under_the_kit_index(client, kit_index):
    kit = PartnerKitPageFactory(parent=kit_index.fr, title="Kit local", slug="kit-local")

    assert kit.url == "/fr/kits/kit-local/"
    assert client.get("/fr/kits/kit-local/").status_code == 200
    assert client.get("/fr/kits/").status_code == 200


def test_the_generated_poster_is_a_well_formed_pdf():
    pdf = demo_files.make_poster_pdf("Les métiers du soin (recrutent)", ["Œuvre \\ sociale"])

    assert pdf.startswith(b"%PDF-1.4") and pdf.rstrip().endswith(b"%%EOF")
    startxref = int(pdf.rsplit(b"startxref", 1)[1].split()[0])
    assert pdf[startxref:].startswith(b"xref")
    assert b"\\(recrutent\\)" in pdf
