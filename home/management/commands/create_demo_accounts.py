"""Create the demo accounts of the development site and print their logins."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

DEMO_ACCOUNTS = [
    # (username, password, first name, last name, e-mail, is superuser)
    ("admin", "vocations-admin", "Alix", "Administratrice", "admin@vocations.localhost", True),
]


class Command(BaseCommand):
    help = "Create the demo accounts (development only) and print their logins."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("Demo accounts are for development only (DEBUG is off).")
        User = get_user_model()
        self.stdout.write("Demo accounts (development only):")
        for username, password, first_name, last_name, email, is_superuser in DEMO_ACCOUNTS:
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
            self.stdout.write(f"  {username:<12} {password:<20} http://127.0.0.1:8000/admin/")
