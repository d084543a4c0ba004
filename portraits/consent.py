"""The consent rule for portraits: no valid consent, no publication, by any path.

Every way Wagtail publishes a page (the editor's publish button, a workflow approval,
scheduled publishing, the bulk action, wagtail-localize, code calling `revision.publish()`)
ends in `PublishPageRevisionAction.execute`. `install_publish_guard` wraps that one method so
that a portrait whose consent is missing, expired or withdrawn is refused there. The admin
hooks in `portraits/wagtail_hooks.py` only turn the refusal into a message the editor reads.
"""

import functools
import logging

from django.db import transaction
from django.db.models import Q
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from wagtail.actions.publish_page_revision import PublishPagePermissionError, PublishPageRevisionAction
from wagtail.actions.unpublish_page import UnpublishPageAction
from wagtail.log_actions import LogContext, log

logger = logging.getLogger(__name__)

WITHDRAW_ACTION = "portraits.withdraw_consent"
ENFORCE_ACTION = "portraits.consent_enforced"
REFUSED_ACTION = "portraits.publish_refused"


class ConsentRefused(PublishPagePermissionError):
    """A portrait cannot be published: its consent is missing, expired or withdrawn."""

    def __init__(self, page, problems):
        self.page = page
        self.problems = problems
        super().__init__(refusal_message(page, problems))


def _date(value):
    return formats.date_format(value, "DATE_FORMAT")


def consent_problems(page, on=None):
    """Why `page` may not be on the website on the day `on` (today by default); [] if it may.

    The same rule as `PortraitPage.has_consent("website")`, spelt out for the editor.
    """
    on = on or timezone.localdate()
    problems = []
    if page.consent_signed_on is None:
        problems.append(_("no signed consent form is recorded (the date it was signed is empty)"))
    elif page.consent_signed_on > on:
        problems.append(
            _("the consent form is dated %(date)s, which is later than the publication")
            % {"date": _date(page.consent_signed_on)}
        )
    if not page.consent_website:
        problems.append(_("the person has not agreed to appear on this website"))
    if page.consent_expires_on and page.consent_expires_on < on:
        problems.append(_("the consent expired on %(date)s") % {"date": _date(page.consent_expires_on)})
    if page.consent_withdrawn_on and page.consent_withdrawn_on <= on:
        problems.append(
            _("the person withdrew their consent on %(date)s") % {"date": _date(page.consent_withdrawn_on)}
        )
    return problems


def stored_withdrawal(page):
    """The earliest withdrawal recorded on any language version of `page`, or None.

    A revision written before the withdrawal does not carry it: the stored pages do.
    """
    from portraits.models import PortraitPage

    return (
        PortraitPage.objects.filter(translation_key=page.translation_key, consent_withdrawn_on__isnull=False)
        .order_by("consent_withdrawn_on")
        .values_list("consent_withdrawn_on", flat=True)
        .first()
    )


def publication_problems(page, on=None):
    """`consent_problems` of the version about to go live, plus a withdrawal stored elsewhere."""
    on = on or timezone.localdate()
    problems = consent_problems(page, on)
    if not page.consent_withdrawn_on or page.consent_withdrawn_on > on:
        withdrawn_on = stored_withdrawal(page) if page.pk else None
        if withdrawn_on and withdrawn_on <= on:
            problems.append(
                _("the person withdrew their consent on %(date)s") % {"date": _date(withdrawn_on)}
            )
    return problems


def refusal_message(page, problems):
    return _(
        "%(title)s cannot be published: %(problems)s. Record a valid consent in the Consent tab first."
    ) % {
        "title": page.get_admin_display_title(),
        "problems": "; ".join(problems),
    }


def is_portrait(page):
    from portraits.models import PortraitPage

    return isinstance(page, PortraitPage)


def _publication_day(action):
    """The day the revision would go live: its scheduled date if in the future, else today."""
    go_live_at = action.object.go_live_at
    if go_live_at and go_live_at > timezone.now():
        return timezone.localdate(go_live_at)
    return timezone.localdate()


def _is_scheduled_publication(action):
    """Whether `publish_scheduled` is publishing a revision whose go-live date has arrived."""
    approved = action.revision.approved_go_live_at
    return approved is not None and approved <= timezone.now()


