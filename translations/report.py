"""The translators' report: every French page and snippet with the state of its Dutch version.

`build_report` runs a fixed number of queries whatever the number of pages: one per kind of data
(French pages, Dutch pages, workflows in progress, translation progress, translations, out-of-date
marks, each snippet model), never one per row.
"""

from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Exists, OuterRef, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page, WorkflowState, get_page_models
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from translations.models import OutOfDateTranslation
from translations.tracking import tracked_snippet_models

MISSING = "missing"
IN_PROGRESS = "in_progress"
AWAITING_REVIEW = "awaiting_review"
OUT_OF_DATE = "out_of_date"
UP_TO_DATE = "up_to_date"

STATES = [
    (MISSING, _("Missing")),
    (IN_PROGRESS, _("In progress")),
    (AWAITING_REVIEW, _("Awaiting review")),
    (OUT_OF_DATE, _("Out of date")),
    (UP_TO_DATE, _("Up to date")),
]
STATE_LABELS = dict(STATES)


@dataclass
class ReportRow:
    kind: str  # "page" or "snippet"
    type_key: str  # "app_label.model"
    type_label: str
    title: str
    translation_key: str
    french_id: int
    state: str = MISSING
    dutch_id: int | None = None
    total_segments: int = 0
    translated_segments: int = 0
    since: object = None
    changed_segments: list = field(default_factory=list)
    source_id: int | None = None
    translation_id: int | None = None
    french_has_changes: bool = False  # a French draft or a French page in moderation

    @property
    def state_label(self):
        return STATE_LABELS[self.state]

    @property
    def percent(self):
        if not self.total_segments:
            return 100 if self.dutch_id else 0
        return round(100 * self.translated_segments / self.total_segments)

    @property
    def is_page(self):
        return self.kind == "page"

    def _admin_url(self, pk):
        if self.is_page:
            return reverse("wagtailadmin_pages:edit", args=[pk])
        app_label, model_name = self.type_key.split(".")
        return reverse(f"wagtailsnippets_{app_label}_{model_name}:edit", args=[pk])

    @property
    def french_edit_url(self):
        return self._admin_url(self.french_id)

    @property
    def dutch_edit_url(self):
        return self._admin_url(self.dutch_id) if self.dutch_id else ""

    @property
    def translate_url(self):
        if self.is_page:
            return reverse("wagtail_localize:submit_page_translation", args=[self.french_id])
        app_label, model_name = self.type_key.split(".")
        return reverse(
            "wagtail_localize:submit_snippet_translation", args=[app_label, model_name, self.french_id]
        )

    @property
    def update_url(self):
        return (
            reverse("wagtail_localize:update_translations", args=[self.source_id]) if self.source_id else ""
        )

    @property
    def po_download_url(self):
        if not self.translation_id:
            return ""
        return reverse("wagtail_localize:download_pofile", args=[self.translation_id])

    @property
    def can_translate_draft(self):
        return self.is_page and self.dutch_id is not None and self.french_has_changes

    @property
    def can_publish_together(self):
        return self.can_translate_draft and self.state in (AWAITING_REVIEW, IN_PROGRESS, OUT_OF_DATE)

    @property
    def changed_segment_summary(self):
        return "; ".join(f"{change['before']} → {change['after']}" for change in self.changed_segments)


def type_choices():
    """("app_label.model", verbose name) for every page type and translatable snippet."""
    models = [model for model in get_page_models() if model is not Page] + tracked_snippet_models()
    return sorted(
        (
            (f"{model._meta.app_label}.{model._meta.model_name}", str(model._meta.verbose_name))
            for model in models
        ),
        key=lambda choice: choice[1].lower(),
    )


def decide_state(row, dutch, in_review, marker):
    if dutch is None:
        return MISSING
    if in_review:
        return AWAITING_REVIEW
    if marker is not None:
        return OUT_OF_DATE
    unpublished = row.is_page and (not dutch["live"] or dutch["has_unpublished_changes"])
    if unpublished or (row.total_segments and row.translated_segments < row.total_segments):
        return IN_PROGRESS
    return UP_TO_DATE


def progress_by_object(source_locale, target_locale):
    """{translation_key: (total, translated)} for every source in the source locale (one query)."""
    translated = StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"),
        context_id=OuterRef("context_id"),
        locale=target_locale,
        has_error=False,
    )
    rows = (
        StringSegment.objects.filter(source__locale=source_locale)
        .annotate(done=Exists(translated))
        .values("source__object_id")
        .annotate(total=Count("pk"), translated=Count("pk", filter=Q(done=True)))
        .order_by()
    )
    return {str(row["source__object_id"]): (row["total"], row["translated"]) for row in rows}


