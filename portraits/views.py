"""Admin views for portraits: a moderator records that a person withdrew their consent."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from portraits.consent import language_versions, withdraw_consent
from portraits.models import PortraitPage


def can_withdraw_consent(page, user):
    """Moderators, i.e. the users who may publish the portrait, record a withdrawal."""
    return page.permissions_for_user(user).can_publish()


class WithdrawConsentView(WagtailAdminTemplateMixin, TemplateView):
    """Asks for confirmation, then takes the portrait offline in every language."""

    template_name = "portraits/admin/withdraw_consent.html"
    page_title = gettext_lazy("Withdraw consent")
    header_icon = "warning"

    def dispatch(self, request, page_id):
        self.page = get_object_or_404(PortraitPage, pk=page_id)
        if not can_withdraw_consent(self.page, request.user):
            raise PermissionDenied
        return super().dispatch(request, page_id)

    def get_page_subtitle(self):
        return self.page.get_admin_display_title()

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {
                "url": reverse("wagtailadmin_pages:edit", args=[self.page.pk]),
                "label": self.page.get_admin_display_title(),
            },
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            page=self.page,
            versions=language_versions(self.page),
            edit_url=reverse("wagtailadmin_pages:edit", args=[self.page.pk]),
            **kwargs,
        )

    def post(self, request, page_id):
        versions = withdraw_consent(self.page, request.user)
        messages.success(
            request,
            _("Consent withdrawn for “%(title)s”: the portrait is offline in every language (%(languages)s).")
            % {
                "title": self.page.get_admin_display_title(),
                "languages": ", ".join(version.locale.get_display_name() for version in versions),
            },
        )
        return redirect("wagtailadmin_pages:edit", self.page.pk)
