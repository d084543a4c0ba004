"""Unpublish the portraits whose consent expired or was withdrawn, and tell the moderators.

Run once a day (see docs/consent.md for the cron line). Running it twice changes nothing.
"""

import logging

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.mail import send_mail
from django.core.management.base import BaseCommand
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from wagtail.users.models import UserProfile

from portraits.consent import enforce_consent, publication_problems

logger = logging.getLogger(__name__)

MODERATORS_GROUP = "Modérateurs"


def moderators():
    """Active moderators with an e-mail address; none if the group does not exist yet."""
    group = Group.objects.filter(name=MODERATORS_GROUP).first()
    if group is None:
        logger.warning("No group named %r: nobody is told about the unpublished portraits.", MODERATORS_GROUP)
        return []
    return list(group.user_set.filter(is_active=True).exclude(email="").order_by("pk"))


def admin_language(user):
    profile = UserProfile.objects.filter(user=user).first()
    return (profile and profile.preferred_language) or settings.LANGUAGE_CODE


def notify(recipient, pages, today):
    with translation.override(admin_language(recipient)):
        context = {
            "recipient": recipient,
            "today": today,
            "pages": [
                {
                    "page": page,
                    "language": page.locale.get_display_name(),
                    "problems": "; ".join(publication_problems(page, today)),
                    "edit_url": settings.WAGTAILADMIN_BASE_URL
                    + reverse("wagtailadmin_pages:edit", args=[page.pk]),
                }
                for page in pages
            ],
        }
        subject = ngettext(
            "%(count)s portrait taken offline: consent no longer valid",
            "%(count)s portraits taken offline: consent no longer valid",
            len(pages),
        ) % {"count": len(pages)}
        body = render_to_string("portraits/emails/consent_enforced.txt", context)
    send_mail(subject, body, None, [recipient.email])


class Command(BaseCommand):
    help = (
        "Unpublish, in every language, the portraits whose consent expired or was withdrawn, "
        "and e-mail the moderators."
    )

    def handle(self, *args, **options):
        # The summary is written in the site's main language, whatever the shell's.
        with translation.override(settings.LANGUAGE_CODE):
            self.enforce()

    def enforce(self):
        today = timezone.localdate()
        pages = enforce_consent(today)
        if not pages:
            self.stdout.write(_("No portrait to unpublish: every live portrait has a valid consent."))
            return
        recipients = moderators()
        for recipient in recipients:
            notify(recipient, pages, today)
        for page in pages:
            logger.info(
                "Unpublished for lack of consent: %s (pk=%s, %s)", page, page.pk, page.locale.language_code
            )
            self.stdout.write(
                f"- {page.get_admin_display_title()} [{page.locale.language_code}] (pk={page.pk})"
            )
        self.stdout.write(
            ngettext(
                "Unpublished %(count)s page; %(sent)s moderator(s) e-mailed.",
                "Unpublished %(count)s pages; %(sent)s moderator(s) e-mailed.",
                len(pages),
            )
            % {"count": len(pages), "sent": len(recipients)}
        )
