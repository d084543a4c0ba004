"""PostgreSQL only: the text-search configurations of search/backends.py.

vocations_fr and vocations_nl stem French and Dutch words after removing accents (unaccent);
vocations_simple (suggestions) only removes accents and folds case. Nothing happens on SQLite.
"""

from django.db import migrations

CONFIGURATIONS = [
    ("vocations_fr", "french", "unaccent, french_stem"),
    ("vocations_nl", "dutch", "unaccent, dutch_stem"),
    ("vocations_simple", "simple", "unaccent, simple"),
]
TOKEN_TYPES = "asciiword, asciihword, hword_asciipart, word, hword, hword_part"


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    for name, parser_source, dictionaries in CONFIGURATIONS:
        schema_editor.execute(
            f"""
            DO $$ BEGIN
                IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = '{name}') THEN
                    CREATE TEXT SEARCH CONFIGURATION {name} (COPY = {parser_source});
                END IF;
            END $$
            """
        )
        schema_editor.execute(f"ALTER TEXT SEARCH CONFIGURATION {name} ALTER MAPPING FOR {TOKEN_TYPES} WITH {dictionaries}")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, _source, _dictionaries in CONFIGURATIONS:
        schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(create, drop)]
