"""The four editorial groups and their permissions, created idempotently.

Every function takes an `apps` registry so that the data migration can run it with the
historical models; at run time the default is Django's global registry.
"""

from django.apps import apps as global_apps

JOURNALISTS = "Journalistes"
MODERATORS = "Modérateurs"
TRANSLATORS = "Traducteurs"
ADMINISTRATORS = "Administrateurs"
GROUP_NAMES = [JOURNALISTS, MODERATORS, TRANSLATORS, ADMINISTRATORS]

# The collection translators upload into: a file that replaces a media file in a Dutch version.
DUTCH_COLLECTION = "Versions néerlandaises"

PAGE_PERMISSIONS = {
    # group: {tree: [page permission actions]}; "fr" and "nl" are the two home pages, "root"
    # the tree root (every page of every language).
    JOURNALISTS: {"fr": ["add", "change"]},
    MODERATORS: {
        "fr": ["add", "change", "publish", "bulk_delete", "lock", "unlock"],
        "nl": ["add", "change", "publish", "bulk_delete", "lock", "unlock"],
    },
    TRANSLATORS: {"nl": ["change"]},
    ADMINISTRATORS: {"root": ["add", "change", "publish", "bulk_delete", "lock", "unlock"]},
}

MEDIA_APPS = [("wagtailimages", "image"), ("wagtaildocs", "document"), ("wagtailmedia", "media")]

COLLECTION_PERMISSIONS = {
    # group: {collection: [actions]}; "root" is the root collection (and so every collection),
    # "dutch" the collection of files for the Dutch versions. "change" and "delete" on a file
    # one uploaded come with "add".
    JOURNALISTS: {"root": ["add", "choose"]},
    MODERATORS: {"root": ["add", "change", "delete", "choose"]},
    TRANSLATORS: {"root": ["choose"], "dutch": ["add", "choose"]},
    ADMINISTRATORS: {"root": ["add", "change", "delete", "choose"]},
}

TAXONOMY = [("home", "sector"), ("home", "region"), ("home", "campaign")]
# Translators translate the footer too (the French one stays out of reach, like the taxonomy's).
FOOTER = ("home", "footertext")

MODEL_PERMISSIONS = {
    # group: [(app_label, codename)]
    JOURNALISTS: [("home", f"view_{model}") for _app, model in TAXONOMY],
    MODERATORS: [
        (app, f"{action}_{model}")
        for app, model in TAXONOMY
        for action in ("add", "change", "delete", "view")
    ]
    + [("wagtail_localize", "submit_translation")],
    # wagtail-localize edits a snippet translation with the model's "change" permission; the
    # French originals stay out of translators' reach through the `before_edit_snippet` hook.
    TRANSLATORS: [
        (app, f"{action}_{model}") for app, model in TAXONOMY + [FOOTER] for action in ("change", "view")
    ]
    + [("wagtail_localize", "submit_translation")],
}

# Administrators: every permission of these apps (content, media, settings, users, workflows).
ADMINISTRATOR_APPS = [
    "home",
    "portraits",
    "fiches",
    "events",
    "wagtailcore",
    "wagtailadmin",
    "wagtailimages",
    "wagtaildocs",
    "wagtailmedia",
    "wagtailredirects",
    "wagtailforms",
    "wagtailembeds",
    "wagtail_localize",
    "wagtailsearch",
    "wagtailsearchpromotions",  # promoted search results (granted by search/roles.py)
    "search",  # synonyms and the search queries report (granted by search/roles.py)
    "auth",
    "taggit",
]


