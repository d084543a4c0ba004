"""Go-live and expiry dates, in both languages, through Wagtail's `publish_scheduled`."""

import datetime
import threading
from unittest import mock

import pytest

from django.core.management import call_command
from django.utils import timezone

from home.localization import translate_from_glossary
from home.management.commands.run_dev_server import run_scheduler
from portraits.factories import PortraitPageFactory

pytestmark = pytest.mark.django_db


def schedule(page, go_live_at, user):
    """What the publish button does with a go-live date in the future."""
    page.go_live_at = go_live_at
    page.save_revision(user=user).publish(user=user)
    page.refresh_from_db()
    return page


def publish_scheduled_later(hours):
    """Run `publish_scheduled` as the cron would, `hours` from now."""
    later = timezone.now() + datetime.timedelta(hours=hours)
    with mock.patch("django.utils.timezone.now", return_value=later):
        call_command("publish_scheduled")


@pytest.fixture
def dutch_draft(site):
    french = PortraitPageFactory(
        parent=site.portraits, fiche=site.fiche, title="Karim, éducateur", slug="karim"
    )
    return translate_from_glossary(
        french, site.homes.nl.locale, {"Karim, éducateur": "Karim, opvoeder"}, publish=False, strict=False
    )


def test_a_dutch_page_scheduled_for_later_goes_live_when_its_date_has_come(site, users, dutch_draft, client):
    go_live = timezone.now() + datetime.timedelta(hours=2)
    page = schedule(dutch_draft, go_live, users.moderator)
    assert not page.live and page.scheduled_revision is not None

    call_command("publish_scheduled")
    page.refresh_from_db()
    assert not page.live, "not before its date"
    assert client.get(dutch_draft.url).status_code == 404

    publish_scheduled_later(hours=3)
    page.refresh_from_db()
    assert page.live
    response = client.get(page.url)
    assert response.status_code == 200
    assert "Karim, opvoeder" in response.content.decode()


def test_a_french_page_past_its_expiry_date_is_taken_offline(site, users):
    page = PortraitPageFactory(parent=site.portraits, fiche=site.fiche)
    page.expire_at = timezone.now() - datetime.timedelta(minutes=1)
    page.save(update_fields=["expire_at"])
    call_command("publish_scheduled")
    page.refresh_from_db()
    assert not page.live and page.expired


def test_the_development_scheduler_publishes_what_is_due(site, users, dutch_draft):
    page = schedule(dutch_draft, timezone.now() + datetime.timedelta(hours=2), users.moderator)
    stop = threading.Event()
    stop.set()  # one run, then the loop ends
    later = timezone.now() + datetime.timedelta(hours=3)
    # The thread closes its own connection after each run; here it shares the test's.
    with (
        mock.patch("django.utils.timezone.now", return_value=later),
        mock.patch("home.management.commands.run_dev_server.close_old_connections") as close,
    ):
        run_scheduler(60, stop)
    assert close.called
    page.refresh_from_db()
    assert page.live
