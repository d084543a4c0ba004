"""Load the demo campaign, in French with its Dutch translations.

Idempotent: what already exists is left as it is. `--scale N` adds N synthetic pages of each
page type, for benchmarks. Each content app's `demo_content.load(context)` adds its pages.
"""

import importlib

from django.core.management.base import BaseCommand

from home.demo import DemoContext
from home.models import HomePage

# Order matters: portraits and events link to the profession sheets.
APP_LOADERS = [
    "home.demo_content:load",
    "fiches.demo_content:load",
    "portraits.demo_content:load",
    "events.demo_content:load",
    "home.demo_content:finish",
]


class Command(BaseCommand):
    help = "Load the demo campaign content in French and Dutch (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing when the site already has a home page.",
        )
        parser.add_argument(
            "--scale",
            type=int,
            default=0,
            metavar="N",
            help="Also generate N synthetic pages of each page type (for benchmarks).",
        )

    def handle(self, *args, if_empty=False, scale=0, **options):
        if if_empty and HomePage.objects.exists():
            self.stdout.write("Demo content already loaded: nothing to do.")
            return
        context = DemoContext(stdout=self.stdout, scale=scale)
        for loader in APP_LOADERS:
            module_name, function_name = loader.split(":")
            getattr(importlib.import_module(module_name), function_name)(context)
        self.stdout.write(self.style.SUCCESS("Demo content loaded."))
