"""The "Traductions" admin report, its CSV export, and publishing a French page with its Dutch
version in one step."""

import csv

from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView

from wagtail.actions.publish_revision import PublishPermissionError
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

from home.editorial.roles import (
    ADMINISTRATORS,
    MODERATORS,
    TRANSLATORS,
    can_change_source_snippets,
    user_in_group,
)
from home.models import Campaign
from translations.report import STATES, build_report, count_by_state, pages_of_campaign, type_choices
from translations.tracking import sync_with_french_draft

PAGE_SIZE = 50
SOURCE_LANGUAGE, TARGET_LANGUAGE = "fr", "nl"


def can_view_report(user):
    return user.is_superuser or user_in_group(user, TRANSLATORS, MODERATORS, ADMINISTRATORS)


class ReportFilterForm(forms.Form):
    state = forms.ChoiceField(label=gettext_lazy("State"), required=False)
    type = forms.ChoiceField(label=gettext_lazy("Type"), required=False)
    campaign = forms.TypedChoiceField(
        label=gettext_lazy("Campaign"), required=False, coerce=int, empty_value=None
    )

    def __init__(self, *args, source_locale, **kwargs):
        super().__init__(*args, **kwargs)
        everything = [("", _("All"))]
        self.fields["state"].choices = everything + [(key, label) for key, label in STATES]
        self.fields["type"].choices = everything + type_choices()
        campaigns = Campaign.objects.filter(locale=source_locale).order_by("name").values_list("pk", "name")
        self.fields["campaign"].choices = everything + list(campaigns)


class TranslationReportView(WagtailAdminTemplateMixin, TemplateView):
    """Every French page and snippet with its Dutch state, counts per state, filters, CSV."""

    template_name = "translations/admin/report.html"
    page_title = gettext_lazy("Translations")
    header_icon = "site"

    def dispatch(self, request, *args, **kwargs):
        if not can_view_report(request.user):
            raise PermissionDenied
        self.source_locale = get_object_or_404(Locale, language_code=SOURCE_LANGUAGE)
        self.target_locale = get_object_or_404(Locale, language_code=TARGET_LANGUAGE)
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get(self, request, *args, **kwargs):
        self.form = ReportFilterForm(request.GET or None, source_locale=self.source_locale)
        filters = self.form.cleaned_data if self.form.is_valid() else {}
        if self.form.is_bound and not self.form.is_valid():
            messages.error(request, _("Some filters were not understood and are ignored."))
        rows = build_report(self.source_locale, self.target_locale)
        if filters.get("type"):
            rows = [row for row in rows if row.type_key == filters["type"]]
        if filters.get("campaign"):
            in_campaign = pages_of_campaign(filters["campaign"])
            rows = [
                row
                for row in rows
                if (row.is_page and row.french_id in in_campaign)
                or (row.type_key == "home.campaign" and row.french_id == filters["campaign"])
            ]
        self.counts = count_by_state(rows)
        if filters.get("state"):
            rows = [row for row in rows if row.state == filters["state"]]
        if request.GET.get("export") == "csv":
            return self.csv_response(rows)
        self.rows = rows
        return super().get(request, *args, **kwargs)

    def csv_response(self, rows):
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        filename = f"traductions-{timezone.localdate():%Y-%m-%d}.csv"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        writer = csv.writer(response)
        writer.writerow(
            [
                _("Title"),
                _("Type"),
                _("State"),
                _("Translated segments (%)"),
                _("Out of date since"),
                _("Changes"),
            ]
        )
        for row in rows:
            writer.writerow(
                [
                    row.title,
                    row.type_label,
                    row.state_label,
                    row.percent if row.dutch_id else "",
                    timezone.localtime(row.since).strftime("%Y-%m-%d %H:%M") if row.since else "",
                    row.changed_segment_summary,
                ]
            )
        return response

    def get_context_data(self, **kwargs):
        page = Paginator(self.rows, PAGE_SIZE).get_page(self.request.GET.get("p"))
        query = self.request.GET.copy()
        query.pop("p", None)
        query.pop("export", None)
        user = self.request.user
        return super().get_context_data(
            form=self.form,
            counts=[(key, label, self.counts[key]) for key, label in STATES],
            page_obj=page,
            rows=page.object_list,
            total=len(self.rows),
            query=query.urlencode(),
            csv_url=f"{reverse('translations_report')}?{query.urlencode()}&export=csv".replace("?&", "?"),
            # A translator sees the French as read-only: no link to edit it, no publishing.
            may_edit_source=can_change_source_snippets(user),
            may_publish=user.is_superuser or user_in_group(user, MODERATORS, ADMINISTRATORS),
            **kwargs,
        )


