"""Each editor uses the admin in the language of their preference: French or Dutch."""

import pytest

from django.contrib.auth import get_user_model

from wagtail.users.models import UserProfile

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("preferred_language", "expected", "absent"),
    [("fr", "Tableau de bord", "Dashboard"), ("nl", "Dashboard", "Tableau de bord")],
)
def test_admin_speaks_the_editors_preferred_language(client, homes, preferred_language, expected, absent):
    editor = get_user_model().objects.create_superuser("sam", "sam@example.org", "pw")
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = preferred_language
    profile.save()
    client.force_login(editor)

    response = client.get("/admin/")

    content = response.content.decode()
    assert f'<html lang="{preferred_language}"' in content
    assert expected in content
    assert absent not in content


def test_the_admin_offers_french_and_dutch_only(client, homes):
    editor = get_user_model().objects.create_superuser("sam", "sam@example.org", "pw")
    client.force_login(editor)

    content = client.get("/admin/account/").content.decode()

    assert '<option value="fr">français</option>' in content
    assert '<option value="nl">Nederlands</option>' in content
    assert '<option value="en">' not in content
