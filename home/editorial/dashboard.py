"""The admin home's panels for each editorial role (`construct_homepage_panels` hook).

Each panel runs a fixed number of queries whatever the number of pages: one query for its
items (plus one for the pages behind a list of workflow states).
"""

from dataclasses import dataclass

from django.db.models import F, IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import Cast
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language_info, ngettext
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.components import Component
from wagtail.models import GroupApprovalTask, Locale, Page, TaskState, WorkflowState

from home.editorial.roles import ADMINISTRATORS, JOURNALISTS, MODERATORS, TRANSLATORS

PANEL_SIZE = 20


def age_in_days(moment, now=None):
    """ "today", "1 day", "3 days": how long ago, in whole days."""
    days = ((now or timezone.now()) - moment).days
    if days < 1:
        return _("today")
    return ngettext("%(count)d day", "%(count)d days", days) % {"count": days}


@dataclass
class Item:
    title: str
    url: str
    language: str = ""
    detail: str = ""
    comment: str = ""
    age: str = ""


def with_page_title(queryset, object_id_field):
    """Annotate workflow or task states with their page's title and language, in the same query."""
    page = Page.objects.filter(pk=Cast(OuterRef(object_id_field), IntegerField()))
    return queryset.annotate(
        page_title=Subquery(page.values("draft_title")[:1]),
        page_language=Subquery(page.values("locale__language_code")[:1]),
    )


def language_name(code):
    return get_language_info(code)["name_translated"] if code else ""


def edit_url(page_id):
    return reverse("wagtailadmin_pages:edit", args=[page_id])


class EditorialPanel(Component):
    template_name = "home/editorial/dashboard_panel.html"
    heading = ""
    empty_text = ""
    name = ""

    def __init__(self, user):
        self.user = user

    def get_items(self):
        """The items of a one-section panel; panels with several sections override get_sections."""
        raise NotImplementedError(f"{type(self).__name__} must define get_items() or get_sections()")

    def get_context_data(self, parent_context):
        return {
            "panel_id": f"editorial-{self.name}",
            "heading": self.heading,
            "empty_text": self.empty_text,
            "sections": self.get_sections(),
        }

    def get_sections(self):
        return [(None, self.get_items(), self.empty_text)]


class JournalistPanel(EditorialPanel):
    """Their drafts, and what a moderator sent back to them with the comment."""

    name = "journalist"
    order = 90
    heading = _("My work")

    def get_sections(self):
        sent_back = with_page_title(
            WorkflowState.objects.filter(
                requested_by=self.user,
                status=WorkflowState.STATUS_NEEDS_CHANGES,
                base_content_type__app_label="wagtailcore",
                base_content_type__model="page",
            ),
            "object_id",
        ).select_related("current_task_state__finished_by")
        returned = []
        for state in sent_back.order_by("-current_task_state__finished_at")[:PANEL_SIZE]:
            task_state = state.current_task_state
            reviewer = task_state.finished_by if task_state else None
            returned.append(
                Item(
                    title=state.page_title,
                    url=edit_url(state.object_id),
                    detail=(reviewer.get_full_name() or reviewer.get_username()) if reviewer else "",
                    comment=task_state.comment if task_state else "",
                    age=age_in_days(task_state.finished_at) if task_state and task_state.finished_at else "",
                )
            )
        in_moderation = (
            WorkflowState.objects.filter(
                status__in=[WorkflowState.STATUS_IN_PROGRESS, WorkflowState.STATUS_NEEDS_CHANGES],
                base_content_type__app_label="wagtailcore",
                base_content_type__model="page",
            )
            .annotate(page_id=Cast("object_id", IntegerField()))
            .values("page_id")
        )
        drafts = (
            Page.objects.filter(owner=self.user, has_unpublished_changes=True)
            .exclude(pk__in=in_moderation)
            .order_by("-latest_revision_created_at")[:PANEL_SIZE]
        )
        draft_items = [
            Item(
                title=page.get_admin_display_title(),
                url=edit_url(page.pk),
                age=age_in_days(page.latest_revision_created_at) if page.latest_revision_created_at else "",
            )
            for page in drafts
        ]
        return [
            (_("Sent back to me"), returned, _("Nothing was sent back to you.")),
            (_("My drafts"), draft_items, _("No draft in progress.")),
        ]


