"""Moderators maintain synonyms and promoted results and read the search queries report;
administrators may do everything. Run by the migration `0003_search_permissions` and by
`grant_search_permissions` (idempotent), after the editorial groups exist."""

from django.apps import apps as global_apps

from home.editorial.roles import ADMINISTRATORS, MODERATORS

SEARCH_PERMISSIONS = [
    *[("search", f"{action}_synonym") for action in ("add", "change", "delete", "view")],
    *[("wagtailsearchpromotions", f"{action}_searchpromotion") for action in ("add", "change", "delete")],
    ("search", "view_searchquerylog"),
]


def grant_search_permissions(apps=global_apps):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = [
        permission
        for app_label, codename in SEARCH_PERMISSIONS
        for permission in Permission.objects.filter(content_type__app_label=app_label, codename=codename)
    ]
    for group in Group.objects.filter(name__in=[MODERATORS, ADMINISTRATORS]):
        group.permissions.add(*permissions)
    return permissions
