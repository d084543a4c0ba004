"""Create the demo accounts of the development site, one per editorial role, and print them."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

from wagtail.users.models import UserProfile

from home.editorial.roles import ADMINISTRATORS, JOURNALISTS, MODERATORS, TRANSLATORS
from home.editorial.workflows import ensure_editorial_setup

DEMO_ACCOUNTS = [
    # (username, password, first name, last name, e-mail, group, admin language, is superuser)
    ("admin", "vocations-admin", "Alix", "Administratrice", "admin@vocations.localhost", None, "fr", True),
    (
        "journaliste",
        "vocations-journaliste",
        "Julie",
        "Lambert",
        "journaliste@vocations.localhost",
        JOURNALISTS,
        "fr",
        False,
    ),
    (
        "moderatrice",
        "vocations-moderatrice",
        "Myriam",
        "Dubois",
        "moderatrice@vocations.localhost",
        MODERATORS,
        "fr",
        False,
    ),
    (
        "traducteur",
        "vocations-traducteur",
        "Pieter",
        "Claes",
        "traducteur@vocations.localhost",
        TRANSLATORS,
        "nl",
        False,
    ),
    (
        "administrateur",
        "vocations-administrateur",
        "Marc",
        "Renard",
        "administrateur@vocations.localhost",
        ADMINISTRATORS,
        "fr",
        False,
    ),
]


class Command(BaseCommand):
    help = "Create the demo accounts (development only), one per editorial role, and print their logins."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("Demo accounts are for development only (DEBUG is off).")
        ensure_editorial_setup()
        User = get_user_model()
        self.stdout.write("Demo accounts (development only):")
        for username, password, first_name, last_name, email, group, language, is_superuser in DEMO_ACCOUNTS:
            user, created = User.objects.get_or_create(
                username=username,
                defaults={
                    "first_name": first_name,
                    "last_name": last_name,
                    "email": email,
                    "is_staff": is_superuser,
                    "is_superuser": is_superuser,
                },
            )
            if created:
                user.set_password(password)
                user.save()
                profile = UserProfile.get_for_user(user)
                profile.preferred_language = language
                profile.save()
            if group:
                user.groups.add(Group.objects.get(name=group))
            role = group or "superuser"
            self.stdout.write(f"  {username:<15} {password:<26} {role:<16} http://127.0.0.1:8000/admin/")
