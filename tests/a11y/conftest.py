"""The demo site served by the live test server, checked page by page with the W3C Nu HTML
checker (vnu-jar, run once with Java over every saved page) and axe-core (injected into each
page in Chromium). Both tools come from the project's package-lock.json (`npm ci`).

Everything is checked once per module, in the `checked_site` fixture: loading the demo content
takes tens of seconds, and Java takes seconds to start. The tests then read its results.
"""

import json
import os
import shutil
import subprocess
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from django.core.management import call_command
from django.utils import translation

from wagtail.models import Locale, Page

from tests.e2e.conftest import CHROMIUM, CHROMIUM_ARGS

ROOT = Path(__file__).resolve().parents[2]
VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
AXE_JS = ROOT / "node_modules" / "axe-core" / "axe.min.js"
JAVA = shutil.which("java")
LANGUAGES = ("fr", "nl")
# axe-core rules of WCAG 2.0 and 2.1, levels A and AA.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def live(model, language, **filters):
    return model.objects.live().filter(locale__language_code=language, **filters).order_by("path").first()


def url_of(page):
    return page.url if page is not None else None


def portrait_of_format(language, page_format):
    from portraits.models import PortraitPage

    return url_of(live(PortraitPage, language, format=page_format))


def filtered_portraits(language):
    """The portrait listing filtered by the job and the format of a podcast portrait."""
    from portraits.models import PortraitIndexPage, PortraitPage

    podcast = live(PortraitPage, language, format="podcast", fiche__isnull=False)
    index = live(PortraitIndexPage, language)
    if podcast is None or index is None:
        return None
    return f"{index.url}?profession={podcast.fiche.localized.slug}&format=podcast"


def filtered_agenda(language):
    """The agenda filtered by the region of its first upcoming event."""
    from django.utils import timezone

    from events.models import EventIndexPage, EventPage

    index = live(EventIndexPage, language)
    event = (
        EventPage.objects.live()
        .filter(locale__language_code=language, end__gte=timezone.now(), region__isnull=False)
        .select_related("region")
        .order_by("start")
        .first()
    )
    if index is None or event is None:
        return None
    return f"{index.url}?region={event.region.slug}"


def agenda_archive(language):
    from events.models import EventIndexPage

    index = live(EventIndexPage, language)
    return f"{index.url}archive/" if index else None


def search_results(language):
    """The search page with results: the query is the name of the first profession sheet."""
    from django.urls import reverse

    from fiches.models import FichePage

    fiche = live(FichePage, language)
    return f"{reverse('search')}?q={fiche.profession_name.split()[0]}" if fiche else None


def model_url(label):
    def resolve(language):
        from django.apps import apps

        return url_of(live(apps.get_model(label), language))

    return resolve


# Every page type a visitor can reach, by a readable name: a function of the language gives the
# URL of a real page of the demo content.
PAGE_TYPES = {
    "home": model_url("home.HomePage"),
    "standard-page": model_url("home.StandardPage"),
    "portrait-index": model_url("portraits.PortraitIndexPage"),
    "portrait-index-filtered": filtered_portraits,
    "portrait-article": lambda language: portrait_of_format(language, "article"),
    "portrait-video": lambda language: portrait_of_format(language, "video"),
    "portrait-podcast": lambda language: portrait_of_format(language, "podcast"),
    "fiche-index": model_url("fiches.FicheIndexPage"),
    "fiche": model_url("fiches.FichePage"),
    "agenda": model_url("events.EventIndexPage"),
    "agenda-filtered": filtered_agenda,
    "agenda-archive": agenda_archive,
    "event": model_url("events.EventPage"),
    "kit-index": model_url("events.PartnerKitIndexPage"),
    "kit": model_url("events.PartnerKitPage"),
    "search-results": search_results,
    "not-found": lambda language: f"/{language}/cette-page-n-existe-pas/",
}

PAGE_IDS = [f"{name}-{language}" for name in PAGE_TYPES for language in LANGUAGES]


@dataclass
class CheckedSite:
    urls: dict = field(default_factory=dict)  # page id → path
    statuses: dict = field(default_factory=dict)  # page id → HTTP status
    html_errors: dict = field(default_factory=dict)  # page id → ["line N: message", …]
    axe_violations: dict = field(default_factory=dict)  # page id → ["rule (impact): help → targets", …]
    page_models: set = field(default_factory=set)  # "app.Model" of every page checked
    overflow: dict = field(default_factory=dict)  # page id → pixels the page scrolls sideways at 360 px
    # What each checker reports on a page known to be wrong: proof that the checks can fail.
    broken_page_html_errors: list = field(default_factory=list)
    broken_page_axe_violations: list = field(default_factory=list)


# An image without a text alternative and a field without a label: an error for both checkers.
BROKEN_PAGE = (
    '<!DOCTYPE html><html lang="fr"><head><title>Cassée</title></head>'
    '<body><main><img src="photo.jpg"><input type="text"></main></body></html>'
)


