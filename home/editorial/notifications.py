"""Workflow e-mails, written in each recipient's admin language.

They replace Wagtail's own workflow e-mails (disconnected here, so nobody gets two):
- a page submitted to a moderation task → the members of the task's groups (the moderators);
  a Dutch page gets the "translation ready for review" wording;
- a workflow approved or rejected → the person who submitted it, with the moderator's comment.
Recipients' notification preferences (Account → Notifications) are respected.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils.translation import get_language_info

from wagtail.admin.mail import EmailNotificationMixin, Notifier
from wagtail.models import AbstractGroupApprovalTask, Page, TaskState, WorkflowState
from wagtail.signals import task_submitted, workflow_approved, workflow_rejected, workflow_submitted

TEMPLATE_DIRECTORY = "home/editorial/notifications/"


def admin_url(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


class EditorialNotifier(EmailNotificationMixin, Notifier):
    template_directory = TEMPLATE_DIRECTORY

    def get_template_base_prefix(self, instance, **kwargs):
        return ""

    def page_context(self, workflow_state):
        page = workflow_state.content_object
        context = {"settings": settings, "workflow": workflow_state.workflow, "object": page}
        if isinstance(page, Page):
            page = page.specific
            context.update(
                page=page,
                is_translation=page.locale.language_code != settings.LANGUAGE_CODE,
                # Lazy: rendered in the recipient's language ("néerlandais", "Nederlands").
                language_name=get_language_info(page.locale.language_code)["name_translated"],
                edit_url=admin_url(reverse("wagtailadmin_pages:edit", args=[page.pk])),
            )
        return context


class TaskSubmittedNotifier(EditorialNotifier):
    """To the moderators: a page (or a Dutch translation) awaits their review."""

    notification = "submitted"

    def __init__(self):
        super().__init__((TaskState,))

    def can_handle(self, instance, **kwargs):
        return super().can_handle(instance, **kwargs) and isinstance(
            instance.task.specific, AbstractGroupApprovalTask
        )

    def get_recipient_users(self, task_state, **kwargs):
        recipients = (
            get_user_model().objects.filter(groups__in=task_state.task.specific.groups.all()).distinct()
        )
        triggering_user = kwargs.get("user")
        if triggering_user is not None:
            recipients = recipients.exclude(pk=triggering_user.pk)
        return set(recipients)

    def get_template_set(self, instance, **kwargs):
        context = self.page_context(instance.workflow_state)
        name = "translation_submitted" if context.get("is_translation") else "submitted"
        return {
            "subject": f"{TEMPLATE_DIRECTORY}{name}_subject.txt",
            "text": f"{TEMPLATE_DIRECTORY}{name}.txt",
            "html": f"{TEMPLATE_DIRECTORY}{name}.txt",
        }

    def get_context(self, task_state, **kwargs):
        context = self.page_context(task_state.workflow_state)
        context.update(task=task_state.task.specific, requested_by=task_state.workflow_state.requested_by)
        return context


class WorkflowOutcomeNotifier(EditorialNotifier):
    """To the person who submitted the page: approved or sent back, with the comment."""

    def __init__(self, notification):
        self.notification = notification
        super().__init__((WorkflowState,))

    def get_recipient_users(self, workflow_state, **kwargs):
        requested_by = workflow_state.requested_by
        if requested_by is None or requested_by == kwargs.get("user"):
            return set()
        return {requested_by}

    def get_template_set(self, instance, **kwargs):
        name = self.notification
        return {
            "subject": f"{TEMPLATE_DIRECTORY}{name}_subject.txt",
            "text": f"{TEMPLATE_DIRECTORY}{name}.txt",
            "html": f"{TEMPLATE_DIRECTORY}{name}.txt",
        }

    def get_context(self, workflow_state, **kwargs):
        context = self.page_context(workflow_state)
        task_state = workflow_state.current_task_state
        task_state = task_state.specific if task_state is not None else None
        context.update(
            task_state=task_state,
            comment=task_state.get_comment() if task_state is not None else "",
            reviewer=kwargs.get("user") or (task_state.finished_by if task_state else None),
        )
        return context


task_submitted_notifier = TaskSubmittedNotifier()
workflow_approved_notifier = WorkflowOutcomeNotifier("approved")
workflow_rejected_notifier = WorkflowOutcomeNotifier("rejected")


def no_notification(sender, **kwargs):
    """Stands in for Wagtail's "submitted" e-mail to superusers: the moderators get ours."""


# Each of ours takes the dispatch uid of Wagtail's own handler: whichever connects first, the
# other is ignored (this module may be imported before or after wagtail.admin is ready).
HANDLERS = [
    (task_submitted, TaskState, "group_approval_task_submitted_email_notification", task_submitted_notifier),
    (workflow_submitted, WorkflowState, "workflow_state_submitted_email_notification", no_notification),
    (
        workflow_rejected,
        WorkflowState,
        "workflow_state_rejected_email_notification",
        workflow_rejected_notifier,
    ),
    (
        workflow_approved,
        WorkflowState,
        "workflow_state_approved_email_notification",
        workflow_approved_notifier,
    ),
]


def register_signal_handlers():
    """Replace Wagtail's workflow e-mails with ours (idempotent)."""
    for signal, sender, dispatch_uid, handler in HANDLERS:
        signal.disconnect(sender=sender, dispatch_uid=dispatch_uid)
        signal.connect(handler, sender=sender, dispatch_uid=dispatch_uid)
