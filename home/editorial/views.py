"""Admin view: a translator submits a Dutch page to the translation review workflow.

wagtail-localize's translation editor offers "Save draft" and "Publish" but no "Submit for
moderation": this view starts the page's workflow on its latest revision.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wagtail.models import Page

from home.localization import save_translation_draft


def can_submit_translation(page, user):
    """A non-French page the user may edit, with a workflow and none in progress."""
    if page.locale.language_code == "fr":
        return False
    permissions = page.permissions_for_user(user)
    return permissions.can_edit() and permissions.can_submit_for_moderation()


@require_POST
def submit_translation_for_review(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    if not can_submit_translation(page, request.user):
        raise PermissionDenied
    # The revision under review carries the segments typed in wagtail-localize's editor.
    if save_translation_draft(page, request.user) is None and page.get_latest_revision() is None:
        page.save_revision(user=request.user)
    page.get_workflow().start(page, request.user)
    messages.success(
        request,
        _("“%(title)s” was submitted for review.") % {"title": page.get_admin_display_title()},
    )
    return redirect("wagtailadmin_explore", page.get_parent().pk)
