"""A moderator records a withdrawal: the portrait goes offline in French and Dutch at once, logged."""

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import timezone

from wagtail.models import PageLogEntry

from portraits.consent import WITHDRAW_ACTION, ConsentRefused
from portraits.models import PortraitPage


@pytest.fixture
def bilingual_portrait(make_portrait, translate):
    french = make_portrait(live=True)
    dutch = translate(french)
    return PortraitPage.objects.get(pk=french.pk), PortraitPage.objects.get(pk=dutch.pk)


def withdraw_url(page):
    return reverse("portraits_withdraw_consent", args=[page.pk])


def test_the_confirmation_lists_every_language_version(admin_client, bilingual_portrait):
    french, dutch = bilingual_portrait
    response = admin_client.get(withdraw_url(french))
    text = response.content.decode()
    assert "Nadia, infirmière à domicile" in text
    assert "Nadia, thuisverpleegkundige" in text
    assert 'name="csrfmiddlewaretoken"' in text
    assert PortraitPage.objects.get(pk=french.pk).live, "looking at the confirmation changes nothing"


def test_withdrawing_consent_takes_the_french_and_dutch_portraits_offline(
    admin_client, admin_user, client, bilingual_portrait
):
    french, dutch = bilingual_portrait
    assert client.get(french.url).status_code == 200
    assert client.get(dutch.url).status_code == 200

    response = admin_client.post(withdraw_url(french), follow=True)

    assert client.get(french.url).status_code == 404
    assert client.get(dutch.url).status_code == 404
    messages = " ".join(str(message) for message in response.context["messages"])
    assert "Consentement retiré" in messages
    today = timezone.localdate()
    for page in PortraitPage.objects.filter(pk__in=[french.pk, dutch.pk]):
        assert page.consent_withdrawn_on == today
        assert page.get_latest_revision_as_object().consent_withdrawn_on == today
        assert PageLogEntry.objects.filter(page=page, action=WITHDRAW_ACTION, user=admin_user).exists()
        assert PageLogEntry.objects.filter(page=page, action="wagtail.unpublish", user=admin_user).exists()


def test_the_withdrawal_shows_in_the_page_history_with_who_did_it(
    admin_client, admin_user, bilingual_portrait
):
    french, _dutch = bilingual_portrait
    admin_client.post(withdraw_url(french))
    history = admin_client.get(reverse("wagtailadmin_pages:history", args=[french.pk])).content.decode()
    assert "Consentement retiré par la personne portraiturée" in history
    assert admin_user.get_username() in history or admin_user.get_full_name() in history


def test_a_withdrawn_portrait_cannot_be_published_again(admin_client, bilingual_portrait):
    french, dutch = bilingual_portrait
    revisions_from_before = [page.save_revision() for page in (french, dutch)]
    admin_client.post(withdraw_url(french))
    for page, old_revision in zip((french, dutch), revisions_from_before, strict=True):
        with pytest.raises(ConsentRefused):
            PortraitPage.objects.get(pk=page.pk).get_latest_revision().publish()
        with pytest.raises(ConsentRefused):
            old_revision.publish()
        assert not PortraitPage.objects.get(pk=page.pk).live


def test_withdrawing_twice_keeps_the_first_date(admin_client, bilingual_portrait):
    french, _dutch = bilingual_portrait
    earlier = timezone.localdate() - timezone.timedelta(days=5)
    PortraitPage.objects.filter(pk=french.pk).update(consent_withdrawn_on=earlier)
    admin_client.post(withdraw_url(french))
    assert PortraitPage.objects.get(pk=french.pk).consent_withdrawn_on == earlier


def test_the_withdrawal_button_is_in_the_portrait_header(admin_client, bilingual_portrait):
    french, _dutch = bilingual_portrait
    text = admin_client.get(reverse("wagtailadmin_pages:edit", args=[french.pk])).content.decode()
    assert withdraw_url(french) in text
    assert "Retirer le consentement" in text


@pytest.fixture
def journalist(django_user_model):
    """A user with admin access who may edit but not publish pages."""
    user = get_user_model().objects.create_user("journaliste", "j@example.org", "pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


def test_a_user_who_cannot_publish_cannot_withdraw(client, journalist, bilingual_portrait):
    french, dutch = bilingual_portrait
    client.force_login(journalist)
    response = client.post(withdraw_url(french))
    assert response.status_code in (302, 403)
    assert PortraitPage.objects.get(pk=french.pk).live
    assert PortraitPage.objects.get(pk=dutch.pk).live
    assert not PortraitPage.objects.filter(consent_withdrawn_on__isnull=False).exists()
    text = client.get(reverse("wagtailadmin_pages:edit", args=[french.pk])).content.decode()
    assert withdraw_url(french) not in text


def test_the_withdrawal_needs_a_post_with_a_csrf_token(bilingual_portrait, admin_user):
    from django.test import Client

    french, _dutch = bilingual_portrait
    client = Client(enforce_csrf_checks=True)
    client.force_login(admin_user)
    assert client.post(withdraw_url(french)).status_code == 403
    assert PortraitPage.objects.get(pk=french.pk).live
