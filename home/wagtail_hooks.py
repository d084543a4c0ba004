from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home.models import Campaign, FooterText, Region, Sector

# Wagtail adds a language filter to the listing of every translatable snippet.


class SectorViewSet(SnippetViewSet):
    model = Sector
    icon = "folder-open-inverse"
    list_display = ["name", "slug", "locale"]
    list_export = ["name", "slug", "locale", "description"]
    search_fields = ["name"]


class RegionViewSet(SnippetViewSet):
    model = Region
    icon = "site"
    list_display = ["name", "country", "slug", "locale"]
    list_filter = ["country"]
    list_export = ["name", "country", "slug", "locale"]
    search_fields = ["name"]


class CampaignViewSet(SnippetViewSet):
    model = Campaign
    icon = "calendar-alt"
    list_display = ["name", "kind", "start_date", "end_date", "locale"]
    list_filter = ["kind"]
    list_export = ["name", "kind", "start_date", "end_date", "locale", "description"]
    search_fields = ["name"]


class TaxonomyViewSetGroup(SnippetViewSetGroup):
    items = [CampaignViewSet, SectorViewSet, RegionViewSet]
    menu_icon = "tag"
    menu_label = _("Campaigns and taxonomy")
    menu_name = "taxonomy"


class FooterTextViewSet(SnippetViewSet):
    model = FooterText
    icon = "list-ul"
    menu_label = _("Footer")
    list_display = ["__str__", "locale"]


register_snippet(TaxonomyViewSetGroup)
register_snippet(FooterTextViewSet)


# Editorial workflow (docs/editorial-workflow.md): role dashboards, notifications, guards.

from django.http import HttpResponseForbidden  # noqa: E402
from django.urls import path, reverse  # noqa: E402

from wagtail import hooks  # noqa: E402
from wagtail.admin.widgets import Button  # noqa: E402

from home.editorial import notifications  # noqa: E402
from home.editorial.dashboard import panels_for  # noqa: E402
from home.editorial.roles import can_change_source_snippets  # noqa: E402
from home.editorial.views import can_submit_translation, submit_translation_for_review  # noqa: E402

notifications.register_signal_handlers()


@hooks.register("construct_homepage_panels")
def add_editorial_panels(request, panels):
    editorial = panels_for(request.user)
    if any(panel.name == "moderator" for panel in editorial):
        # Ours lists the same queue, oldest first with its age: no need for Wagtail's as well.
        panels[:] = [
            panel for panel in panels if getattr(panel, "name", "") != "workflow_objects_to_moderate"
        ]
    panels.extend(editorial)


@hooks.register("register_admin_urls")
def register_editorial_urls():
    return [
        path(
            "editorial/pages/<int:page_id>/submit-translation/",
            submit_translation_for_review,
            name="editorial_submit_translation",
        )
    ]


@hooks.register("register_page_listing_more_buttons")
def submit_translation_button(page, user, next_url=None, **kwargs):
    if page.depth > 1 and can_submit_translation(page, user):
        url = reverse("editorial_submit_translation", args=[page.pk])
        yield Button(
            _("Submit the translation for review"),
            url,
            icon_name="resubmit",
            priority=15,
            # w-action#post posts to its url value (without it, to the current page: HTTP 405).
            attrs={
                "data-controller": "w-action",
                "data-action": "w-action#post",
                "data-w-action-url-value": url,
            },
        )


@hooks.register("before_edit_snippet")
def translators_only_translate_snippets(request, instance):
    """A translator edits the Dutch translation of a snippet, never its French original."""
    locale = getattr(instance, "locale", None)
    if locale is not None and locale.language_code == "fr" and not can_change_source_snippets(request.user):
        return HttpResponseForbidden(_("Translators can only edit the Dutch version of this item."))
    return None


def _may_delete(request, page):
    return request.user.is_superuser or page.permissions_for_user(request.user).can_publish()


@hooks.register("before_delete_page")
def only_publishers_delete_pages(request, page):
    """Deleting is a moderator's decision: without the right to publish, Wagtail's own rule
    (an author may delete their unpublished pages) is not enough."""
    if not _may_delete(request, page):
        return HttpResponseForbidden(_("Only moderators can delete pages."))
    return None


@hooks.register("before_bulk_action")
def only_publishers_bulk_delete(request, action_type, objects, action_class_instance):
    if action_type == "delete" and not all(_may_delete(request, page) for page in objects):
        return HttpResponseForbidden(_("Only moderators can delete pages."))
    return None
