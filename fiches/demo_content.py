"""The demo profession sheets: the index page and the 22 sheets, in French with their Dutch
translation (made through wagtail-localize from the (French, Dutch) pairs of `demo_sheets`).

Idempotent: what exists (by slug) is left alone. With `--scale N`, N synthetic French sheets.
"""

import datetime
import itertools

from fiches.demo_sheets import SHEETS
from fiches.models import FicheIndexPage, FichePage
from home.demo import Glossary
from home.models import Region, Sector

INDEX = {
    "slug": "metiers",
    "title": ("Fiches métiers", "Beroepsfiches"),
    "search_description": (
        "Ce que font les professionnels du soin, du social et du non-marchand, comment s'y former, "
        "où le métier mène et ce qu'il rapporte.",
        "Wat professionals in de zorg, het welzijnswerk en de social profit doen, hoe je ervoor "
        "studeert, waar het beroep naartoe leidt en wat het verdient.",
    ),
    "introduction": (
        "Infirmier, puéricultrice, éducateur, logopède, comptable d'ASBL : découvrez en quoi "
        "consiste chaque métier, les formations qui y mènent en Belgique et en France, et ce qu'il "
        "rapporte, chiffres et sources à l'appui.",
        "Verpleegkundige, kinderverzorger, opvoeder, logopedist, boekhouder van een vzw: ontdek wat "
        "elk beroep inhoudt, welke opleidingen in België en Frankrijk ernaartoe leiden en wat het "
        "verdient, met cijfers en bronnen.",
    ),
}

LAST_REVIEWED = datetime.date(2026, 10, 5)

# The professions of the synthetic sheets of `--scale N` (French only).
SCALE_NAMES = [
    "Animateur en maison de repos",
    "Brancardier",
    "Aide-ménager social",
    "Secrétaire médical",
    "Coordinateur de crèche",
    "Médiateur de dettes",
    "Agent de suivi psychosocial",
    "Accompagnateur dans le secteur du handicap",
]


def load(context):
    """The sheet index under the French home, its sheets, and `--scale` synthetic sheets."""
    index = load_index(context)
    sectors = {sector.slug: sector for sector in Sector.objects.filter(locale=context.french)}
    regions = {region.slug: region for region in Region.objects.filter(locale=context.french)}
    created = 0
    for definition in SHEETS:
        created += load_sheet(context, index, definition, sectors, regions)
    context.log(f"Profession sheets: {created} created, {len(SHEETS) - created} already there.")
    if context.scale:
        load_scale(context, index)


def load_index(context):
    existing = FicheIndexPage.objects.child_of(context.home).filter(slug=INDEX["slug"]).first()
    if existing is not None:
        return existing
    glossary = Glossary()
    index = FicheIndexPage(
        slug=INDEX["slug"],
        title=glossary.french(INDEX["title"]),
        search_description=glossary.french(INDEX["search_description"]),
        introduction=glossary.french(INDEX["introduction"]),
        show_in_menus=True,
    )
    return context.publish_with_translation(context.home, index, glossary)


def bullet_list(glossary, pairs):
    return "<ul>" + "".join(f"<li>{glossary.french(pair)}</li>" for pair in pairs) + "</ul>"


def paragraph(glossary, pair):
    return f"<p>{glossary.french(pair)}</p>"


def training_paths(glossary, paths):
    return [
        (
            "training_path",
            {
                "diploma": glossary.french(path["diploma"]),
                "level": glossary.french(path["level"]),
                "duration": glossary.french(path["duration"]),
                "kind": path["kind"],
                "where": glossary.french(path["where"]),
                "link": path["link"],
            },
        )
        for path in paths
    ]


def build_sheet(definition, glossary, sectors, regions):
    """An unsaved French FichePage from one definition of `demo_sheets.SHEETS`."""
    name = glossary.french(definition["name"])
    page = FichePage(
        slug=definition["slug"],
        title=name,
        profession_name=name,
        feminine_name=glossary.french(definition["feminine"]),
        other_names=glossary.french(definition["other_names"]),
        summary=glossary.french(definition["summary"]),
        missions=bullet_list(glossary, definition["missions"]),
        skills=bullet_list(glossary, definition["skills"]),
        access_conditions=paragraph(glossary, definition["access"]),
        training_paths=training_paths(glossary, definition["training"]),
        career_prospects=paragraph(glossary, definition["prospects"]),
        working_conditions=paragraph(glossary, definition["conditions"]),
        is_shortage=bool(definition["shortage"]),
        is_regulated=definition["regulated"],
        rome_code=definition["rome"],
        last_reviewed=LAST_REVIEWED,
    )
    if definition["salary"]:
        (
            page.salary_beginner_min,
            page.salary_beginner_max,
            page.salary_experienced_min,
            page.salary_experienced_max,
        ) = definition["salary"]
        page.salary_source = glossary.french(definition["source"])
        page.salary_source_date = datetime.date.fromisoformat(definition["source_date"])
    page.sectors = [sectors[slug] for slug in definition["sectors"] if slug in sectors]
    page.shortage_regions = [regions[slug] for slug in definition["shortage"] if slug in regions]
    return page


def load_sheet(context, index, definition, sectors, regions):
    """Create and translate one sheet unless a sheet with its slug exists. Returns 1 if created."""
    if FichePage.objects.child_of(index).filter(slug=definition["slug"]).exists():
        return 0
    glossary = Glossary()
    page = build_sheet(definition, glossary, sectors, regions)
    context.publish_with_translation(index, page, glossary)
    return 1


def load_scale(context, index):
    """N synthetic French sheets, untranslated: the cost of a long A–Z list."""
    names = itertools.cycle(SCALE_NAMES)
    start = FichePage.objects.filter(slug__startswith="metier-synthetique-").count()
    for number in range(start + 1, start + context.scale + 1):
        name = f"{next(names)} {number}"
        page = FichePage(
            slug=f"metier-synthetique-{number}",
            title=name,
            profession_name=name,
            summary="Une fiche générée pour mesurer le coût d'une longue liste de métiers.",
            missions="<ul><li>Accueillir</li><li>Accompagner</li><li>Transmettre</li></ul>",
            salary_beginner_min=2200,
            salary_beginner_max=2500,
            salary_source="Barème IFIC 2025",
            salary_source_date=datetime.date(2025, 1, 1),
        )
        context.publish_with_translation(index, page, Glossary(), translate=False)
    context.log(f"{context.scale} synthetic profession sheets added.")
