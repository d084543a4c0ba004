"""Data migration: the editorial groups, their permissions and the two moderation workflows."""

from django.contrib.auth.management import create_permissions
from django.contrib.contenttypes.management import create_contenttypes
from django.db import migrations


def create_editorial_setup(apps, schema_editor):
    from home.editorial.workflows import ensure_editorial_setup

    # Permissions are normally created after every migration has run: create them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_contenttypes(app_config, verbosity=0, apps=apps)
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None
    ensure_editorial_setup(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0004_home_featured_portraits"),
        ("portraits", "0002_portrait_content_model"),
        ("fiches", "0002_profession_sheet_fields"),
        ("events", "0002_event_details_and_kit_assets"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailmedia", "0005_alter_media_options"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_editorial_setup, migrations.RunPython.noop)]