def require_tools():
    missing = []
    if JAVA is None:
        missing.append("java (Debian package openjdk-17-jre-headless)")
    if not VNU_JAR.exists() or not AXE_JS.exists():
        missing.append("vnu-jar and axe-core (run `npm ci` at the project root, or `make install-dev`)")
    if not CHROMIUM.exists():
        missing.append(f"{CHROMIUM} (Debian package 'chromium')")
    if missing:
        message = "Accessibility and HTML checks cannot run, missing: " + "; ".join(missing)
        if os.environ.get("E2E_REQUIRED"):
            pytest.fail(message)
        pytest.skip(message)


def load_demo_site():
    """The demo campaign in an empty test database (browser tests flush it, tree root included)."""
    Locale.objects.get_or_create(language_code="fr")
    Locale.objects.get_or_create(language_code="nl")
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", locale=Locale.objects.get(language_code="fr")))
    with open(os.devnull, "w") as devnull:
        call_command("load_demo_content", stdout=devnull)


def fetch(url):
    try:
        with urllib.request.urlopen(url) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def run_vnu(files):
    """{file name: [error, …]} from one run of the Nu HTML checker over every file."""
    result = subprocess.run(
        [JAVA, "-jar", str(VNU_JAR), "--format", "json", "--exit-zero-always", *map(str, files)],
        capture_output=True,
        text=True,
        check=True,
    )
    errors = {Path(file).name: [] for file in files}
    for message in json.loads(result.stderr)["messages"]:
        if message["type"] in ("error", "non-document-error"):
            name = Path(message.get("url", "").removeprefix("file:")).name
            line = message.get("lastLine", "?")
            extract = message.get("extract", "").strip()
            errors.setdefault(name, []).append(f"line {line}: {message['message']} [{extract}]")
    return errors


def run_axe(browser, urls, width=1280):
    """{page id: [violation, …]} from axe-core's WCAG 2.1 A and AA rules, page by page."""
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.set_default_timeout(30_000)
    violations = {}
    try:
        for page_id, path in urls.items():
            page.goto(path)
            page.add_script_tag(path=str(AXE_JS))
            found = page.evaluate(
                "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})"
                ".then(result => result.violations)",
                AXE_TAGS,
            )
            violations[page_id] = [
                f"{item['id']} ({item['impact']}): {item['help']} → "
                + ", ".join(" ".join(node["target"]) for node in item["nodes"][:5])
                for item in found
            ]
    finally:
        context.close()
    return violations


def measure_overflow(browser, urls, width=360):
    """{page id: how many pixels the page is wider than a phone's screen}."""
    context = browser.new_context(viewport={"width": width, "height": 740}, is_mobile=True)
    page = context.new_page()
    page.set_default_timeout(30_000)
    overflow = {}
    try:
        for page_id, url in urls.items():
            page.goto(url)
            overflow[page_id] = page.evaluate(
                "document.documentElement.scrollWidth - document.documentElement.clientWidth"
            )
        return overflow
    finally:
        context.close()


@pytest.fixture(scope="module")
def checked_site(django_db_setup, django_db_blocker, live_server, tmp_path_factory):
    require_tools()
    site = CheckedSite()
    html_dir = tmp_path_factory.mktemp("served-pages")
    with django_db_blocker.unblock():
        load_demo_site()
        for name, resolve in PAGE_TYPES.items():
            for language in LANGUAGES:
                with translation.override(language):
                    path = resolve(language)
                if path is not None:
                    site.urls[f"{name}-{language}"] = path
        paths = {path.split("?")[0] for path in site.urls.values()}
        for page in Page.objects.live().filter(depth__gt=1).specific():
            if page.url in paths:
                site.page_models.add(page._meta.label)

        files = []
        for page_id, path in site.urls.items():
            status, body = fetch(live_server.url + path)
            site.statuses[page_id] = status
            file = html_dir / f"{page_id}.html"
            file.write_bytes(body)
            files.append(file)
        broken = html_dir / "broken-page.html"
        broken.write_text(BROKEN_PAGE)
        errors = run_vnu([*files, broken])
        site.html_errors = {file.stem: errors.get(file.name, []) for file in files}
        site.broken_page_html_errors = errors["broken-page.html"]

        from playwright.sync_api import sync_playwright

        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            try:
                site.axe_violations = run_axe(
                    browser,
                    {page_id: live_server.url + path for page_id, path in site.urls.items()}
                    | {"broken-page": broken.as_uri()},
                )
                site.broken_page_axe_violations = site.axe_violations.pop("broken-page")
                site.overflow = measure_overflow(
                    browser, {page_id: live_server.url + path for page_id, path in site.urls.items()}
                )
            finally:
                browser.close()
    return site
