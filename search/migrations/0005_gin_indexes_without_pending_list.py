"""PostgreSQL only: the GIN indexes the search reads (`title || body` from 0004, Wagtail's own on
`autocomplete`) are updated at once instead of through a pending list (`fastupdate = off`).

With the default `fastupdate = on`, entries written since the last VACUUM wait in an unsorted
pending list that every search reads in full (up to `gin_pending_list_limit`, 4 MB): after a
bulk index rebuild, a search on 10,000 pages took 16 ms instead of 0.5 ms to find its matches.
Index entries are written when a page is published, far less often than the site is searched.
Nothing happens on SQLite."""

from django.db import migrations

INDEXES = ["search_indexentry_title_body_gin", "wagtailsear_autocom_476c89_gin"]


def turn_off(apps, schema_editor):
    _set(schema_editor, "off")


def turn_on(apps, schema_editor):
    _set(schema_editor, "on")


def _set(schema_editor, value):
    if schema_editor.connection.vendor != "postgresql":
        return
    for index in INDEXES:
        schema_editor.execute(f"ALTER INDEX IF EXISTS {index} SET (fastupdate = {value})")
        if value == "off":  # what already waits in the pending list goes into the index now
            schema_editor.execute(f"SELECT gin_clean_pending_list(to_regclass('{index}'))")


class Migration(migrations.Migration):
    dependencies = [("search", "0004_index_entry_gin_index")]

    operations = [migrations.RunPython(turn_off, turn_on)]
