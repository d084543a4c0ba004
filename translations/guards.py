"""Two of wagtail-localize's admin views, guarded (registered at their own URLs, before theirs).

- Syncing a translation ("Sync translated pages") can also publish the translated pages at once:
  only those who may publish (moderators, administrators) may tick that box, so that a Dutch
  version never goes live without a moderator's approval.
- Uploading a PO file without wagtail-localize's header raised an error (HTTP 500): it now gives
  a message and changes nothing.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from wagtail_localize.views.edit_translation import upload_pofile
from wagtail_localize.views.update_translations import UpdateTranslationsView

from home.editorial.roles import ADMINISTRATORS, MODERATORS, user_in_group

update_translations_view = UpdateTranslationsView.as_view()


def may_publish_translations(user):
    return user.is_superuser or user_in_group(user, MODERATORS, ADMINISTRATORS)


def guarded_update_translations(request, translation_source_id):
    if request.method == "POST" and request.POST.get("publish_translations"):
        if not may_publish_translations(request.user):
            raise PermissionDenied
    return update_translations_view(request, translation_source_id=translation_source_id)


def guarded_upload_pofile(request, translation_id):
    try:
        return upload_pofile(request, translation_id=translation_id)
    except KeyError:
        messages.error(request, _("This PO file was not exported from this site: nothing was imported."))
        return redirect(request.POST.get("next") or reverse("translations_report"))