class ModeratorPanel(EditorialPanel):
    """The queue of pages awaiting the user's approval, oldest first, with their age."""

    name = "moderator"
    order = 80
    heading = _("Awaiting my approval")
    empty_text = _("Nothing awaits your approval.")

    def get_items(self):
        states = TaskState.objects.filter(
            status=TaskState.STATUS_IN_PROGRESS,
            workflow_state__base_content_type__app_label="wagtailcore",
            workflow_state__base_content_type__model="page",
        )
        if not self.user.is_superuser:
            # Tasks of the user's groups, in the query itself (Wagtail's `reviewable_by` runs
            # one query per task).
            states = states.filter(
                task__in=GroupApprovalTask.objects.filter(groups__user=self.user).values("pk")
            )
        states = with_page_title(states, "workflow_state__object_id").select_related(
            "workflow_state__requested_by"
        )
        now = timezone.now()
        items = []
        for state in states.order_by("started_at")[:PANEL_SIZE]:
            author = state.workflow_state.requested_by
            items.append(
                Item(
                    title=state.page_title,
                    url=edit_url(state.workflow_state.object_id),
                    language=language_name(state.page_language),
                    detail=(author.get_full_name() or author.get_username()) if author else "",
                    age=age_in_days(state.started_at, now),
                )
            )
        return items


class TranslatorPanel(EditorialPanel):
    """French pages with no Dutch version, or whose Dutch version is older than the French one."""

    name = "translator"
    order = 85
    heading = _("Waiting for a Dutch version")
    empty_text = _("Every French page has an up-to-date Dutch version.")

    def get_items(self):
        from wagtail_localize.models import TranslationSource

        french = Locale.objects.filter(language_code="fr").values("pk")[:1]
        dutch = Locale.objects.filter(language_code="nl").values("pk")[:1]
        dutch_pages = Page.objects.filter(
            translation_key=OuterRef("translation_key"), locale_id=Subquery(dutch)
        )
        pages = (
            Page.objects.filter(locale_id=Subquery(french), live=True, depth__gt=1)
            .annotate(
                dutch_id=Subquery(dutch_pages.values("pk")[:1]),
                dutch_updated_at=Subquery(dutch_pages.values("latest_revision_created_at")[:1]),
                source_id=Subquery(
                    TranslationSource.objects.filter(
                        object_id=OuterRef("translation_key"), locale_id=OuterRef("locale_id")
                    ).values("pk")[:1]
                ),
            )
            .filter(Q(dutch_id__isnull=True) | Q(dutch_updated_at__lt=F("last_published_at")))
            .order_by("-last_published_at")[:PANEL_SIZE]
        )
        items = []
        for page in pages:
            if page.dutch_id is None:
                url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
                detail = _("No Dutch version yet")
            else:
                url = (
                    reverse("wagtail_localize:update_translations", args=[page.source_id])
                    if page.source_id
                    else edit_url(page.dutch_id)
                )
                detail = _("The French version changed since")
            items.append(
                Item(
                    title=page.get_admin_display_title(),
                    url=url,
                    detail=detail,
                    age=age_in_days(page.last_published_at) if page.last_published_at else "",
                )
            )
        return items


def panels_for(user):
    """The editorial panels the user's groups call for (a user may hold several roles)."""
    names = set(user.groups.values_list("name", flat=True))
    panels = []
    if JOURNALISTS in names:
        panels.append(JournalistPanel(user))
    if MODERATORS in names or ADMINISTRATORS in names or user.is_superuser:
        panels.append(ModeratorPanel(user))
    if TRANSLATORS in names:
        panels.append(TranslatorPanel(user))
    return panels