def ensure_groups(apps=global_apps):
    """Create the four groups and (re)grant their permissions. Returns {name: group}."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    groups = {name: Group.objects.get_or_create(name=name)[0] for name in GROUP_NAMES}

    access_admin = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    for group in groups.values():
        group.permissions.add(access_admin)
    _ensure_submit_translation_permission(apps)
    for name, codes in MODEL_PERMISSIONS.items():
        for app_label, codename in codes:
            groups[name].permissions.add(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
            )
    groups[ADMINISTRATORS].permissions.add(
        *Permission.objects.filter(content_type__app_label__in=ADMINISTRATOR_APPS)
    )
    _grant_collection_permissions(apps, groups)
    grant_page_permissions(apps, groups)
    return groups


def _ensure_submit_translation_permission(apps):
    """wagtail-localize creates this permission in a migration only (no model declares it), so a
    flushed test database lacks it: create it as that migration does."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _created = ContentType.objects.get_or_create(
        app_label="wagtail_localize", model="translation"
    )
    Permission.objects.get_or_create(
        content_type=content_type, codename="submit_translation", defaults={"name": "Can submit translations"}
    )


def _grant_collection_permissions(apps, groups):
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Permission = apps.get_model("auth", "Permission")
    root = Collection.objects.filter(depth=1).first()
    if root is None:
        return
    collections = {"root": root, "dutch": _dutch_collection(apps, root)}
    for name, grants in COLLECTION_PERMISSIONS.items():
        for collection_key, actions in grants.items():
            for app_label, model in MEDIA_APPS:
                for action in actions:
                    permission = Permission.objects.filter(
                        content_type__app_label=app_label, codename=f"{action}_{model}"
                    ).first()
                    if permission is None:  # wagtailmedia has no "choose" permission
                        continue
                    GroupCollectionPermission.objects.get_or_create(
                        group=groups[name], collection=collections[collection_key], permission=permission
                    )


def _dutch_collection(apps, root):
    Collection = apps.get_model("wagtailcore", "Collection")
    existing = Collection.objects.filter(depth=2, path__startswith=root.path, name=DUTCH_COLLECTION).first()
    if existing is not None:
        return existing
    if apps is global_apps:
        return root.add_child(name=DUTCH_COLLECTION)
    # Historical models have no treebeard methods: append the child by hand.
    last = Collection.objects.filter(depth=2, path__startswith=root.path).order_by("-path").first()
    step = 4
    number = int(last.path[-step:], 36) + 1 if last else 1
    path = root.path + _base36(number).rjust(step, "0")
    collection = Collection.objects.create(name=DUTCH_COLLECTION, path=path, depth=2, numchild=0)
    Collection.objects.filter(pk=root.pk).update(numchild=root.numchild + 1)
    return collection


def _base36(number):
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    text = ""
    while number:
        number, remainder = divmod(number, 36)
        text = digits[remainder] + text
    return text or "0"


def home_pages(apps=global_apps):
    """{"root": tree root, "fr": French home, "nl": Dutch home}; a missing one is left out."""
    Page = apps.get_model("wagtailcore", "Page")
    Locale = apps.get_model("wagtailcore", "Locale")
    pages = {}
    root = Page.objects.filter(depth=1).first()
    if root is not None:
        pages["root"] = root
    for code in ("fr", "nl"):
        locale = Locale.objects.filter(language_code=code).first()
        homes = Page.objects.filter(
            depth=2, locale=locale, content_type__app_label="home", content_type__model="homepage"
        )
        home = homes.order_by("path").first() if locale else None
        if home is not None:
            pages[code] = home
    return pages


def grant_page_permissions(apps=global_apps, groups=None):
    """Grant each group its page permissions on the home pages that exist."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    groups = groups or {group.name: group for group in Group.objects.filter(name__in=GROUP_NAMES)}
    pages = home_pages(apps)
    for name, trees in PAGE_PERMISSIONS.items():
        if name not in groups:
            continue
        for tree, actions in trees.items():
            if tree not in pages:
                continue
            for action in actions:
                permission = Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=f"{action}_page"
                )
                GroupPagePermission.objects.get_or_create(
                    group=groups[name], page=pages[tree], permission=permission
                )


def user_in_group(user, *names):
    return user.is_active and user.groups.filter(name__in=names).exists()


def can_change_source_snippets(user):
    """Whether the user may edit a French (source) snippet, not only translate it."""
    if user.is_superuser:
        return True
    return not user_in_group(user, TRANSLATORS) or user_in_group(user, MODERATORS, ADMINISTRATORS)
