"""Write the searches counted in the cache to the editors' report (cron: every few minutes).

*/5 * * * * cd /srv/vocations && .venv/bin/python manage.py flush_search_log
"""

from django.core.management.base import BaseCommand

from search import query_log


class Command(BaseCommand):
    help = "Add the searches counted in the cache to the search queries report."

    def handle(self, *args, **options):
        written = query_log.flush()
        self.stdout.write(f"{written} searches written to the report.")
