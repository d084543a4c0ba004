"""Data migration: moderators and administrators get the search permissions (search/roles.py)."""

from django.contrib.auth.management import create_permissions
from django.contrib.contenttypes.management import create_contenttypes
from django.db import migrations


def grant(apps, schema_editor):
    from search.roles import grant_search_permissions

    # Permissions are normally created after every migration has run: create them now.
    for label in ("search", "wagtailsearchpromotions"):
        app_config = apps.get_app_config(label)
        app_config.models_module = True
        create_contenttypes(app_config, verbosity=0, apps=apps)
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None
    grant_search_permissions(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0002_text_search_configurations"),
        ("home", "0005_editorial_groups_and_workflows"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
