from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from translations.guards import guarded_update_translations, guarded_upload_pofile
from translations.views import TranslationReportView, can_view_report, publish_together, sync_with_draft


@hooks.register("register_admin_urls")
def register_translation_report_urls():
    return [
        path("translations/", TranslationReportView.as_view(), name="translations_report"),
        path(
            "translations/pages/<int:page_id>/publish-together/",
            publish_together,
            name="translations_publish_together",
        ),
        path("translations/pages/<int:page_id>/sync-draft/", sync_with_draft, name="translations_sync_draft"),
        # Registered before wagtail-localize's own URLs (this app comes first in INSTALLED_APPS),
        # so these paths resolve to the guarded views.
        path("localize/update/<int:translation_source_id>/", guarded_update_translations),
        path("localize/translate/<int:translation_id>/pofile/upload/", guarded_upload_pofile),
    ]


class TranslationReportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_report(request.user)


@hooks.register("register_admin_menu_item")
def register_translation_report_menu_item():
    return TranslationReportMenuItem(
        _("Translations"), reverse("translations_report"), name="translations", icon_name="site", order=260
    )