def guard_publication(action):
    """Refuse `action` (a PublishPageRevisionAction) when it would publish a portrait without consent.

    A scheduled publication that arrives without consent is cancelled and logged rather than
    raised, so that `publish_scheduled` goes on with the other pages.
    Returns True when the action may go ahead.
    """
    page = action.object
    if not is_portrait(page):
        return True
    problems = publication_problems(page, _publication_day(action))
    if not problems:
        return True
    if _is_scheduled_publication(action):
        page.revisions.filter(pk=action.revision.pk).update(approved_go_live_at=None)
        log(instance=page, action=REFUSED_ACTION, data={"problems": problems}, revision=action.revision)
        logger.warning("Scheduled publication refused: %s", refusal_message(page, problems))
        return False
    raise ConsentRefused(page, problems)


def install_publish_guard():
    """Wrap `PublishPageRevisionAction.execute` with the consent rule (once per process)."""
    original = PublishPageRevisionAction.execute
    if getattr(original, "consent_guard", False):
        return

    @functools.wraps(original)
    def execute(self, skip_permission_checks=False):
        if not guard_publication(self):
            return None
        return original(self, skip_permission_checks=skip_permission_checks)

    execute.consent_guard = True
    PublishPageRevisionAction.execute = execute


def language_versions(page):
    """Every language version of the portrait `page`, the French first."""
    from portraits.models import PortraitPage

    return list(
        PortraitPage.objects.filter(translation_key=page.translation_key)
        .select_related("locale")
        .order_by("locale__language_code")
    )


def _take_offline(page, user, log_action):
    """Unpublish `page` and cancel any publication scheduled for it."""
    if page.live:
        UnpublishPageAction(page, user=user, log_action=log_action).execute(skip_permission_checks=True)
    page.revisions.exclude(approved_go_live_at=None).update(approved_go_live_at=None)


@transaction.atomic
def withdraw_consent(page, user, on=None):
    """Record that the person withdrew their consent and take the portrait offline in every language.

    The withdrawal date goes on every language version and into a new revision of each, so
    that later edits start from it. An earlier withdrawal date is kept. Returns the versions.
    """
    on = on or timezone.localdate()
    for version in language_versions(page):
        withdrawn_on = min(on, version.consent_withdrawn_on or on)
        draft = version.get_latest_revision_as_object()
        if draft.consent_withdrawn_on != withdrawn_on:
            draft.consent_withdrawn_on = withdrawn_on
            draft.save_revision(user=user, clean=False, log_action=False)
        type(version).objects.filter(pk=version.pk).update(consent_withdrawn_on=withdrawn_on)
    # Fetched again: the revisions above changed the pages' rows.
    versions = language_versions(page)
    for version in versions:
        # One log context per language: the history groups entries by context and action.
        with LogContext(user=user):
            log(
                instance=version,
                action=WITHDRAW_ACTION,
                user=user,
                data={"withdrawn_on": version.consent_withdrawn_on.isoformat()},
            )
            _take_offline(version, user, log_action=True)
    return versions


def portraits_to_take_offline(on=None):
    """Live portraits, in every language, whose consent is no longer valid on the day `on`."""
    from portraits.models import PortraitPage

    on = on or timezone.localdate()
    invalid = (
        Q(consent_signed_on__isnull=True)
        | Q(consent_signed_on__gt=on)
        | Q(consent_website=False)
        | Q(consent_expires_on__lt=on)
        | Q(consent_withdrawn_on__lte=on)
    )
    keys = PortraitPage.objects.filter(invalid).values("translation_key")
    return list(
        PortraitPage.objects.live()
        .filter(translation_key__in=keys)
        .select_related("locale")
        .order_by("translation_key", "locale__language_code")
    )


def enforce_consent(on=None):
    """Unpublish every live portrait whose consent is no longer valid; return those pages.

    Each unpublication is logged as “portraits.consent_enforced”. Running it twice changes nothing.
    """
    on = on or timezone.localdate()
    pages = portraits_to_take_offline(on)
    for page in pages:
        with transaction.atomic():
            _take_offline(page, None, log_action=ENFORCE_ACTION)
    return pages
