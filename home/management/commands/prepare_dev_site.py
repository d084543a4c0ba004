"""`make run`'s set-up in one process: migrate, demo content if empty, editorial roles, accounts."""

from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Migrate, load the demo content when the database is empty, create the demo accounts."

    def handle(self, *args, **options):
        self.stdout.write("Applying database migrations…")
        call_command("migrate", interactive=False, verbosity=1 if options["verbosity"] > 1 else 0)
        call_command("load_demo_content", if_empty=True, stdout=self.stdout)
        call_command("setup_editorial", stdout=self.stdout)
        call_command("create_demo_accounts", stdout=self.stdout)
