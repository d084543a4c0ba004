"""`make run`: the development server, with Wagtail's scheduler running every minute beside it.

A daemon thread calls `publish_scheduled` (go-live and expiry dates, every language) every
`--interval` seconds, in the process that serves requests (not in the autoreloader's watcher),
so Ctrl-C stops both. Production runs `publish_scheduled` from cron instead (README).
"""

import os
import threading

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import close_old_connections


def run_scheduler(interval, stop, stdout=None):
    """Run `publish_scheduled` now, then every `interval` seconds until `stop` is set."""
    while True:
        try:
            call_command("publish_scheduled", stdout=stdout)
        finally:
            close_old_connections()
        if stop.wait(interval):
            return


class Command(BaseCommand):
    help = "Run the development server and publish_scheduled every minute beside it."

    def add_arguments(self, parser):
        parser.add_argument("addrport", nargs="?", default="127.0.0.1:8000")
        parser.add_argument("--interval", type=int, default=60, help="Seconds between two scheduler runs.")
        parser.add_argument("--noreload", action="store_true", help="Do not restart on code changes.")

    def handle(self, *args, addrport, interval, noreload, **options):
        # With the autoreloader, the serving process is the child (RUN_MAIN=true).
        if noreload or os.environ.get("RUN_MAIN") == "true":
            stop = threading.Event()
            thread = threading.Thread(
                target=run_scheduler, args=(interval, stop), name="publish-scheduled", daemon=True
            )
            thread.start()
            self.stdout.write(f"Scheduler: publish_scheduled every {interval} s.")
        call_command("runserver", addrport, use_reloader=not noreload)
