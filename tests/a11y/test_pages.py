"""Every public page type, in French and in Dutch, as the site serves it: valid HTML for the W3C
Nu HTML checker and no WCAG 2.1 A or AA violation for axe-core."""

import pytest

from django.apps import apps

from wagtail.models import Page

from tests.a11y.conftest import LANGUAGES, PAGE_IDS, PAGE_TYPES

pytestmark = [pytest.mark.a11y, pytest.mark.e2e]

CONTENT_APPS = ("home", "portraits", "fiches", "events")


def test_every_public_page_type_is_checked_in_both_languages(checked_site):
    page_models = {
        model._meta.label
        for app_label in CONTENT_APPS
        for model in apps.get_app_config(app_label).get_models()
        if issubclass(model, Page)
    }
    assert page_models - checked_site.page_models == set()
    assert set(checked_site.urls) == {f"{name}-{language}" for name in PAGE_TYPES for language in LANGUAGES}


def test_both_checkers_report_the_errors_of_a_broken_page(checked_site):
    assert any("alt" in error for error in checked_site.broken_page_html_errors)
    rules = {violation.split(" ")[0] for violation in checked_site.broken_page_axe_violations}
    assert {"image-alt", "label"} <= rules


@pytest.mark.parametrize("page_id", PAGE_IDS)
def test_page_is_served_as_expected(checked_site, page_id):
    expected = 404 if page_id.startswith("not-found") else 200
    assert checked_site.statuses[page_id] == expected, checked_site.urls[page_id]


@pytest.mark.parametrize("page_id", PAGE_IDS)
def test_page_passes_the_w3c_html_checker(checked_site, page_id):
    errors = checked_site.html_errors[page_id]
    assert errors == [], f"{checked_site.urls[page_id]}:\n" + "\n".join(errors)


@pytest.mark.parametrize("page_id", PAGE_IDS)
def test_page_has_no_axe_violation(checked_site, page_id):
    violations = checked_site.axe_violations[page_id]
    assert violations == [], f"{checked_site.urls[page_id]}:\n" + "\n".join(violations)


@pytest.mark.parametrize("page_id", PAGE_IDS)
def test_page_fits_a_360px_phone_screen_without_sideways_scrolling(checked_site, page_id):
    assert checked_site.overflow[page_id] == 0, f"{checked_site.urls[page_id]} is too wide"