def approve_workflow(page, user):
    """Approve the page's current workflow task, if one is in progress (the last task's approval
    publishes the revision that was submitted)."""
    state = page.current_workflow_state
    if state is not None and state.current_task_state is not None:
        task_state = state.current_task_state
        task_state.task.specific.on_action(task_state, user, "approve")
        return True
    return False


class IncompleteTranslation(Exception):
    pass


def publish_french_and_dutch(french, dutch, user):
    """Publish the French page's latest revision, then the Dutch rendered from the translator's
    segments of that French. Raises IncompleteTranslation (and the caller rolls back) when a
    segment of the new French has no Dutch."""
    if not approve_workflow(french, user):
        french.get_latest_revision().publish(user=user)
    french.refresh_from_db()
    source, _created = TranslationSource.update_or_create_from_instance(french)
    translation = Translation.objects.get(source=source, target_locale_id=dutch.locale_id)
    total, translated = translation.get_progress()
    if translated < total:
        raise IncompleteTranslation(total - translated)
    approve_workflow(dutch, user)
    translation.save_target(user=user, publish=False)
    # Not save_target(publish=True): it publishes in transaction.on_commit, with stale data.
    dutch.refresh_from_db()
    dutch.get_latest_revision().publish(user=user)


@require_POST
def publish_together(request, page_id):
    """A moderator publishes a French page and its reviewed Dutch version at once: both or none."""
    french = get_object_or_404(Page, pk=page_id, locale__language_code=SOURCE_LANGUAGE).specific
    dutch = get_object_or_404(
        Page, translation_key=french.translation_key, locale__language_code=TARGET_LANGUAGE
    ).specific
    for page in (french, dutch):
        if not page.permissions_for_user(request.user).can_publish():
            raise PermissionDenied
    try:
        with transaction.atomic():
            publish_french_and_dutch(french, dutch, request.user)
    except IncompleteTranslation as missing:
        messages.error(
            request,
            ngettext(
                "Nothing was published: %(count)d segment of the new French has no Dutch yet.",
                "Nothing was published: %(count)d segments of the new French have no Dutch yet.",
                missing.args[0],
            )
            % {"count": missing.args[0]},
        )
    except (ValidationError, PublishPermissionError) as error:
        message = getattr(error, "message", None) or "; ".join(getattr(error, "messages", [])) or str(error)
        messages.error(request, _("Nothing was published: %(reason)s") % {"reason": message})
    else:
        messages.success(
            request,
            _("“%(title)s” was published in French and in Dutch.")
            % {"title": french.get_admin_display_title()},
        )
    return redirect(safe_next_url(request))


def safe_next_url(request):
    next_url = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        next_url = reverse("translations_report")
    return next_url


@require_POST
def sync_with_draft(request, page_id):
    """Translate ahead: the translation editor of the Dutch page shows the French draft's segments."""
    if not can_view_report(request.user):
        raise PermissionDenied
    french = get_object_or_404(Page, pk=page_id, locale__language_code=SOURCE_LANGUAGE).specific
    dutch = get_object_or_404(
        Page, translation_key=french.translation_key, locale__language_code=TARGET_LANGUAGE
    )
    if not dutch.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    changes = sync_with_french_draft(french)
    messages.success(
        request,
        ngettext(
            "%(count)d segment of the French draft is ready to translate.",
            "%(count)d segments of the French draft are ready to translate.",
            len(changes),
        )
        % {"count": len(changes)},
    )
    return redirect("wagtailadmin_pages:edit", dutch.pk)
