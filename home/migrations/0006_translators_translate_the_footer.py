"""Data migration: translators may translate the footer text (change and view, like the taxonomy)."""

from django.db import migrations

CODENAMES = ["change_footertext", "view_footertext"]


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name="Traducteurs").first()
    if group is None:
        return
    group.permissions.add(*Permission.objects.filter(content_type__app_label="home", codename__in=CODENAMES))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name="Traducteurs").first()
    if group is not None:
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="home", codename__in=CODENAMES)
        )


class Migration(migrations.Migration):
    dependencies = [("home", "0005_editorial_groups_and_workflows")]

    operations = [migrations.RunPython(grant, revoke)]
