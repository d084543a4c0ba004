"""Admin hooks for portraits: the consent rule's messages, consent withdrawal and its log entries."""

from django.contrib import messages as django_messages
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.action_menu import WorkflowMenuItem
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.widgets import Button

from portraits.consent import (
    ENFORCE_ACTION,
    REFUSED_ACTION,
    WITHDRAW_ACTION,
    is_portrait,
    publication_problems,
    refusal_message,
)
from portraits.views import WithdrawConsentView, can_withdraw_consent


@hooks.register("register_admin_urls")
def register_withdraw_consent_url():
    return [
        path(
            "portraits/<int:page_id>/withdraw-consent/",
            WithdrawConsentView.as_view(),
            name="portraits_withdraw_consent",
        )
    ]


@hooks.register("register_page_header_buttons")
def withdraw_consent_button(page, user, view_name, next_url=None):
    specific = page.specific_deferred
    if is_portrait(specific) and can_withdraw_consent(page, user):
        yield Button(
            _("Withdraw consent"),
            reverse("portraits_withdraw_consent", args=[page.pk]),
            icon_name="warning",
            priority=62,
        )


@hooks.register("register_log_actions")
def register_consent_log_actions(actions):
    actions.register_action(
        WITHDRAW_ACTION,
        gettext_lazy("Withdraw consent"),
        gettext_lazy("Consent withdrawn by the person portrayed"),
    )
    actions.register_action(
        ENFORCE_ACTION,
        gettext_lazy("Unpublish: consent no longer valid"),
        gettext_lazy("Unpublished by the daily consent check: the consent expired or was withdrawn"),
    )
    actions.register_action(
        REFUSED_ACTION,
        gettext_lazy("Scheduled publication refused"),
        gettext_lazy("Scheduled publication cancelled: the consent is missing, expired or withdrawn"),
    )


def _problems_of_draft(page):
    """What stops the latest version of a portrait from going live (on its go-live date if it
    is scheduled), or [] if nothing does."""
    draft = page.get_latest_revision_as_object() if page.latest_revision_id else page
    on = (
        timezone.localdate(draft.go_live_at)
        if draft.go_live_at and draft.go_live_at > timezone.now()
        else None
    )
    return draft, publication_problems(draft, on)


@hooks.register("before_publish_page")
def refuse_publication_without_consent(request, page):
    """The editor's publish button: the draft is saved, the publication is refused, with the reason."""
    page = page.specific
    if not is_portrait(page):
        return None
    draft, problems = _problems_of_draft(page)
    if not problems:
        return None
    if page.live and page.live_revision_id is None:
        # The create view saves a new page as live before publishing it: keep it a draft.
        type(page).objects.filter(pk=page.pk).update(live=False, has_unpublished_changes=True)
    messages.error(request, _("The draft is saved. ") + refusal_message(draft, problems))
    return redirect("wagtailadmin_pages:edit", page.pk)


@hooks.register("before_edit_page")
def warn_about_missing_consent(request, page):
    """Opening a portrait that cannot be published says why, before anyone tries."""
    if request.method != "GET" or not is_portrait(page.specific_deferred):
        return None
    draft, problems = _problems_of_draft(page.specific)
    if problems and not _already_explained(request, refusal_message(draft, problems)):
        messages.warning(request, refusal_message(draft, problems))
    return None


def _already_explained(request, message):
    """Whether a refusal just told the editor the same thing (then once is enough)."""
    storage = django_messages.get_messages(request)
    shown = [str(queued) for queued in storage]
    storage.used = False  # looking must not consume them
    return any(message in text for text in shown)


@hooks.register("before_bulk_action")
def refuse_bulk_publication_without_consent(request, action_type, objects, action_class_instance):
    """The bulk publish action: refused as a whole, naming the portraits without consent."""
    if action_type != "publish" or request.method != "POST":
        return None
    refusals = []
    for page in objects:
        if is_portrait(page.specific_deferred):
            draft, problems = _problems_of_draft(page.specific)
            if problems:
                refusals.append(refusal_message(draft, problems))
    if not refusals:
        return None
    messages.error(request, _("Nothing was published. ") + " ".join(refusals))
    return redirect(get_valid_next_url_from_request(request) or reverse("wagtailadmin_explore_root"))


@hooks.register("construct_page_action_menu")
def hide_approval_without_consent(menu_items, request, context):
    """A moderator cannot approve a portrait that cannot be published: only send it back.

    The warning at the top of the editor says why; the publish guard refuses it anyway.
    """
    page = context.get("page")
    if page is None or not page.pk or not is_portrait(page.specific_deferred):
        return
    if not any(isinstance(item, WorkflowMenuItem) and item.name == "approve" for item in menu_items):
        return
    _draft, problems = _problems_of_draft(page.specific)
    if problems:
        menu_items[:] = [
            item for item in menu_items if not (isinstance(item, WorkflowMenuItem) and item.name == "approve")
        ]
