"""A journalist who enters impossible practical details gets a clear message and nothing is saved."""

import pytest

from django.urls import reverse

from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield
from wagtail.users.models import UserProfile

from events.models import EventPage

pytestmark = pytest.mark.django_db


def event_form_data(**overrides):
    data = {
        "title": "Portes ouvertes à la maison de repos Les Tilleuls",
        "slug": "portes-ouvertes-les-tilleuls",
        "kind": "open_day",
        "audience": "everyone",
        "introduction": "Un après-midi avec l'équipe soignante.",
        "body": streamfield([("paragraph", rich_text("<p>Visite et café d'accueil.</p>"))]),
        "status": "scheduled",
        "start": "2027-03-16 13:30",
        "end": "2027-03-16 17:00",
        "attendance_mode": "in_person",
        "venue_name": "Maison de repos Les Tilleuls",
        "venue_street": "Chaussée de Louvain 145",
        "venue_postal_code": "5000",
        "venue_city": "Namur",
        "online_link": "",
        "organiser_name": "ASBL Les Tilleuls",
        "organiser_website": "",
        "capacity": "",
        "registration_deadline": "",
    }
    data.update(overrides)
    return nested_form_data(data)


def post_new_event(client, agenda, data):
    url = reverse("wagtailadmin_pages:add", args=("events", "eventpage", agenda.fr.pk))
    return client.post(url, data)


def test_a_valid_event_is_saved_through_the_admin(admin_client, agenda):
    response = post_new_event(admin_client, agenda, event_form_data())

    assert response.status_code == 302
    assert EventPage.objects.filter(slug="portes-ouvertes-les-tilleuls").exists()


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"end": "2027-03-16 12:00"}, "end", "L'événement doit se terminer après son début."),
        ({"end": "2027-03-16 13:30"}, "end", "L'événement doit se terminer après son début."),
        (
            {"attendance_mode": "online", "online_link": ""},
            "online_link",
            "Indiquez le lien pour rejoindre la séance en ligne, ou choisissez « Sur place ».",
        ),
        (
            {"attendance_mode": "mixed", "online_link": ""},
            "online_link",
            "Indiquez le lien pour rejoindre la séance en ligne, ou choisissez « Sur place ».",
        ),
        ({"venue_name": ""}, "venue_name", "Indiquez le nom du lieu, ou choisissez « En ligne »."),
        (
            {"attendance_mode": "mixed", "online_link": "https://visio.example.org/", "venue_city": ""},
            "venue_city",
            "Indiquez la localité où a lieu l'événement.",
        ),
        (
            {"registration_deadline": "2027-03-16 14:00"},
            "registration_deadline",
            "La date limite d'inscription doit précéder le début de l'événement.",
        ),
        ({"capacity": "0"}, "capacity", "Le nombre de places doit être d'au moins une personne."),
        ({"capacity": "-5"}, "capacity", "Le nombre de places doit être d'au moins une personne."),
    ],
)
def test_impossible_practical_details_are_rejected_on_their_field(
    admin_client, agenda, overrides, field, message
):
    response = post_new_event(admin_client, agenda, event_form_data(**overrides))

    assert response.status_code == 200
    assert message in response.context["form"].errors[field]
    assert not EventPage.objects.exists()


def test_the_message_is_shown_in_the_editors_language(admin_client, agenda, admin_user):
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "nl"
    profile.save()

    response = post_new_event(admin_client, agenda, event_form_data(end="2027-03-16 08:00"))

    assert "Het evenement moet eindigen na het begin." in response.content.decode()
    assert not EventPage.objects.exists()


def test_an_online_event_needs_no_venue(admin_client, agenda):
    data = event_form_data(
        attendance_mode="online", online_link="https://visio.example.org/", venue_name="", venue_city=""
    )

    response = post_new_event(admin_client, agenda, data)

    assert response.status_code == 302
    assert EventPage.objects.get().venue_name == ""


def test_hashtags_that_do_not_start_with_a_hash_are_rejected(admin_client, kit_index):
    from events.models import PartnerKitPage

    data = nested_form_data(
        {
            "title": "Kit petite enfance",
            "slug": "kit-petite-enfance",
            "assets": streamfield(
                [
                    (
                        "post",
                        {
                            "title": "Pour Facebook",
                            "text": "Les crèches recrutent.",
                            "hashtags": "#Creche PetiteEnfance",
                        },
                    )
                ]
            ),
        }
    )
    url = reverse("wagtailadmin_pages:add", args=("events", "partnerkitpage", kit_index.fr.pk))

    response = admin_client.post(url, data)

    assert response.status_code == 200
    error = response.context["form"].errors["assets"].as_data()[0]
    assert "Chaque hashtag commence par # et est séparé du suivant par une espace." in str(
        error.as_json_data()
    )
    assert not PartnerKitPage.objects.exists()
