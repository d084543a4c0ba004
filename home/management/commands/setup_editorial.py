"""Create or update the editorial groups, their permissions and the moderation workflows."""

from django.core.management.base import BaseCommand

from home.editorial.workflows import ensure_editorial_setup


class Command(BaseCommand):
    help = "Create the editorial groups and workflows and assign them to the home pages (idempotent)."

    def handle(self, *args, **options):
        setup = ensure_editorial_setup()
        names = ", ".join(setup["groups"])
        self.stdout.write(f"Editorial groups: {names}.")
        french, dutch = setup["french_workflow"].name, setup["dutch_workflow"].name
        self.stdout.write(f"Workflows: “{french}” (French), “{dutch}” (Dutch).")
