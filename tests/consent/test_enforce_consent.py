"""The daily `enforce_consent` command takes expired and withdrawn portraits offline, tells the moderators."""

import datetime
import logging
from io import StringIO

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from wagtail.models import PageLogEntry
from wagtail.users.models import UserProfile

from portraits.consent import ENFORCE_ACTION
from portraits.models import PortraitPage

YESTERDAY = timezone.localdate() - datetime.timedelta(days=1)


def run():
    out = StringIO()
    call_command("enforce_consent", stdout=out)
    return out.getvalue()


@pytest.fixture
def moderators(db):
    group, _created = Group.objects.get_or_create(name="Modérateurs")
    users = {}
    for username, language in (("camille", "fr"), ("joost", "nl"), ("anne", "")):
        user = get_user_model().objects.create_user(
            username, f"{username}@example.org", "pw", first_name=username
        )
        user.groups.add(group)
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
        users[username] = user
    return users


@pytest.fixture
def portraits(make_portrait, translate):
    """An expired portrait in French and Dutch, a withdrawn one in French, a valid one in both."""
    expired = make_portrait(live=True, slug="expire", consent_expires_on=YESTERDAY)
    expired_nl = translate(make_portrait(live=True, slug="expire-bis"))
    PortraitPage.objects.filter(translation_key=expired_nl.translation_key).update(
        consent_expires_on=YESTERDAY
    )
    withdrawn = make_portrait(live=True, slug="retire", consent_withdrawn_on=timezone.localdate())
    valid = make_portrait(live=True, slug="valable")
    valid_nl = translate(valid)
    return {
        "expired": expired,
        "expired_bilingual": PortraitPage.objects.filter(translation_key=expired_nl.translation_key),
        "withdrawn": withdrawn,
        "valid": [valid, valid_nl],
    }


def live(page):
    return PortraitPage.objects.get(pk=page.pk).live


def test_expired_and_withdrawn_portraits_go_offline_in_every_language(client, moderators, portraits):
    output = run()

    assert not live(portraits["expired"])
    assert not live(portraits["withdrawn"])
    for page in portraits["expired_bilingual"]:
        assert not page.live
        assert client.get(f"/{page.locale.language_code}/portraits/{page.slug}/").status_code == 404
        assert PageLogEntry.objects.filter(page=page, action=ENFORCE_ACTION).exists()
    for page in portraits["valid"]:
        assert live(page)
        assert client.get(PortraitPage.objects.get(pk=page.pk).url).status_code == 200
    assert "4" in output.splitlines()[-1]


def test_the_moderators_receive_the_list_in_their_admin_language(moderators, portraits):
    run()

    by_recipient = {message.to[0]: message for message in mail.outbox}
    assert set(by_recipient) == {"camille@example.org", "joost@example.org", "anne@example.org"}
    french = by_recipient["camille@example.org"]
    assert french.subject == "4 portraits mis hors ligne : consentement plus valable"
    assert "Bonjour camille" in french.body
    assert "le consentement a expiré le" in french.body
    assert "http://testserver/admin/pages/" in french.body
    dutch = by_recipient["joost@example.org"]
    assert dutch.subject == "4 portretten offline gehaald: toestemming niet langer geldig"
    assert "de toestemming is verlopen op" in dutch.body
    assert "Dag joost" in dutch.body
    default = by_recipient["anne@example.org"]
    assert default.subject == french.subject, "no preference: French, the site's first language"


def test_running_it_again_changes_nothing_and_sends_nothing(moderators, portraits):
    run()
    mail.outbox.clear()
    entries = PageLogEntry.objects.count()

    output = run()

    assert mail.outbox == []
    assert PageLogEntry.objects.count() == entries
    assert "Aucun portrait à dépublier" in output


def test_without_a_moderators_group_the_portraits_still_go_offline_and_it_is_logged(portraits, caplog):
    Group.objects.filter(name="Modérateurs").delete()
    with caplog.at_level(logging.WARNING):
        run()
    assert not live(portraits["expired"])
    assert mail.outbox == []
    assert "Modérateurs" in caplog.text


def test_a_portrait_whose_consent_ends_today_stays_online_until_tomorrow(moderators, make_portrait):
    page = make_portrait(live=True, consent_expires_on=timezone.localdate())
    run()
    assert live(page)
    assert mail.outbox == []
