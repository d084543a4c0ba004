"""schema.org JSON-LD of a profession sheet: an `Occupation` that search engines understand."""

import re

from django.conf import settings
from django.utils.html import strip_tags
from django.utils.text import normalize_newlines
from django.utils.translation import gettext as _

LIST_ITEM = re.compile(r"<li[^>]*>(.*?)</li>", re.DOTALL)


def plain_text(html):
    """Rich text as one line of plain text."""
    return " ".join(strip_tags(normalize_newlines(html or "")).split())


def list_items(html):
    """The bullets of a rich text list, or its whole text when it has no list."""
    items = [plain_text(item) for item in LIST_ITEM.findall(html or "")]
    items = [item for item in items if item]
    if items:
        return items
    text = plain_text(html)
    return [text] if text else []


def salary_distributions(page):
    """One MonetaryAmountDistribution per career stage, gross per month (P1M) in euros."""
    distributions = []
    for name, low, high in (
        (_("Beginner"), page.salary_beginner_min, page.salary_beginner_max),
        (_("Experienced"), page.salary_experienced_min, page.salary_experienced_max),
    ):
        if low is None and high is None:
            continue
        distribution = {
            "@type": "MonetaryAmountDistribution",
            "name": str(name),
            "currency": "EUR",
            "duration": "P1M",
        }
        if low is not None:
            distribution["percentile10"] = low
        if high is not None:
            distribution["percentile90"] = high
        distributions.append(distribution)
    return distributions


def occupational_categories(page):
    categories = []
    if page.rome_code:
        categories.append(
            {
                "@type": "CategoryCode",
                "codeValue": page.rome_code,
                "inCodeSet": {"@type": "CategoryCodeSet", "name": "ROME"},
            }
        )
    if page.esco_uri:
        categories.append(
            {
                "@type": "CategoryCode",
                "codeValue": page.esco_uri.rsplit("/", 1)[-1],
                "url": page.esco_uri,
                "inCodeSet": {"@type": "CategoryCodeSet", "name": "ESCO"},
            }
        )
    return categories


def education_requirements(page):
    return [
        {
            "@type": "EducationalOccupationalCredential",
            "name": block.value["diploma"],
            "credentialCategory": str(block.value.kind_label),
            **({"educationalLevel": block.value["level"]} if block.value["level"] else {}),
            **({"url": block.value["link"]} if block.value["link"] else {}),
        }
        for block in page.training_paths
        if block.block_type == "training_path"
    ]


def occupation_location(regions):
    if regions:
        return [{"@type": "AdministrativeArea", "name": region.name} for region in regions]
    return [{"@type": "Country", "name": "BE"}]


def translation_links(page, request):
    """workTranslation (from the French source) or translationOfWork (from a translation)."""
    source_language = settings.LANGUAGE_CODE
    others = page.get_translations().live().select_related("locale")
    links = {}
    for other in others:
        reference = {
            "@type": "WebPage",
            "@id": other.get_full_url(request=request),
            "inLanguage": other.locale.language_code,
        }
        if other.locale.language_code == source_language:
            links["translationOfWork"] = reference
        else:
            links.setdefault("workTranslation", []).append(reference)
    return links


def occupation_json_ld(page, request, regions=()):
    """The page as a schema.org `Occupation` dictionary, ready for JSON serialisation."""
    url = page.get_full_url(request=request)
    data = {
        "@context": "https://schema.org",
        "@type": "Occupation",
        "@id": url,
        "url": url,
        "name": page.profession_name,
        "description": page.summary or page.search_description or page.title,
        "occupationLocation": occupation_location(regions),
    }
    alternate_names = [name for name in [page.feminine_name, *page.other_names_list] if name]
    if alternate_names:
        data["alternateName"] = alternate_names
    categories = occupational_categories(page)
    if categories:
        data["occupationalCategory"] = categories
    distributions = salary_distributions(page)
    if distributions:
        data["estimatedSalary"] = distributions
    education = education_requirements(page)
    if education:
        data["educationRequirements"] = education
    qualifications = plain_text(page.access_conditions)
    if qualifications:
        data["qualifications"] = qualifications
    skills = list_items(page.skills)
    if skills:
        data["skills"] = skills
    responsibilities = list_items(page.missions)
    if responsibilities:
        data["responsibilities"] = responsibilities
    # workTranslation and translationOfWork belong to creative works: they sit on the web page
    # that carries the occupation, which links the French and Dutch versions of the sheet.
    web_page = {"@type": "WebPage", "@id": url, "inLanguage": page.locale.language_code}
    if page.last_reviewed:
        web_page["lastReviewed"] = page.last_reviewed.isoformat()
    web_page.update(translation_links(page, request))
    data["mainEntityOfPage"] = web_page
    return data