def build_report(source_locale, target_locale):
    """Every row of the report, pages first (tree order) then snippets (by type and name)."""
    page_type = ContentType.objects.get_for_model(Page)
    content_types = {ct.pk: ct for ct in ContentType.objects.filter(app_label__in=_page_app_labels())}
    in_review = set(
        WorkflowState.objects.filter(
            base_content_type=page_type, status=WorkflowState.STATUS_IN_PROGRESS
        ).values_list("object_id", flat=True)
    )
    progress = progress_by_object(source_locale, target_locale)
    translations = {
        str(row["source__object_id"]): row
        for row in Translation.objects.filter(
            target_locale=target_locale, source__locale=source_locale
        ).values("id", "source_id", "source__object_id")
    }
    markers = {
        str(row["object_id"]): row
        for row in OutOfDateTranslation.objects.filter(locale=target_locale).values(
            "object_id", "since", "changed_segments"
        )
    }
    dutch_pages = {
        str(row["translation_key"]): row
        for row in Page.objects.filter(locale=target_locale).values(
            "id", "translation_key", "live", "has_unpublished_changes"
        )
    }
    rows = []
    french_pages = (
        Page.objects.filter(locale=source_locale, depth__gt=1)
        .order_by("path")
        .values("id", "draft_title", "translation_key", "content_type_id", "has_unpublished_changes")
    )
    for page in french_pages:
        content_type = content_types.get(page["content_type_id"])
        model = content_type.model_class() if content_type else None
        key = str(page["translation_key"])
        row = ReportRow(
            kind="page",
            type_key=f"{content_type.app_label}.{content_type.model}" if content_type else "",
            type_label=str(model._meta.verbose_name) if model else "",
            title=page["draft_title"],
            translation_key=key,
            french_id=page["id"],
            french_has_changes=page["has_unpublished_changes"] or str(page["id"]) in in_review,
        )
        dutch = dutch_pages.get(key)
        rows.append(
            _complete(row, dutch, dutch and str(dutch["id"]) in in_review, progress, translations, markers)
        )
    for model in tracked_snippet_models():
        instances = model.objects.filter(locale__in=[source_locale, target_locale]).select_related("locale")
        by_locale = {source_locale.pk: [], target_locale.pk: []}
        for instance in instances:
            by_locale[instance.locale_id].append(instance)
        dutch_snippets = {str(instance.translation_key): instance for instance in by_locale[target_locale.pk]}
        for instance in by_locale[source_locale.pk]:
            key = str(instance.translation_key)
            row = ReportRow(
                kind="snippet",
                type_key=f"{model._meta.app_label}.{model._meta.model_name}",
                type_label=str(model._meta.verbose_name),
                title=str(instance),
                translation_key=key,
                french_id=instance.pk,
            )
            dutch = dutch_snippets.get(key)
            dutch_row = {"id": dutch.pk, "live": True, "has_unpublished_changes": False} if dutch else None
            rows.append(_complete(row, dutch_row, False, progress, translations, markers))
    return rows


def _complete(row, dutch, in_review, progress, translations, markers):
    key = row.translation_key
    row.dutch_id = dutch["id"] if dutch else None
    row.total_segments, row.translated_segments = progress.get(key, (0, 0))
    translation = translations.get(key)
    if translation:
        row.translation_id = translation["id"]
        row.source_id = translation["source_id"]
    marker = markers.get(key) if dutch else None
    if marker:
        row.since = marker["since"]
        row.changed_segments = marker["changed_segments"]
    row.state = decide_state(row, dutch, in_review, marker)
    return row


def _page_app_labels():
    return sorted({model._meta.app_label for model in get_page_models()})


def pages_of_campaign(campaign_id):
    """Ids of the French pages tied to a campaign: portraits, events, partner kits (three queries)."""
    from events.models import EventPage, PartnerKitPage
    from portraits.models import PortraitPage

    through = PortraitPage.campaigns.through
    ids = set(through.objects.filter(campaign_id=campaign_id).values_list("portraitpage_id", flat=True))
    ids |= set(EventPage.objects.filter(campaign_id=campaign_id).values_list("pk", flat=True))
    ids |= set(PartnerKitPage.objects.filter(campaign_id=campaign_id).values_list("pk", flat=True))
    return ids


def count_by_state(rows):
    counts = dict.fromkeys(STATE_LABELS, 0)
    for row in rows:
        counts[row.state] += 1
    return counts
